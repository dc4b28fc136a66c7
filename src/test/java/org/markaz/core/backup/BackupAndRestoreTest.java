package org.markaz.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.MarkazException;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.settings.StaffDetails;
import org.markaz.testsupport.TestServices;

class BackupAndRestoreTest {

    @TempDir
    Path temp;

    /** Every row of every table, as text, so two databases can be compared whole. */
    static Map<String, String> everyRow(DSLContext dsl) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (var table : dsl.fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1")) {
            String name = table.get(0, String.class);
            tables.put(name, dsl.fetch("SELECT * FROM PUBLIC.\"" + name + "\" ORDER BY 1").formatCSV());
        }
        return tables;
    }

    @Test
    void restoreBringsBackEveryRowAndKeepsTheCurrentDatabaseAside() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        Path usb = Files.createDirectories(temp.resolve("usb"));
        Map<String, String> atBackup;
        Path backup;
        try (TestServices test = TestServices.inDirectory(dataDirectory).withSampleCentre()) {
            Actor admin = test.signIn("admin");
            backup = test.services().backups().backUpTo(admin, usb, ProgressListener.NONE);
            atBackup = everyRow(test.database().dsl());
            test.services().staff().addStaffMember(admin, new StaffDetails("Нав Корманд", null, null, true), null);
            assertNotEquals(atBackup.get("STAFF"), everyRow(test.database().dsl()).get("STAFF"));
        }
        BackupRestorer restorer = new BackupRestorer(dataDirectory, java.time.Clock.systemDefaultZone());
        BackupRestorer.PreparedRestore prepared = restorer.prepare(Actor.system("test"), backup, ProgressListener.NONE);
        Path aside = restorer.swapIn(prepared).orElseThrow();

        assertTrue(Files.exists(aside.resolve("markaz.mv.db")));
        assertFalse(Files.exists(prepared.workFolder()));
        try (Database restored = Database.open(dataDirectory)) {
            Map<String, String> now = everyRow(restored.dsl());
            // the backup's own log line is written after the backup was taken
            now.remove("BACKUP_LOG");
            atBackup.remove("BACKUP_LOG");
            assertEquals(atBackup, now);
        }
    }

    @Test
    void damagedBackupIsRefusedAndTheDatabaseIsUntouched() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        Path backup;
        Map<String, String> before;
        try (TestServices test = TestServices.inDirectory(dataDirectory).withSampleCentre()) {
            backup = test.services().backups().backUpTo(test.signIn("admin"), temp, ProgressListener.NONE);
            before = everyRow(test.database().dsl());
        }
        Path damaged = temp.resolve("damaged.zip");
        try (ZipFile original = new ZipFile(backup.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            out.putNextEntry(new ZipEntry(BackupArchive.MANIFEST_ENTRY));
            original.getInputStream(original.getEntry(BackupArchive.MANIFEST_ENTRY)).transferTo(out);
            out.putNextEntry(new ZipEntry(BackupArchive.SCRIPT_ENTRY));
            byte[] script = original.getInputStream(original.getEntry(BackupArchive.SCRIPT_ENTRY)).readAllBytes();
            out.write(script, 0, script.length / 2);
        }
        BackupRestorer restorer = new BackupRestorer(dataDirectory, java.time.Clock.systemDefaultZone());
        MarkazException refusal = assertThrows(MarkazException.class,
                () -> restorer.prepare(Actor.system("test"), damaged, ProgressListener.NONE));
        assertEquals("error.backupDamaged", refusal.messageKey());

        Path notABackup = temp.resolve("photo.zip");
        try (OutputStream out = Files.newOutputStream(notABackup)) {
            out.write("not a zip".getBytes());
        }
        assertEquals("error.backupNotMarkaz", assertThrows(MarkazException.class,
                () -> restorer.prepare(Actor.system("test"), notABackup, ProgressListener.NONE)).messageKey());

        try (Database current = Database.open(dataDirectory)) {
            assertEquals(before, everyRow(current.dsl()));
        }
        assertFalse(Files.exists(dataDirectory.root().resolve("restore-work")));
    }

    @Test
    void backupWhoseRowsBreakARuleIsRefusedEvenWithAMatchingChecksum() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        Path backup;
        try (TestServices test = TestServices.inDirectory(dataDirectory).withSampleCentre()) {
            backup = test.services().backups().backUpTo(test.signIn("admin"), temp, ProgressListener.NONE);
        }
        Path tampered = temp.resolve("tampered.zip");
        try (ZipFile original = new ZipFile(backup.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            String script = new String(original.getInputStream(original.getEntry(BackupArchive.SCRIPT_ENTRY)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("'BOOKKEEPER', 'ru'", "'KING', 'ru'");
            assertTrue(script.contains("'KING', 'ru'"), "the bookkeeper's row now breaks the role rule");
            Path scriptFile = temp.resolve("script.sql");
            Files.writeString(scriptFile, script);
            String manifest = new String(original.getInputStream(original.getEntry(BackupArchive.MANIFEST_ENTRY)).readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)
                    .replaceAll("script.sha256=\\w+", "script.sha256=" + BackupArchive.sha256(scriptFile));
            out.putNextEntry(new ZipEntry(BackupArchive.MANIFEST_ENTRY));
            out.write(manifest.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.putNextEntry(new ZipEntry(BackupArchive.SCRIPT_ENTRY));
            out.write(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        BackupRestorer restorer = new BackupRestorer(dataDirectory, java.time.Clock.systemDefaultZone());
        assertEquals("error.backupDamaged", assertThrows(MarkazException.class,
                () -> restorer.prepare(Actor.system("test"), tampered, ProgressListener.NONE)).messageKey());
    }

    @Test
    void onlyAdministratorsRestoreAndKeyWorkersCannotBackUp() {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        try (TestServices test = TestServices.inDirectory(dataDirectory).withSampleCentre()) {
            assertThrows(AccessDeniedException.class, () -> test.services().restorer()
                    .prepare(test.signIn("director"), temp.resolve("x.zip"), ProgressListener.NONE));
            assertThrows(AccessDeniedException.class, () -> test.services().backups()
                    .backUpTo(test.signIn("keyworker"), temp, ProgressListener.NONE));
            test.services().backups().backUpTo(test.signIn("director"), temp, ProgressListener.NONE);
        }
    }

    @Test
    void cancelledBackupLeavesNoFile() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        Path usb = Files.createDirectories(temp.resolve("usb"));
        try (TestServices test = TestServices.inDirectory(dataDirectory).withSampleCentre()) {
            ProgressListener cancelled = new ProgressListener() {
                @Override
                public void progress(long done, long total, String messageKey) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThrows(BackupCancelledException.class,
                    () -> test.services().backups().backUpTo(test.signIn("admin"), usb, cancelled));
            try (var files = Files.list(usb)) {
                assertEquals(0, files.count());
            }
            assertTrue(test.services().backups().lastBackup(org.markaz.core.security.ProgramActor.COMMAND_LINE.actor()).isEmpty());
        }
    }

    @Test
    void dailyBackupIsMadeAtMostOnceADayAndOldOnesArePruned() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        try (TestServices test = TestServices.inDirectory(dataDirectory).withSampleCentre()) {
            assertTrue(test.services().backups().backUpIfDue().isPresent());
            assertTrue(test.services().backups().backUpIfDue().isEmpty());
            test.clock().advance(Duration.ofHours(2));
            test.services().backups().backUpOnExit();
            try (var files = Files.list(dataDirectory.backups())) {
                assertEquals(1, files.count(), "the newest of the day replaces the earlier one");
            }
            for (int day = 0; day < 20; day++) {
                test.clock().advance(Duration.ofDays(1));
                assertTrue(test.services().backups().backUpIfDue().isPresent());
            }
            try (var files = Files.list(dataDirectory.backups())) {
                assertTrue(files.count() <= BackupRetention.DAYS_KEPT + 1);
            }
            assertEquals(test.clock().instant(), test.services().backups().lastBackup(org.markaz.core.security.ProgramActor.COMMAND_LINE.actor()).orElseThrow());
        }
    }
}
