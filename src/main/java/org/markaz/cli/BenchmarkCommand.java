package org.markaz.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.markaz.core.FileTrees;
import org.markaz.core.MarkazException;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.demo.Samples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Generates the scale dataset into a temporary data folder, then starts the real window in a
 * fresh JVM with the heap of the office PC (-Xmx256m) and reports what it measured: start-up to
 * the sign-in window, sign-in to the main window, each screen cold and warm, the heap after GC.
 * Needs a display (on a server: xvfb-run).
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measure start-up, screens and heap on the 10-year scale dataset.",
                "Needs a display; on a machine without one run it under xvfb-run."})
final class BenchmarkCommand implements Callable<Integer> {

    private final Composition composition;

    BenchmarkCommand(Composition composition) {
        this.composition = composition;
    }

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the dataset (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--keep", description = "Keep the generated data folder and print where it is.")
    boolean keep;

    @Option(names = "--heap", defaultValue = "256m", description = "Maximum heap of the measured window (default ${DEFAULT-VALUE}).")
    String heap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = CommandOutput.out(spec);
        Path folder = Files.createTempDirectory("markaz-benchmark");
        DataDirectory dataDirectory = new DataDirectory(folder);
        try {
            long start = System.nanoTime();
            OpenCentre.buildAside(dataDirectory, "generate", true, composition.features(),
                    services -> Samples.generateScaleDataset(services, composition.features(), seed));
            out.println("generate.seconds=" + (System.nanoTime() - start) / 1_000_000_000L);
            out.println("database.megabytes=" + Files.size(dataDirectory.databaseFile()) / (1024 * 1024));
            Path report = folder.resolve("benchmark-report.properties");
            Process window = new ProcessBuilder(javaCommand(report, folder)).inheritIO().start();
            if (!window.waitFor(3, TimeUnit.MINUTES)) {
                window.destroyForcibly();
                throw new MarkazException("cli.benchmark.timeout");
            }
            if (!Files.exists(report)) {
                throw new MarkazException("cli.benchmark.noReport");
            }
            Files.readAllLines(report).forEach(out::println);
            if (keep) {
                out.println("dataDir=" + folder);
            }
            return 0;
        } finally {
            if (!keep) {
                FileTrees.delete(folder);
            }
        }
    }

    private List<String> javaCommand(Path report, Path folder) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-Dmarkaz.benchmark.report=" + report);
        command.add("-Dmarkaz.benchmark.user=admin");
        command.add("-Dmarkaz.benchmark.password=markaz-demo");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.markaz.Launcher");
        command.add("--data-dir");
        command.add(folder.toString());
        return command;
    }

}
