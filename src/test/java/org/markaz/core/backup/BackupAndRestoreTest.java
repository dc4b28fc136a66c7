package org.markaz.core.backup;

import org.markaz.core.ProgressListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.lingala.zip4j.model.FileHeader;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.MarkazException;
import org.markaz.core.ValidationException;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.ProgramActor;
import org.markaz.core.staff.StaffDetails;
import org.markaz.testsupport.TestServices;

class BackupAndRestoreTest {

    private static final char[] PASSPHRASE = "три слова на ключ".toCharArray();

    @TempDir
    Path temp;

    /** Every row of every table, as text, so two databases can be compared whole. */
    static Map<String, String> everyRow(DSLContext dsl) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (var table : dsl.fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1")) {
            String name = table.get(0, String.class);
            if (!name.equals("flyway_schema_history")) { // when each migration ran here, not centre data
                tables.put(name, dsl.fetch("SELECT * FROM PUBLIC.\"" + name + "\" ORDER BY 1").formatCSV());
            }
        }
        return tables;
    }

    /** The same, leaving out the records of restores tried (a refused restore is recorded, on purpose). */
    static Map<String, String> everyRowButRestoreRecords(DSLContext dsl) {
        Map<String, String> tables = everyRow(dsl);
        tables.remove("RESTORE_LOG");
        tables.put("AUDIT_EVENT", dsl.fetch("SELECT * FROM AUDIT_EVENT WHERE TABLE_NAME <> 'restore_log' ORDER BY 1").formatCSV());
        return tables;
    }

    private static BackupRestorer restorer(DataDirectory dataDirectory) {
        return new BackupRestorer(dataDirectory, Clock.systemDefaultZone(), new BackupKeys(dataDirectory.root()),
                new RestoreLogRepository(new AuditRepository(Clock.systemDefaultZone())));
    }

    @Test
    void restoreBringsBackEveryRowKeepsTheCurrentDatabaseAsideAndRecordsItself() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        Map<String, String> atBackup;
        Path backup;
        try (TestServices test = TestServices.sampleCentreIn(dataDirectory)) {
            Actor admin = test.signIn("admin");
            backup = test.services().backups().backUpOnExit();
            atBackup = everyRow(test.database().dsl());
            test.services().staff().addStaffMember(admin, new StaffDetails("Нав Корманд", null, null, true), null);
            assertNotEquals(atBackup.get("STAFF"), everyRow(test.database().dsl()).get("STAFF"));
        }
        BackupRestorer restorer = restorer(dataDirectory);
        BackupRestorer.PreparedRestore prepared;
        try (Database current = Database.open(dataDirectory)) {
            prepared = restorer.prepare(Actor.system("test"), BackupRestorer.Request.of(backup), current, ProgressListener.NONE);
        }
        assertEquals(BackupRestorer.Trust.SEALED_HERE, prepared.trust());
        Path aside = restorer.swapIn(prepared).orElseThrow();

        assertTrue(Files.exists(aside.resolve("markaz.mv.db")));
        assertFalse(Files.exists(prepared.workFolder()));
        try (Database restored = Database.open(dataDirectory)) {
            Map<String, String> now = everyRowButRestoreRecords(restored.dsl());
            // the backup's own log line is written after the backup was taken
            now.remove("BACKUP_LOG");
            atBackup.remove("BACKUP_LOG");
            atBackup.remove("RESTORE_LOG");
            for (String table : atBackup.keySet()) {
                assertEquals(atBackup.get(table), now.get(table), table);
            }
            assertEquals(atBackup.keySet(), now.keySet());
            assertEquals(1, restored.dsl().fetchCount(org.jooq.impl.DSL.table("RESTORE_LOG")), "the restore is recorded");
            assertEquals(1, restored.dsl().fetchCount(org.jooq.impl.DSL.table("AUDIT_EVENT"),
                    org.jooq.impl.DSL.field("TABLE_NAME").eq("restore_log")), "and audited");
        }
        try (TestServices again = TestServices.inDirectory(dataDirectory)) {
            // ids go on after the restored rows
            again.services().staff().addStaffMember(again.signIn("admin"), new StaffDetails("Ҷамила", null, null, true), null);
        }
    }

    @Test
    void anEncryptedBackupNeedsItsPassphraseAndRefusesAWrongOne() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        Path usb = Files.createDirectories(temp.resolve("usb"));
        Path backup;
        try (TestServices test = TestServices.sampleCentreIn(dataDirectory)) {
            Actor admin = test.signIn("admin");
            assertEquals("error.backupPassphraseNotSet", assertThrows(ValidationException.class,
                    () -> test.services().backups().backUpTo(admin, usb, ProgressListener.NONE)).messageKey());
            test.services().backups().setPassphrase(admin, PASSPHRASE, PASSPHRASE);
            backup = test.services().backups().backUpTo(admin, usb, ProgressListener.NONE);
        }
        // 7-Zip and any AES-ZIP tool sees an encrypted file: the children's names are not in it as text
        assertFalse(new String(Files.readAllBytes(backup), java.nio.charset.StandardCharsets.UTF_8).contains("Раҳимова"));
        BackupRestorer restorer = restorer(dataDirectory);
        try (Database current = Database.open(dataDirectory)) {
            assertThrows(PassphraseNeededException.class, () -> restorer.prepare(Actor.system("test"),
                    BackupRestorer.Request.of(backup), current, ProgressListener.NONE));
            assertEquals("error.backupWrongPassphrase", assertThrows(MarkazException.class, () -> restorer.prepare(
                    Actor.system("test"), new BackupRestorer.Request(backup, "неправильно совсем".toCharArray(), false),
                    current, ProgressListener.NONE)).messageKey());
            BackupRestorer.PreparedRestore prepared = restorer.prepare(Actor.system("test"),
                    new BackupRestorer.Request(backup, PASSPHRASE, false), current, ProgressListener.NONE);
            assertEquals(BackupRestorer.Trust.ENCRYPTED, prepared.trust());
            org.markaz.core.FileTrees.delete(prepared.workFolder());
        }
    }

    /**
     * Every byte of what is restored (the manifest's and the tables' encrypted data, and each
     * entry's authentication code) is checked: one bit changed anywhere in it is refused. Zip's
     * own bookkeeping around the entries (times, the names in the local headers) is not
     * authenticated by AES; a change there that leaves the entries as written restores them whole.
     */
    @Test
    void aChangedByteInAnEncryptedBackupIsCaught() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        Path backup;
        try (TestServices test = TestServices.sampleCentreIn(dataDirectory)) {
            Actor admin = test.signIn("admin");
            test.services().backups().setPassphrase(admin, PASSPHRASE, PASSPHRASE);
            backup = test.services().backups().backUpTo(admin, Files.createDirectories(temp.resolve("usb")), ProgressListener.NONE);
        }
        byte[] bytes = Files.readAllBytes(backup);
        List<Integer> authenticated = new ArrayList<>();
        try (net.lingala.zip4j.ZipFile zip = new net.lingala.zip4j.ZipFile(backup.toFile())) {
            for (String name : List.of(BackupManifest.ENTRY, "tables/AUDIT_EVENT.csv", "tables/CHILD.csv")) {
                FileHeader header = zip.getFileHeader(name);
                int local = (int) header.getOffsetLocalHeader();
                int data = local + 30 + unsignedShort(bytes, local + 26) + unsignedShort(bytes, local + 28);
                int end = data + (int) header.getCompressedSize(); // salt, password check, data, authentication code
                authenticated.addAll(List.of(data + 18, (data + end) / 2, end - 11, end - 1));
            }
        }
        for (int offset : authenticated) {
            Path file = withOneBitChanged(bytes, offset);
            try (Database current = Database.open(dataDirectory)) {
                MarkazException refused = assertThrows(MarkazException.class, () -> restorer(dataDirectory).prepare(
                        Actor.system("test"), new BackupRestorer.Request(file, PASSPHRASE, false), current, ProgressListener.NONE),
                        "offset " + offset);
                assertTrue(Set.of("error.backupChanged", "error.backupNotMarkaz").contains(refused.messageKey()),
                        refused.messageKey());
            }
        }
        int eocd = lastIndexOf(bytes, new byte[] {'P', 'K', 5, 6});
        int firstTimeInTheDirectory = (int) unsignedInt(bytes, eocd + 16) + 12;
        BackupRestorer.PreparedRestore restored = restorer(dataDirectory).prepare(Actor.system("test"),
                new BackupRestorer.Request(withOneBitChanged(bytes, firstTimeInTheDirectory), PASSPHRASE, false), null,
                ProgressListener.NONE);
        assertEquals(BackupRestorer.Trust.ENCRYPTED, restored.trust());
        assertEquals(restorer(dataDirectory).prepare(Actor.system("test"), new BackupRestorer.Request(backup, PASSPHRASE, false),
                null, ProgressListener.NONE).rowCounts(), restored.rowCounts());
    }

    private Path withOneBitChanged(byte[] bytes, int offset) throws IOException {
        byte[] changed = bytes.clone();
        changed[offset] ^= 0x01;
        return Files.write(temp.resolve("changed-" + offset + ".zip"), changed);
    }

    private static int unsignedShort(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    private static long unsignedInt(byte[] bytes, int at) {
        return unsignedShort(bytes, at) | (long) unsignedShort(bytes, at + 2) << 16;
    }

    private static int lastIndexOf(byte[] bytes, byte[] wanted) {
        for (int i = bytes.length - wanted.length; i >= 0; i--) {
            if (java.util.Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        throw new AssertionError("not a zip");
    }

    @Test
    void aBackupFromAnotherPcIsRestoredOnlyWhenAccepted() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        Path backup;
        try (TestServices test = TestServices.sampleCentreIn(dataDirectory)) {
            backup = test.services().backups().backUpOnExit();
        }
        Files.copy(backup, temp.resolve("copy.zip"));
        // a new PC: an empty data folder with keys of its own
        DataDirectory newPc = new DataDirectory(temp.resolve("new-pc"));
        BackupRestorer restorer = restorer(newPc);
        assertThrows(UnverifiedBackupException.class, () -> restorer.prepare(Actor.system("test"),
                BackupRestorer.Request.of(temp.resolve("copy.zip")), null, ProgressListener.NONE));
        BackupRestorer.PreparedRestore prepared = restorer.prepare(Actor.system("test"),
                new BackupRestorer.Request(temp.resolve("copy.zip"), null, true), null, ProgressListener.NONE);
        assertEquals(BackupRestorer.Trust.ACCEPTED_UNVERIFIED, prepared.trust());
        assertTrue(restorer.swapIn(prepared).isEmpty());
        try (Database restored = Database.open(newPc)) {
            assertEquals("KHJ", restored.dsl().fetchValue("SELECT CODE FROM CENTRE"));
        }
    }

    @Test
    void onlyAdministratorsRestoreAndKeyWorkersCannotBackUp() {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        try (TestServices test = TestServices.sampleCentreIn(dataDirectory)) {
            assertThrows(AccessDeniedException.class, () -> test.services().restorer()
                    .prepare(test.signIn("director"), BackupRestorer.Request.of(temp.resolve("x.zip")), null, ProgressListener.NONE));
            assertThrows(AccessDeniedException.class, () -> test.services().backups()
                    .backUpTo(test.signIn("keyworker"), temp, ProgressListener.NONE));
            assertThrows(AccessDeniedException.class, () -> test.services().backups()
                    .setPassphrase(test.signIn("director"), PASSPHRASE, PASSPHRASE));
            test.services().backups().setPassphrase(test.signIn("admin"), PASSPHRASE, PASSPHRASE);
            test.services().backups().backUpTo(test.signIn("director"), temp, ProgressListener.NONE);
        }
    }

    @Test
    void weakOrMistypedPassphrasesAreRefused() {
        try (TestServices test = TestServices.sampleFamiliesIn(new DataDirectory(temp.resolve("centre")))) {
            Actor admin = test.signIn("admin");
            assertEquals("error.passwordsDiffer", assertThrows(ValidationException.class, () -> test.services().backups()
                    .setPassphrase(admin, PASSPHRASE, "три слова на ключ!".toCharArray())).messageKey());
            assertEquals("error.passphraseTooShort", assertThrows(ValidationException.class, () -> test.services().backups()
                    .setPassphrase(admin, "короткий".toCharArray(), "короткий".toCharArray())).messageKey());
            assertEquals("error.passwordTooCommon", assertThrows(ValidationException.class, () -> test.services().backups()
                    .setPassphrase(admin, "1qaz2wsx3edc".toCharArray(), "1qaz2wsx3edc".toCharArray())).messageKey());
            assertFalse(test.services().backups().hasPassphrase(admin));
        }
    }

    @Test
    void cancelledBackupLeavesNoFile() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        Path usb = Files.createDirectories(temp.resolve("usb"));
        try (TestServices test = TestServices.sampleFamiliesIn(dataDirectory)) {
            test.services().backups().setPassphrase(test.signIn("admin"), PASSPHRASE, PASSPHRASE);
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
            assertTrue(test.services().backups().lastBackup(ProgramActor.COMMAND_LINE.actor()).isEmpty());
        }
    }

    @Test
    void dailyBackupIsMadeAtMostOnceADayAndOldOnesArePruned() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        try (TestServices test = TestServices.sampleFamiliesIn(dataDirectory)) {
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
            assertEquals(test.clock().instant(), test.services().backups().lastBackup(ProgramActor.COMMAND_LINE.actor()).orElseThrow());
        }
    }

    @Test
    void aBackupDatedInTheFutureNeitherBlocksTodaysNorIsLost() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        try (TestServices test = TestServices.sampleFamiliesIn(dataDirectory)) {
            test.clock().advance(Duration.ofDays(30)); // the PC's clock was a month ahead...
            Path future = test.services().backups().backUpIfDue().orElseThrow();
            test.clock().advance(Duration.ofDays(-30)); // ...and is put right
            Path today = test.services().backups().backUpIfDue().orElseThrow();
            assertTrue(Files.exists(future));
            assertTrue(Files.exists(today));
            assertTrue(test.services().backups().backUpIfDue().isEmpty(), "today's is made once");
        }
    }

    @Test
    void noBackupIsWrittenFromADamagedDatabase() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        try (TestServices test = TestServices.sampleFamiliesIn(dataDirectory)) {
            // an index that no longer agrees with its table, as a killed bulk write once left one
            test.database().dsl().execute("CREATE INDEX staff_broken ON staff (full_name)");
            org.markaz.core.db.IntegrityCheckTest.breakIndex(test.database().dataSource(), "STAFF", "STAFF_BROKEN");
            assertEquals("error.databaseDamaged", assertThrows(MarkazException.class,
                    () -> test.services().backups().backUpIfDue()).messageKey());
            assertFalse(Files.exists(dataDirectory.backups()) && Files.list(dataDirectory.backups()).findAny().isPresent());
        }
    }
}
