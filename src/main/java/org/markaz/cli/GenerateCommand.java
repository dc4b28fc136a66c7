package org.markaz.cli;

import java.util.concurrent.Callable;
import org.markaz.core.MarkazException;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.demo.Samples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Fill an empty data folder with the 10-year scale dataset (for benchmarks), the same for the same seed.")
final class GenerateCommand implements Callable<Integer> {

    private final Composition composition;

    GenerateCommand(Composition composition) {
        this.composition = composition;
    }

    @Mixin
    DataDirOption dataDirOption;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DataDirectory dataDirectory = dataDirOption.resolve();
        if (dataDirectory.hasDatabase()) {
            throw new MarkazException("cli.generate.notEmpty", dataDirectory.root().toString());
        }
        long start = System.nanoTime();
        java.util.Map<String, Integer> written = new java.util.LinkedHashMap<>();
        OpenCentre.buildAside(dataDirectory, "generate", true, composition.features(),
                services -> written.putAll(Samples.generateScaleDataset(services, composition.features(), seed)));
        written.forEach((table, rows) -> CommandOutput.out(spec).println(table + "," + rows));
        CommandOutput.out(spec).println(CommandOutput.text("cli.generate.done", dataDirectory.root().toString(),
                (System.nanoTime() - start) / 1_000_000_000.0));
        return 0;
    }
}
