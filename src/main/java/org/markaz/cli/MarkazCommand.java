package org.markaz.cli;

import java.util.concurrent.Callable;
import org.markaz.core.db.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code markaz [--data-dir DIR]} opens the window; {@code markaz COMMAND} runs a command. The
 * console launcher of the installed program sets {@code markaz.console}, so it prints help instead
 * of opening the window.
 */
@Command(name = "markaz", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Markaz: the desk of a Family and Child Support Centre.",
                "Without a command, opens the Markaz window."})
public final class MarkazCommand implements Callable<Integer> {

    private final Composition composition;

    public MarkazCommand(Composition composition) {
        this.composition = composition;
    }

    @Mixin
    DataDirOption dataDirOption;

    @Option(names = "--sample", description = "If the data folder has no centre yet, create the sample centre in it first.")
    boolean sample;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (Boolean.getBoolean("markaz.console")) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
        DataDirectory dataDirectory = dataDirOption.resolve();
        // the window creates the sample centre itself, showing its progress (docs/user/getting-started.md)
        composition.openWindow().open(dataDirectory, sample);
        ClassDataArchive.makeInBackgroundIfMissing();
        return 0;
    }
}
