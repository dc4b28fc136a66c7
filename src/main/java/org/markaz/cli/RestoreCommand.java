package org.markaz.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.markaz.core.backup.BackupRestorer;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.db.DatabaseLock;
import org.markaz.core.security.ProgramActor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore the centre's database from a backup file.",
                "The backup is checked first; the current database is kept aside in the data folder."})
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDirOption;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.zip) to restore.")
    Path archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DataDirectory dataDirectory = dataDirOption.resolve();
        try (DatabaseLock lock = DatabaseLock.acquire(dataDirectory)) {
            BackupRestorer restorer = new BackupRestorer(dataDirectory, java.time.Clock.systemDefaultZone());
            BackupRestorer.PreparedRestore prepared = restorer.prepare(ProgramActor.COMMAND_LINE.actor(), archive,
                    (done, total, key) -> { });
            var keptAside = restorer.swapIn(prepared);
            Database.open(dataDirectory).close(); // brings an older backup up to this version's schema
            long rows = prepared.rowCounts().values().stream().mapToLong(Long::longValue).sum();
            CommandOutput.out(spec).println(keptAside
                    .map(folder -> CommandOutput.text("cli.restore.done", archive.toString(), rows, folder.toString()))
                    .orElse(CommandOutput.text("cli.restore.doneNothingKept", archive.toString(), rows)));
        }
        return 0;
    }
}
