package org.markaz.core.backup;

import org.markaz.core.ProgressListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.FileTrees;
import org.markaz.core.MarkazException;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

/**
 * Issue 7: a backup someone prepared is refused, nothing in it is ever run, and the centre's
 * database is exactly as before (but for the line recording the refusal). The attacker here
 * knows the format and redoes every checksum; in most tests they even have this PC's seal key.
 */
class HostileBackupTest {

    private static Path template;
    private static Path goodBackup;

    @TempDir
    Path temp;

    private DataDirectory centre;
    private BackupKeys keys;
    private Map<String, String> before;
    /** A file any code run by a restore would have written. */
    private Path pwned;

    @BeforeAll
    static void makeACentreAndItsBackup() throws IOException {
        template = Files.createTempDirectory("markaz-hostile-template");
        DataDirectory dataDirectory = new DataDirectory(template.resolve("centre"));
        try (TestServices test = TestServices.sampleCentreIn(dataDirectory)) {
            goodBackup = test.services().backups().backUpOnExit();
        }
    }

    @AfterAll
    static void removeTheTemplate() {
        FileTrees.delete(template);
    }

    @BeforeEach
    void copyTheCentre() throws IOException {
        Path copy = temp.resolve("centre");
        try (var paths = Files.walk(template.resolve("centre"))) {
            for (Path from : paths.toList()) {
                Path to = copy.resolve(template.resolve("centre").relativize(from));
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        centre = new DataDirectory(copy);
        keys = new BackupKeys(copy);
        pwned = temp.resolve("pwned.txt");
        before = dump();
    }

    private Map<String, String> dump() {
        try (Database database = Database.open(centre)) {
            return BackupAndRestoreTest.everyRowButRestoreRecords(database.dsl());
        }
    }

    private Path tampered(boolean withSealKey, Consumer<BackupTampering.Entries> change) throws IOException {
        return BackupTampering.edit(centre.backups().resolve(goodBackup.getFileName()), temp.resolve("tampered.zip"),
                withSealKey ? keys : null, change);
    }

    private String refusal(Path archive) {
        try (Database current = Database.open(centre)) {
            BackupRestorer restorer = new BackupRestorer(centre, Clock.systemDefaultZone(), keys,
                    new RestoreLogRepository(new AuditRepository(Clock.systemDefaultZone())));
            MarkazException refused = assertThrows(MarkazException.class, () -> restorer.prepare(Actor.system("test"),
                    BackupRestorer.Request.of(archive), current, ProgressListener.NONE));
            return refused.messageKey();
        } finally {
            assertEquals(before, dump(), "the centre's data changed");
            assertFalse(Files.exists(pwned), "something in the backup ran");
            assertFalse(Files.exists(centre.root().resolve("restore-work")), "the half-built database was left behind");
        }
    }

    private String pwnedPath() {
        return pwned.toAbsolutePath().toString().replace("\\", "/");
    }

    @Test
    void anOldStyleScriptWithAJavaAliasIsRefusedUnrun() throws IOException {
        Path script = temp.resolve("alias.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(script))) {
            zip.putNextEntry(new ZipEntry("manifest.properties"));
            zip.write("format=1\nscript.sha256=0\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("markaz.sql"));
            zip.write(("CREATE ALIAS PWN AS $$ void pwn() throws Exception { java.nio.file.Files.writeString("
                    + "java.nio.file.Path.of(\"" + pwnedPath() + "\"), \"ran\"); } $$;\nCALL PWN();\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("error.backupOldFormat", refusal(script));
    }

    @Test
    void sqlHiddenInTheManifestIsRefusedUnrun() throws IOException {
        Path archive = tampered(true, files -> files.text(BackupManifest.ENTRY, files.text(BackupManifest.ENTRY)
                .replaceFirst("(?m)^schema.version=.*$", "schema.version=7; CALL FILE_WRITE('ran', '" + pwnedPath() + "')")));
        assertEquals("error.backupFromNewerVersion", refusal(archive));
    }

    @Test
    void aFileFunctionInARecordIsStoredAsTextNeverRun() throws IOException {
        Path archive = tampered(true, files -> files.table("STAFF", files.table("STAFF").replaceFirst(
                "\"Фарҳод", "\"'); CALL FILE_WRITE('ran', '" + pwnedPath() + "'); --Фарҳод")));
        try (Database current = Database.open(centre)) {
            BackupRestorer restorer = new BackupRestorer(centre, Clock.systemDefaultZone(), keys,
                    new RestoreLogRepository(new AuditRepository(Clock.systemDefaultZone())));
            BackupRestorer.PreparedRestore prepared = restorer.prepare(Actor.system("test"),
                    BackupRestorer.Request.of(archive), current, ProgressListener.NONE);
            assertFalse(Files.exists(pwned), "the text was run as SQL");
            FileTrees.delete(prepared.workFolder());
        }
    }

    @Test
    void aTriggerSmuggledInAsATableIsRefused() throws IOException {
        Path archive = tampered(true, files -> BackupTampering.addTable(files, "APP_USER_TRIGGER",
                "SQL:CHARACTER VARYING", "\"SQL\"\r\n\"CREATE TRIGGER T AFTER INSERT ON APP_USER CALL 'Pwn'\"\r\n"));
        assertEquals("error.backupUnknownTable", refusal(archive));
    }

    @Test
    void anExtraFileInTheZipIsRefused() throws IOException {
        Path archive = tampered(true, files -> files.text("tables/EXTRA.csv", "\"X\"\r\n"));
        assertEquals("error.backupChanged", refusal(archive));
    }

    @Test
    void aDroppedAuditTableIsRefused() throws IOException {
        assertEquals("error.backupMissingTable", refusal(tampered(true, files -> BackupTampering.dropTable(files, "AUDIT_EVENT"))));
    }

    @Test
    void aMissingRegisterDayTableIsRefused() throws IOException {
        assertEquals("error.backupMissingTable", refusal(tampered(true, files -> BackupTampering.dropTable(files, "REGISTER_DAY"))));
    }

    @Test
    void aRecordBreakingAForeignKeyIsRefused() throws IOException {
        Path archive = tampered(true, files -> {
            String children = files.table("CHILD");
            int secondLine = children.indexOf("\r\n") + 2;
            // the first child's family id (second column) points nowhere
            String first = children.substring(secondLine, children.indexOf("\r\n", secondLine));
            String[] cells = first.split(",", 3);
            files.table("CHILD", children.replace(first, cells[0] + ",\"999999\"," + cells[2]));
        });
        assertEquals("error.backupBreaksRules", refusal(archive));
    }

    /**
     * A changed row can break a rule long before its file's checksum is read at the end: the user
     * is told the file was changed, not that its records break the rules. The change keeps the
     * file's length, as a spoiled byte does.
     */
    @Test
    void aChangedRowThatAlsoBreaksARuleIsReportedAsAChangedFile() throws IOException {
        Path archive = BackupTampering.editLeavingTheManifest(centre.backups().resolve(goodBackup.getFileName()),
                temp.resolve("spoiled.zip"), files -> files.table("AUDIT_EVENT",
                        files.table("AUDIT_EVENT").replaceFirst("\"CREATE\"", "\"CREATF\"")));
        assertEquals("error.backupChanged", refusal(archive));
        Path heading = BackupTampering.editLeavingTheManifest(centre.backups().resolve(goodBackup.getFileName()),
                temp.resolve("spoiled-heading.zip"), files -> files.table("AUDIT_EVENT",
                        files.table("AUDIT_EVENT").replaceFirst("\"ACTOR\"", "\"ACTOS\"")));
        assertEquals("error.backupChanged", refusal(heading));
    }

    @Test
    void aColumnWithAnotherTypeIsRefused() throws IOException {
        Path archive = tampered(true, files -> files.text(BackupManifest.ENTRY, files.text(BackupManifest.ENTRY)
                .replace("table.CHILD.columns=ID:BIGINT", "table.CHILD.columns=ID:JAVA_OBJECT")));
        assertEquals("error.backupColumnsDiffer", refusal(archive));
    }

    @Test
    void aValueThatIsNotItsColumnsTypeIsRefused() throws IOException {
        Path archive = tampered(true, files -> files.table("CHILD", files.table("CHILD").replaceFirst(
                "\"(\\d{4})-(\\d{2})-(\\d{2})\"", "\"31.02.$1\"")));
        assertEquals("error.backupChanged", refusal(archive));
    }

    @Test
    void editedAuditEntriesAreRefused() throws IOException {
        Path archive = tampered(true, files -> files.table("AUDIT_EVENT",
                files.table("AUDIT_EVENT").replaceFirst("\"sample data\"", "\"admin\"")));
        assertEquals("error.backupAuditEdited", refusal(archive));
    }

    @Test
    void deletedAuditEntriesAreRefused() throws IOException {
        Path archive = tampered(true, files -> {
            String audit = files.table("AUDIT_EVENT");
            int secondLine = audit.indexOf("\r\n") + 2;
            files.table("AUDIT_EVENT", audit.substring(0, secondLine) + audit.substring(audit.indexOf("\r\n", secondLine) + 2));
        });
        assertEquals("error.backupAuditEdited", refusal(archive));
    }

    @Test
    void anEditWithoutThisPcsKeyBreaksTheSeal() throws IOException {
        Path archive = tampered(false, files -> files.table("STAFF", files.table("STAFF").replace("Фарҳод", "Фаридун")));
        assertEquals("error.backupChanged", refusal(archive));
    }

    @Test
    void aBackupFromANewerProgramIsRefused() throws IOException {
        Path archive = tampered(true, files -> files.text(BackupManifest.ENTRY, files.text(BackupManifest.ENTRY)
                .replaceFirst("(?m)^schema.version=.*$", "schema.version=99")));
        assertEquals("error.backupFromNewerVersion", refusal(archive));
    }

    @Test
    void aBackupOfAnotherCentreIsRefused() throws IOException {
        Path archive = tampered(true, files -> files.text(BackupManifest.ENTRY, files.text(BackupManifest.ENTRY)
                .replaceFirst("(?m)^centre.code=.*$", "centre.code=DSH")));
        assertEquals("error.backupOtherCentre", refusal(archive));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        Path bomb = tampered(true, files -> {
            byte[] filler = new byte[64 * 1024 * 1024];
            java.util.Arrays.fill(filler, (byte) 'a');
            byte[] header = "\"NAME\",\"SETTING_VALUE\"\r\n".getBytes(StandardCharsets.UTF_8);
            byte[] content = java.util.Arrays.copyOf(header, header.length + filler.length);
            System.arraycopy(filler, 0, content, header.length, filler.length);
            files.entries.put("tables/SETTING.csv", content);
        });
        long start = System.nanoTime();
        assertEquals("error.backupTooLarge", refusal(bomb));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5, "the bomb was unpacked before the refusal");
    }

    @Test
    void somethingThatIsNotAZipIsRefused() throws IOException {
        Path notABackup = temp.resolve("photo.zip");
        try (OutputStream out = Files.newOutputStream(notABackup)) {
            out.write("not a zip".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("error.backupNotMarkaz", refusal(notABackup));
    }

    @Test
    void aCutFileIsRefused() throws IOException {
        Path cut = temp.resolve("cut.zip");
        byte[] whole = Files.readAllBytes(centre.backups().resolve(goodBackup.getFileName()));
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals("error.backupNotMarkaz", refusal(cut));
    }
}
