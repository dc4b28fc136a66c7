package org.markaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.backup.BackupAndRestoreTestAccess;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.db.DatabaseLock;
import org.markaz.core.staff.SignInResult;
import org.markaz.testsupport.TestServices;
import picocli.CommandLine;

class CliTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Cli.commandLine(new org.markaz.cli.Composition(org.markaz.app.Features.all(),
                (dataDirectory, sample) -> { }));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static final String PASSPHRASE = "сад гул бод ва борон";

    private int runWithInput(String input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(before);
        }
    }

    private Path centre() {
        return temp.resolve("centre");
    }

    /** A sample centre made by init-sample once per test JVM, for the tests of the other commands. */
    private static Path sampleTemplate;

    /** Puts a copy of the sample centre in {@link #centre()}: as init-sample makes it, without making it again. */
    private void copySampleCentre() {
        try {
            synchronized (CliTest.class) {
                if (sampleTemplate == null) {
                    Path made = Files.createTempDirectory("markaz-cli-template");
                    assertEquals(0, run("init-sample", "--data-dir", made.resolve("centre").toString()));
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> org.markaz.core.FileTrees.delete(made)));
                    sampleTemplate = made.resolve("centre");
                }
            }
            try (java.util.stream.Stream<Path> files = Files.walk(sampleTemplate)) {
                for (Path file : files.toList()) {
                    Path copy = centre().resolve(sampleTemplate.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else if (!file.getFileName().toString().equals("markaz.lock")) {
                        Files.copy(file, copy);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    @Test
    void theClassArchiveIsOnlyMadeForAnInstalledProgramAndItsTrainingMakesTheSampleCentre() throws Exception {
        assertEquals(0, run("class-archive"), "outside an installed app image there is nothing to do");
        assertTrue(ClassDataArchive.ofThisInstall().isEmpty());
        assertEquals(0, run("class-archive", "--train", centre().toString()));
        assertTrue(new org.markaz.core.db.DataDirectory(centre()).hasDatabase(), "the training made the sample centre");
        assertEquals(0, run("--help"));
        assertFalse(out.toString().contains("class-archive"), "the command is hidden from the help");
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"init-sample", "backup", "restore", "users", "figures", "generate", "benchmark"}) {
            assertTrue(out.toString().contains(command), command);
        }
    }

    @Test
    void versionSaysWhatSettingsAboutSays() throws Exception {
        assertEquals(0, run("init-sample", "--data-dir", centre().toString()));
        assertEquals(0, run("--version", "--data-dir", centre().toString()));
        String said = out.toString();
        for (String line : new String[] {"Version: ", "Data folder: " + centre().toAbsolutePath(), "Database size: ",
                "Last backup: ", "Java: " + System.getProperty("java.version"), "System: "}) {
            assertTrue(said.contains(line), line + " in " + said);
        }
        assertTrue(said.contains("Last backup: none yet"), "a new centre has none: " + said);
    }

    @Test
    void badArgumentsExitTwoAndCreateNothing() {
        assertEquals(2, run("backup", "--data-dir", centre().toString()));
        assertEquals(2, run("no-such-command", "--data-dir", centre().toString()));
        assertEquals(2, run("users", "add", "--data-dir", centre().toString(), "--username", "x", "--full-name", "X",
                "--role", "KING"));
        assertEquals(2, run("restore", "--data-dir", centre().toString()));
        assertTrue(err.toString().contains("Missing required"));
        assertFalse(Files.exists(centre()));
    }

    @Test
    void commandsOnAFolderWithoutACentreRefuseAndCreateNoDatabase() {
        assertEquals(1, run("backup", "--data-dir", centre().toString(), "--to", temp.toString()));
        assertTrue(err.toString().contains("There is no centre"));
        assertFalse(new DataDirectory(centre()).hasDatabase());
    }

    @Test
    void smallSlipsGetOnePlainSentenceAndChangeNothing() throws Exception {
        Path aFile = Files.writeString(temp.resolve("a-file"), "x");
        assertEquals(1, run("figures", "--data-dir", aFile.toString(), "--from", "2026-01-01", "--to", "2026-03-31"));
        assertTrue(err.toString().contains("is a file, not a folder"), err.toString());

        Path backup = Files.writeString(temp.resolve("nothing.zip"), "not a backup");
        Path missing = temp.resolve("no-such-folder");
        assertEquals(1, run("restore", "--data-dir", missing.toString(), backup.toString()));
        assertFalse(Files.exists(missing), "a refused restore leaves no folder or lock behind");

        copySampleCentre();
        err.getBuffer().setLength(0);
        assertEquals(1, run("figures", "--data-dir", centre().toString(), "--from", "2026-01-01", "--to", "+999999999-12-31"));
        assertTrue(err.toString().contains("between the years 2000 and 2100"), err.toString());

        // no password is asked for an account that does not exist: the input stays unread
        assertEquals(1, runWithInput("Another-Pass-1\n", "users", "reset-password", "--data-dir", centre().toString(),
                "--username", "nobody"));
        assertTrue(err.toString().contains("nobody"), err.toString());

        assertEquals(0, runWithInput("Parol-Nav-2026\n", "users", "add", "--data-dir", centre().toString(),
                "--username", "ADMIN2", "--full-name", "Second", "--role", "KEY_WORKER"));
        assertTrue(out.toString().contains("User admin2 added"), out.toString());

        for (String weak : new String[] {"password\n", "12345678\n", "markaz-9\n"}) {
            assertEquals(1, runWithInput(weak, "users", "add", "--data-dir", centre().toString(),
                    "--username", "boss", "--full-name", "Boss", "--role", "ADMINISTRATOR"), weak);
        }
        try (TestServices test = TestServices.inDirectory(new DataDirectory(centre()))) {
            assertEquals(0, test.database().dsl().fetchCount(org.jooq.impl.DSL.table("APP_USER"),
                    org.jooq.impl.DSL.field("USERNAME").eq("boss")));
            assertTrue(test.database().dsl().fetch("SELECT ACTOR FROM AUDIT_EVENT WHERE ACTOR LIKE 'command line (%'")
                    .isNotEmpty(), "the command line names the PC's user in the audit trail");
        }
    }

    @Test
    void dataDirMayComeBeforeTheCommand() {
        assertEquals(0, run("--data-dir", centre().toString(), "init-sample"));
        assertTrue(new DataDirectory(centre()).hasDatabase());
        assertEquals(0, runWithInput("Parol-Nav-2026\n", "--data-dir", centre().toString(), "users", "add",
                "--username", "n.davlatova", "--full-name", "Нигина Давлатова", "--role", "KEY_WORKER"));
    }

    @Test
    void figuresPrintOneCsvLinePerFigureMatchingTheDatabaseAndRefuseBadDates() throws Exception {
        copySampleCentre();
        java.time.LocalDate to = java.time.LocalDate.now();
        java.time.LocalDate from = to.minusDays(90);
        assertEquals(0, run("figures", "--data-dir", centre().toString(), "--from", from.toString(), "--to", to.toString()));
        Map<String, String> printed = new java.util.HashMap<>();
        for (String line : out.toString().split("\n")) {
            String[] parts = line.split(",", 2);
            if (parts.length == 2) {
                printed.put(parts[0], parts[1]);
            }
        }
        assertEquals(to.toString(), printed.get("period.to"));
        try (Database database = Database.open(new DataDirectory(centre()))) {
            var dsl = database.dsl();
            assertEquals(dsl.fetchValue("select count(*) from enrolment where starts_on between ? and ?", from, to).toString(),
                    printed.get("admissions"));
            assertEquals(dsl.fetchValue("select count(*) from enrolment where ends_on between ? and ?", from, to).toString(),
                    printed.get("discharges"));
            assertEquals(dsl.fetchValue("select count(*) from enrolment where ends_on between ? and ? "
                            + "and discharge_outcome = 'RETURNED_TO_PARENTS'", from, to).toString(),
                    printed.get("discharges.RETURNED_TO_PARENTS"));
        }
        assertTrue(Integer.parseInt(printed.get("admissions")) > 0, "the sample admits children in the last 90 days");
        assertEquals(2, run("figures", "--data-dir", centre().toString(), "--from", "01.10.2026", "--to", "2026-12-31"));
        assertEquals(1, run("figures", "--data-dir", centre().toString(), "--from", "2026-12-31", "--to", "2026-10-01"));
    }

    @Test
    void initSampleRefusesToOverwriteUnlessForced() {
        assertEquals(0, run("init-sample", "--data-dir", centre().toString()));
        assertTrue(out.toString().contains("markaz-demo"));
        assertEquals(1, run("init-sample", "--data-dir", centre().toString()));
        assertTrue(err.toString().contains("--force"));
        assertEquals(0, run("init-sample", "--force", "--data-dir", centre().toString()));
        try (TestServices test = TestServices.inDirectory(new DataDirectory(centre()))) {
            assertEquals(9, test.count("staff"), "replaced, not added to");
        }
    }

    @Test
    void onlyTheWindowsOwnOptionsSkipBuildingEveryCommand() {
        assertTrue(Cli.opensTheWindow());
        assertTrue(Cli.opensTheWindow("--data-dir", "figures"), "a folder may have a command's name");
        assertTrue(Cli.opensTheWindow("--sample", "--data-dir=sample-centre"));
        assertFalse(Cli.opensTheWindow("figures", "--from", "2026-10-01"));
        assertFalse(Cli.opensTheWindow("--help"));
        assertFalse(Cli.opensTheWindow("--data-dir"), "a missing folder is explained by the whole command line");
        assertFalse(Cli.opensTheWindow("--smaple"));
    }

    @Test
    void usersAddReadsThePasswordAndTheNewUserSignsIn() {
        copySampleCentre();
        assertEquals(0, runWithInput("Parol-Nav-2026\n", "users", "add", "--data-dir", centre().toString(),
                "--username", "n.davlatova", "--full-name", "Нигина Давлатова", "--role", "key_worker", "--language", "tg"));
        assertEquals(1, runWithInput("Parol-Nav-2026\n", "users", "add", "--data-dir", centre().toString(),
                "--username", "n.davlatova", "--full-name", "Нигина Давлатова 2", "--role", "KEY_WORKER"));
        assertTrue(err.toString().contains("already taken"));
        assertEquals(1, runWithInput("short\n", "users", "add", "--data-dir", centre().toString(),
                "--username", "other", "--full-name", "Other", "--role", "KEY_WORKER"));
        assertEquals(1, runWithInput("Parol-Nav-2026\n", "users", "add", "--data-dir", centre().toString(),
                "--username", "third", "--full-name", "Third", "--role", "KEY_WORKER", "--language", "fr"));
        assertEquals(0, runWithInput("Another-Pass-1\n", "users", "reset-password", "--data-dir", centre().toString(),
                "--username", "admin"));
        try (TestServices test = TestServices.inDirectory(new DataDirectory(centre()))) {
            assertEquals(10, test.count("staff"));
            assertInstanceOf(SignInResult.SignedIn.class,
                    test.services().accounts().signIn("n.davlatova", "Parol-Nav-2026".toCharArray()));
            assertInstanceOf(SignInResult.SignedIn.class,
                    test.services().accounts().signIn("admin", "Another-Pass-1".toCharArray()));
        }
    }

    @Test
    void backupThenRestoreRoundTripsEveryRow() throws Exception {
        copySampleCentre();
        Path usb = Files.createDirectories(temp.resolve("usb"));
        assertEquals(1, run("backup", "--data-dir", centre().toString(), "--to", usb.toString()),
                "no passphrase yet: nothing leaves the PC unencrypted");
        assertEquals(0, runWithInput(PASSPHRASE + "\n" + PASSPHRASE + "\n", "backup-passphrase", "--data-dir",
                centre().toString()));
        Map<String, String> atBackup;
        try (Database database = Database.open(new DataDirectory(centre()))) {
            atBackup = BackupAndRestoreTestAccess.everyRow(database.dsl());
        }
        assertEquals(0, run("backup", "--data-dir", centre().toString(), "--to", usb.toString()));
        Path backup;
        try (var files = Files.list(usb)) {
            backup = files.findFirst().orElseThrow();
        }
        runWithInput("Parol-Nav-2026\n", "users", "add", "--data-dir", centre().toString(),
                "--username", "later", "--full-name", "Added later", "--role", "BOOKKEEPER");

        assertEquals(1, runWithInput("not the passphrase\n", "restore", "--data-dir", centre().toString(),
                backup.toString()));
        assertTrue(err.toString().contains("passphrase does not open"), err.toString());
        assertEquals(0, runWithInput(PASSPHRASE + "\n", "restore", "--data-dir", centre().toString(), backup.toString()));
        assertTrue(out.toString().contains("kept in"));
        try (Database database = Database.open(new DataDirectory(centre()))) {
            Map<String, String> now = BackupAndRestoreTestAccess.everyRowButRestoreRecords(database.dsl());
            now.remove("BACKUP_LOG");
            atBackup.remove("BACKUP_LOG");
            atBackup.remove("RESTORE_LOG");
            assertEquals(atBackup, now);
            assertTrue(database.dsl().fetchValue("SELECT TRIED_BY FROM RESTORE_LOG WHERE RESULT = 'RESTORED'").toString()
                    .startsWith("command line ("), "the restore names the PC's user who ran it");
        }
    }

    @Test
    void restoreIsRefusedWhileMarkazHasTheFolderOpen() throws Exception {
        copySampleCentre();
        Path usb = Files.createDirectories(temp.resolve("usb"));
        runWithInput(PASSPHRASE + "\n" + PASSPHRASE + "\n", "backup-passphrase", "--data-dir", centre().toString());
        run("backup", "--data-dir", centre().toString(), "--to", usb.toString());
        Path backup;
        try (var files = Files.list(usb)) {
            backup = files.findFirst().orElseThrow();
        }
        DataDirectory dataDirectory = new DataDirectory(centre());
        try (DatabaseLock windowIsOpen = DatabaseLock.acquire(dataDirectory)) {
            assertEquals(1, run("restore", "--data-dir", centre().toString(), backup.toString()));
            assertTrue(err.toString().contains("already open"));
            assertEquals(1, run("backup", "--data-dir", centre().toString(), "--to", usb.toString()));
        }
        try (var entries = Files.list(dataDirectory.root())) {
            assertTrue(entries.noneMatch(p -> p.getFileName().toString().startsWith("db-before-restore")));
        }
    }

    @Test
    void benchmarkWithoutAWindowMeasuresTheSampleCentreAndAPrintoutBesideTheirBars() {
        assertEquals(0, run("benchmark", "--no-window"), err.toString());
        String printed = out.toString();
        assertTrue(java.util.regex.Pattern.compile("(?m)^sample\\.createMs=\\d+ \\(median of 3 fresh JVMs; slowest \\d+\\) \\[bar < 3000: (met|MISSED)]$")
                .matcher(printed).find(), printed);
        assertTrue(printed.contains("\nsample.createMsWithClassArchive=not measured"), "tests run from class folders: " + printed);
        assertTrue(java.util.regex.Pattern.compile("(?m)^printout\\.threePageTableWarmMs=\\d+ \\[bar < 100: (met|MISSED)]$")
                .matcher(printed).find(), printed);
        assertFalse(printed.contains("generate.seconds"), "no scale dataset and no window: " + printed);
    }

    @Test
    void benchmarkPrintsEachBarBesideItsMeasureAndJudgesTheMedian() {
        assertEquals("screen.today.againMs=12 (median of 5; slowest 170) [bar <= 150: met]",
                BenchmarkCommand.withBar("screen.today.againMs=12 (median of 5; slowest 170)"));
        assertEquals("screen.children.firstMs=151 [bar <= 150: MISSED]", BenchmarkCommand.withBar("screen.children.firstMs=151"));
        assertEquals("startup.toSignInWindowMs=2000 [bar < 2000: MISSED]",
                BenchmarkCommand.withBar("startup.toSignInWindowMs=2000"));
        assertEquals("heap.usedAfterGcMb=57 [bar <= 256: met]", BenchmarkCommand.withBar("heap.usedAfterGcMb=57"));
        assertEquals("firstStart.toStartingScreenMs=900 [bar < 2000: met]",
                BenchmarkCommand.withBar("firstStart.toStartingScreenMs=900"));
        for (String withoutBar : new String[] {"generate.seconds=41", "signIn.toMainWindowMs=300",
                "register.dayLoad.coldMs=30 (children=12)", "firstStart.toStartingScreenMs=-1", "error=boom", "dataDir=/tmp/x"}) {
            assertEquals(withoutBar, BenchmarkCommand.withBar(withoutBar), "no bar, or nothing measured");
        }
    }
}
