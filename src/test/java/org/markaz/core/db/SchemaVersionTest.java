package org.markaz.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    /** SQL migrations, and Java ones (db.migration.V10__refold_search_texts) where the work needs Java. */
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.(sql|java)");

    @Test
    void latestSchemaVersionNamesTheNewestMigrationFile() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources/db/migration")),
                Files.list(Path.of("src/main/java/db/migration")))) {
            int newest = files.map(f -> MIGRATION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            assertEquals(Integer.toString(newest), Database.LATEST_SCHEMA_VERSION,
                    "a new migration needs Database.LATEST_SCHEMA_VERSION raised, or Flyway would not run it");
        }
    }

    @Test
    void migratedDatabaseReportsTheLatestVersionAndANewOneNone() {
        try (Database database = Database.inMemory("schema-version-test")) {
            assertEquals(Database.LATEST_SCHEMA_VERSION, Database.appliedSchemaVersion(database.dataSource()));
        }
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:empty-schema-version-test");
        assertNull(Database.appliedSchemaVersion(empty));
    }
}
