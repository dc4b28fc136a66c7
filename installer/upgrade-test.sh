#!/usr/bin/env bash
# Upgrade test (issue 14): builds an earlier version's jar (default: the newest v* tag) and the
# current one, creates the sample centre with the old version, opens it with the new one (which
# migrates it), and checks that every row of every table the old version had is still there,
# column by column, and that a backup of the old database was taken before migrating. Search
# texts (SEARCH_TEXT) are left out: they are derived from the names, and migrations may refold them.
#   ./installer/upgrade-test.sh [OLD_REF]        extra Maven options: MAVEN_ARGS="-o"
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
old_ref="${1:-$(git -C "$root" describe --tags --abbrev=0 --match 'v*')}"
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

echo "== building $old_ref"
git -C "$root" worktree add --detach "$work/old" "$old_ref" >/dev/null
(cd "$work/old" && ./mvnw -B -q ${MAVEN_ARGS:-} package -DskipTests)
echo "== building the current version"
(cd "$root" && ./mvnw -B -q ${MAVEN_ARGS:-} package -DskipTests)

data="$work/centre"
url="jdbc:h2:file:$data/db/markaz"
sql() { # runs one query on the centre's database with H2's own shell, from the current build's libraries
  java -cp "$root/target/lib/*" org.h2.tools.Shell -url "$url" -user sa -sql "$1"
}
dump() { # every table of the list, the given columns only, in a stable order
  while IFS=' ' read -r table columns; do
    [ -z "$table" ] && continue
    echo "### $table"
    sql "SELECT $columns FROM \"$table\" ORDER BY $columns" | grep -v -E '^\([0-9]+ rows?, [0-9]+ ms\)$'
  done < "$1"
}

echo "== the old version makes the sample centre"
java -jar "$work/old/target/markaz.jar" init-sample --data-dir "$data"
sql "SELECT T.TABLE_NAME || ' ' || LISTAGG('\"' || C.COLUMN_NAME || '\"', ',') WITHIN GROUP (ORDER BY C.ORDINAL_POSITION)
     FROM INFORMATION_SCHEMA.TABLES T JOIN INFORMATION_SCHEMA.COLUMNS C
       ON C.TABLE_SCHEMA = T.TABLE_SCHEMA AND C.TABLE_NAME = T.TABLE_NAME
     WHERE T.TABLE_SCHEMA = 'PUBLIC' AND T.TABLE_TYPE = 'BASE TABLE' AND T.TABLE_NAME <> 'flyway_schema_history'
       AND C.COLUMN_NAME <> 'SEARCH_TEXT'
     GROUP BY T.TABLE_NAME ORDER BY T.TABLE_NAME" | sed -n '2,$p' | grep -v '^(' | sed 's/ *$//' > "$work/tables.txt"
dump "$work/tables.txt" > "$work/before.txt"
old_version="$(sql "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"" | sed -n 2p | tr -d ' ')"

echo "== the new version opens it (and migrates it from schema $old_version)"
java -jar "$root/target/markaz.jar" figures --data-dir "$data" --from 2020-01-01 --to "$(date +%F)" > /dev/null
dump "$work/tables.txt" > "$work/after.txt"

# rows a migration adds (a new setting's default, say) are fine; a row changed or gone is not
if diff "$work/before.txt" "$work/after.txt" | grep -q '^<'; then
  echo "FAILED: rows changed or went missing in the upgrade:"; diff "$work/before.txt" "$work/after.txt" | head -40
  exit 1
fi
diff "$work/before.txt" "$work/after.txt" | grep '^>' | sed 's/^>/added by the migrations:/' || true
if ! ls "$data/backups/markaz-before-upgrade-v$old_version-"*.zip > /dev/null 2>&1; then
  echo "FAILED: no backup of the old database (schema $old_version) was taken before migrating"; exit 1
fi
echo "OK: $(wc -l < "$work/tables.txt") tables and $(grep -c . "$work/before.txt") lines of rows kept from $old_ref, a backup taken before migrating"
