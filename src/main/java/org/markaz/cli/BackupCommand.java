package org.markaz.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.markaz.core.security.ProgramActor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the centre's database to a folder (for example a USB stick).")
final class BackupCommand implements Callable<Integer> {

    private final Composition composition;

    BackupCommand(Composition composition) {
        this.composition = composition;
    }

    @Mixin
    DataDirOption dataDirOption;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "The folder to write the backup file into.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (OpenCentre centre = OpenCentre.open(dataDirOption.resolve(), spec.commandLine().getErr(), composition.features())) {
            Path made = centre.services().backups().backUpTo(ProgramActor.commandLine(), folder,
                    (done, total, key) -> { });
            CommandOutput.out(spec).println(CommandOutput.text("cli.backup.done", made.toString()));
        }
        return 0;
    }
}
