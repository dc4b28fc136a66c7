package org.markaz.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.ProgressListener;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.security.Actor;

/** Issue 14: upgrading a centre's database first takes a backup of it as it was, which restores. */
class UpgradeBackupTest {

    @TempDir
    Path temp;

    private DataDirectory centreAtSchema(String version, boolean withCentre) throws Exception {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        Files.createDirectories(dataDirectory.databaseFolder());
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dataDirectory.databaseBaseName());
        source.setUser("sa");
        Database.migrateTo(source, version);
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            if (withCentre) {
                statement.execute("INSERT INTO CENTRE (NAME, CODE, REGION, ADDRESS) "
                        + "VALUES ('Маркази Хуҷанд', 'KHJ', 'Суғд', 'кӯчаи Ленин 1')");
            }
            statement.execute("INSERT INTO STAFF (FULL_NAME) VALUES ('Зарина Раҳимова')");
        }
        return dataDirectory;
    }

    private static List<Path> backups(DataDirectory dataDirectory) throws Exception {
        if (!Files.isDirectory(dataDirectory.backups())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dataDirectory.backups())) {
            return files.toList();
        }
    }

    @Test
    void theDatabaseAsItWasIsBackedUpBeforeItIsMigratedAndTheBackupRestores() throws Exception {
        DataDirectory dataDirectory = centreAtSchema("6", true);
        try (Database database = Database.open(dataDirectory, new UpgradeBackup(dataDirectory, Clock.systemDefaultZone()))) {
            assertEquals(Database.LATEST_SCHEMA_VERSION, Database.appliedSchemaVersion(database.dataSource()));
            assertEquals(java.util.Optional.of("6"), database.migratedFrom());
        }
        List<Path> made = backups(dataDirectory);
        assertEquals(1, made.size(), made.toString());
        assertTrue(made.get(0).getFileName().toString().matches("markaz-before-upgrade-v6-\\d{8}-\\d{6}\\.zip"), made.toString());
        assertEquals(List.of(), BackupRetention.toDelete(made, null), "retention never deletes it");

        try (Database current = Database.open(dataDirectory)) {
            BackupRestorer restorer = new BackupRestorer(dataDirectory, Clock.systemDefaultZone(),
                    new BackupKeys(dataDirectory.root()), new RestoreLogRepository(new AuditRepository(Clock.systemDefaultZone())));
            BackupRestorer.PreparedRestore prepared = restorer.prepare(Actor.system("test"),
                    BackupRestorer.Request.of(made.get(0)), current, ProgressListener.NONE);
            assertEquals(1L, prepared.rowCounts().get("STAFF"), prepared.rowCounts().toString());
            assertEquals(1L, prepared.rowCounts().get("CENTRE"), prepared.rowCounts().toString());
        }
    }

    @Test
    void noBackupWhenNothingIsToBeMigratedOrNoCentreWasEverSetUp() throws Exception {
        DataDirectory dataDirectory = centreAtSchema("6", false);
        try (Database database = Database.open(dataDirectory, new UpgradeBackup(dataDirectory, Clock.systemDefaultZone()))) {
            assertEquals(Database.LATEST_SCHEMA_VERSION, Database.appliedSchemaVersion(database.dataSource()));
        }
        assertEquals(List.of(), backups(dataDirectory), "no centre: nothing to keep");
        try (Database again = Database.open(dataDirectory, new UpgradeBackup(dataDirectory, Clock.systemDefaultZone()))) {
            assertEquals(java.util.Optional.empty(), again.migratedFrom());
        }
        assertEquals(List.of(), backups(dataDirectory));
    }
}
