package org.markaz.cli;

import java.io.Console;
import java.util.concurrent.Callable;
import org.markaz.core.security.ProgramActor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "backup-passphrase", mixinStandardHelpOptions = true,
        description = {"Set the centre's backup passphrase, with which backups to a folder (a USB stick) are encrypted.",
                "Typed twice at the console, or read as two lines from standard input."})
final class BackupPassphraseCommand implements Callable<Integer> {

    private final Composition composition;

    BackupPassphraseCommand(Composition composition) {
        this.composition = composition;
    }

    @Mixin
    DataDirOption dataDirOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (OpenCentre centre = OpenCentre.open(dataDirOption.resolve(), spec.commandLine().getErr(), composition.features())) {
            Console console = System.console();
            char[] passphrase = UsersCommand.readSecret(CommandOutput.text("cli.passphrase.prompt"));
            char[] again = console == null ? UsersCommand.nextLineOfInput()
                    : UsersCommand.readSecret(CommandOutput.text("cli.passphrase.again"));
            centre.services().backups().setPassphrase(ProgramActor.commandLine(), passphrase, again);
        }
        CommandOutput.out(spec).println(CommandOutput.text("cli.passphrase.set"));
        return 0;
    }
}
