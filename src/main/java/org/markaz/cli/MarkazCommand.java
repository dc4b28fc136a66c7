package org.markaz.cli;

import java.util.concurrent.Callable;
import org.markaz.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code markaz [--data-dir DIR]} opens the window; {@code markaz COMMAND} runs a command. The
 * console launcher of the installed program sets {@code markaz.console}, so it prints help instead
 * of opening the window.
 */
@Command(name = "markaz", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Markaz: the desk of a Family and Child Support Centre.",
                "Without a command, opens the Markaz window."},
        subcommands = {InitSampleCommand.class, BackupCommand.class, RestoreCommand.class, UsersCommand.class,
                GenerateCommand.class, BenchmarkCommand.class})
public final class MarkazCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDirOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (Boolean.getBoolean("markaz.console")) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
        App.launch(dataDirOption.resolve());
        return 0;
    }
}
