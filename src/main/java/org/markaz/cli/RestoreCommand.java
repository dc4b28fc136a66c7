package org.markaz.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.markaz.core.FileTrees;
import org.markaz.core.MarkazException;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.backup.BackupKeys;
import org.markaz.core.backup.BackupRestorer;
import org.markaz.core.backup.PassphraseNeededException;
import org.markaz.core.ProgressListener;
import org.markaz.core.backup.RestoreLogRepository;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.db.DatabaseLock;
import org.markaz.core.security.Actor;
import org.markaz.core.security.ProgramActor;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore the centre's database from a backup file.",
                "The backup is checked first; the current database is kept aside in the data folder.",
                "An encrypted backup asks for its passphrase (or reads it as one line from standard input)."})
final class RestoreCommand implements Callable<Integer> {

    private final Composition composition;

    RestoreCommand(Composition composition) {
        this.composition = composition;
    }

    @Mixin
    DataDirOption dataDirOption;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.zip) to restore.")
    Path archive;

    @Option(names = "--accept-unverified", description = {"Restore a backup that is not encrypted and was not made on",
            "this PC, so nothing proves it is unchanged (a PC that died, its USB stick)."})
    boolean acceptUnverified;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DataDirectory dataDirectory = dataDirOption.resolve();
        if (!Files.isRegularFile(archive)) {
            throw new MarkazException("error.backupMissing", archive.toString());
        }
        boolean folderIsNew = !Files.exists(dataDirectory.root());
        try {
            restore(dataDirectory);
        } catch (RuntimeException e) {
            if (folderIsNew) {
                FileTrees.delete(dataDirectory.root()); // a refused restore leaves nothing behind
            }
            throw e;
        }
        return 0;
    }

    private void restore(DataDirectory dataDirectory) {
        Actor actor = ProgramActor.commandLine();
        try (DatabaseLock lock = DatabaseLock.acquire(dataDirectory)) {
            Clock clock = Clock.systemDefaultZone();
            BackupRestorer restorer = new BackupRestorer(dataDirectory, clock, new BackupKeys(dataDirectory.root()),
                    new RestoreLogRepository(new AuditRepository(clock)));
            BackupRestorer.PreparedRestore prepared;
            try (Database current = openCurrent(dataDirectory)) {
                BackupRestorer.Request request = new BackupRestorer.Request(archive, null, acceptUnverified);
                try {
                    prepared = restorer.prepare(actor, request, current, ProgressListener.NONE);
                } catch (PassphraseNeededException encrypted) {
                    char[] passphrase = UsersCommand.readSecret(CommandOutput.text("cli.restore.passphrase"));
                    prepared = restorer.prepare(actor, new BackupRestorer.Request(archive, passphrase, acceptUnverified),
                            current, ProgressListener.NONE);
                }
            }
            var keptAside = restorer.swapIn(prepared);
            Database.open(dataDirectory).close(); // finishes anything the swap left, as the next start would
            long rows = prepared.rows();
            CommandOutput.out(spec).println(keptAside
                    .map(folder -> CommandOutput.text("cli.restore.done", archive.toString(), rows, folder.toString()))
                    .orElse(CommandOutput.text("cli.restore.doneNothingKept", archive.toString(), rows)));
        }
    }

    /** The database in use, to compare audit trails and record the attempt; none when there is none or it will not open. */
    private static Database openCurrent(DataDirectory dataDirectory) {
        if (!dataDirectory.hasDatabase()) {
            return null;
        }
        try {
            return Database.open(dataDirectory);
        } catch (RuntimeException damaged) {
            LoggerFactory.getLogger(RestoreCommand.class).warn("The current database did not open; restoring over it", damaged);
            return null;
        }
    }
}
