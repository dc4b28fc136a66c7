package org.markaz.cli;

import java.util.concurrent.Callable;
import org.markaz.core.MarkazException;
import org.markaz.core.ProgressListener;
import org.markaz.core.db.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init-sample", mixinStandardHelpOptions = true,
        description = "Create the fictional sample centre (Khujand) in the data folder.")
final class InitSampleCommand implements Callable<Integer> {

    private final Composition composition;

    InitSampleCommand(Composition composition) {
        this.composition = composition;
    }

    @Mixin
    DataDirOption dataDirOption;

    @Option(names = "--force", description = "Replace a centre that is already in the data folder (its backups stay).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DataDirectory dataDirectory = dataDirOption.resolve();
        if (dataDirectory.hasDatabase() && !force) {
            throw new MarkazException("cli.initSample.exists", dataDirectory.root().toString());
        }
        OpenCentre.createSampleCentre(dataDirectory, composition.features(), ProgressListener.NONE);
        CommandOutput.out(spec).println(CommandOutput.text("cli.initSample.done", dataDirectory.root().toString()));
        return 0;
    }

}
