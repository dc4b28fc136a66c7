package org.markaz.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.MarkazException;

/** Issue 7: a cut during a migration, a creation, a restore's swap or a bulk load never strands a centre. */
class DatabaseFilesTest {

    @TempDir
    Path temp;

    private JdbcDataSource file(DataDirectory dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory.databaseFolder());
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dataDirectory.databaseBaseName());
        source.setUser("sa");
        return source;
    }

    /** A centre written by the previous version: schema 6, with a row in it. */
    private DataDirectory previousVersionCentre() throws Exception {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        JdbcDataSource source = file(dataDirectory);
        Database.migrateTo(source, "6");
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO STAFF (FULL_NAME) VALUES ('Зарина Раҳимова')");
        }
        return dataDirectory;
    }

    @Test
    void aMigrationCutHalfWayIsUndoneFromTheCopyAndRunAgain() throws Exception {
        DataDirectory dataDirectory = previousVersionCentre();
        // what a cut leaves: the marker, the copy, and a database with half of the new migration in it
        Path copy = dataDirectory.root().resolve(DatabaseFiles.COPY_BEFORE_MIGRATION);
        Files.createDirectories(copy);
        Files.copy(dataDirectory.databaseFile(), copy.resolve("markaz.mv.db"));
        Files.writeString(dataDirectory.root().resolve(DatabaseFiles.MIGRATING), "");
        try (Connection connection = file(dataDirectory).getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE RESTORE_LOG (ID BIGINT)"); // V7 begun, never finished
        }
        try (Database database = Database.open(dataDirectory)) {
            assertEquals(List.of("startup.migrationUndone"), database.notices());
            assertEquals(Database.LATEST_SCHEMA_VERSION, Database.appliedSchemaVersion(database.dataSource()));
            assertEquals(1, database.dsl().fetchCount(org.jooq.impl.DSL.table("STAFF")), "the centre's data is all there");
        }
        assertFalse(Files.exists(copy));
        assertFalse(Files.exists(dataDirectory.root().resolve(DatabaseFiles.MIGRATING)));
    }

    @Test
    void aMigrationKeepsACopyUntilItIsDone() throws Exception {
        DataDirectory dataDirectory = previousVersionCentre();
        try (Database database = Database.open(dataDirectory)) {
            assertEquals(List.of(), database.notices());
            assertEquals(Database.LATEST_SCHEMA_VERSION, Database.appliedSchemaVersion(database.dataSource()));
        }
        assertFalse(Files.exists(dataDirectory.root().resolve(DatabaseFiles.COPY_BEFORE_MIGRATION)), "removed once done");
    }

    @Test
    void aCreationCutHalfWayIsStartedAgain() throws Exception {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        Database.migrateTo(file(dataDirectory), "2");
        Files.writeString(dataDirectory.root().resolve(DatabaseFiles.CREATING), "");
        try (Database database = Database.open(dataDirectory)) {
            assertEquals(List.of("startup.creationUndone"), database.notices());
            assertEquals(Database.LATEST_SCHEMA_VERSION, Database.appliedSchemaVersion(database.dataSource()));
        }
    }

    @Test
    void aRestoreCutBetweenItsTwoRenamesIsFinished() throws Exception {
        DataDirectory dataDirectory = previousVersionCentre();
        Path restored = dataDirectory.root().resolve("restore-work").resolve("db");
        Files.createDirectories(restored.getParent());
        Files.move(dataDirectory.databaseFolder(), restored); // the checked backup, ready
        Files.writeString(dataDirectory.root().resolve(DatabaseFiles.SWAPPING), restored.toString());
        // the cut: the old database moved aside, the restored one not yet in place
        try (Database database = Database.open(dataDirectory)) {
            assertEquals(List.of("startup.restoreFinished"), database.notices());
            assertEquals(1, database.dsl().fetchCount(org.jooq.impl.DSL.table("STAFF")));
        }
    }

    @Test
    void aBulkLoadCutHalfWayIsDiscarded() throws Exception {
        DataDirectory dataDirectory = previousVersionCentre();
        Path building = new DatabaseFiles(dataDirectory).buildingFolder("generate");
        Files.createDirectories(building.resolve("db"));
        Files.writeString(building.resolve("db").resolve("markaz.mv.db"), "half");
        try (Database database = Database.open(dataDirectory)) {
            assertEquals(List.of("startup.buildDiscarded"), database.notices());
            assertEquals(1, database.dsl().fetchCount(org.jooq.impl.DSL.table("STAFF")), "the centre as it was");
        }
        assertFalse(Files.exists(building));
    }

    @Test
    void aDatabaseOfANewerMarkazIsRefusedUntouched() throws Exception {
        DataDirectory dataDirectory = previousVersionCentre();
        try (Database database = Database.open(dataDirectory)) {
            database.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 'sa', 1, TRUE)");
        }
        assertEquals("error.databaseFromNewerVersion",
                assertThrows(MarkazException.class, () -> Database.open(dataDirectory)).messageKey());
        assertFalse(Files.exists(dataDirectory.root().resolve(DatabaseFiles.MIGRATING)), "no migration was begun");
        try (Connection connection = file(dataDirectory).getConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM STAFF")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    @Test
    void aDataFolderThatIsAFileIsSaidPlainly() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        assertEquals("error.dataDirIsFile",
                assertThrows(MarkazException.class, () -> Database.open(new DataDirectory(file))).messageKey());
        assertTrue(Files.isRegularFile(file));
    }
}
