package org.markaz.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.markaz.core.FileTrees;
import org.markaz.core.MarkazException;
import org.markaz.core.ProgressListener;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.demo.Samples;
import org.markaz.core.pdf.PdfBenchmark;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures Markaz against its bars (docs/design.md §5.2) and prints each measure as
 * {@code name=value}, with its bar beside it where it has one. First what needs no window: creating
 * the sample centre (the first thing this JVM does with a database, as at a real first start) and
 * rendering a printout once the JVM is warm. Then it generates the scale dataset into a temporary
 * data folder and starts the real window in a fresh JVM with the heap of the office PC (256 MB):
 * start-up to the sign-in window, sign-in to the main window, each screen cold and warm, the heap
 * after GC. Last, a first start: the window with {@code --sample} on an empty folder, to the
 * starting screen and to sign-in. The window needs a display (on a server: xvfb-run).
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measure start-up, screens and heap on the 10-year scale dataset, the sample centre's creation "
                + "and a printout.",
                "Needs a display (except with --no-window); on a machine without one run it under xvfb-run."})
final class BenchmarkCommand implements Callable<Integer> {

    /**
     * How many fresh JVMs the sample centre's creation is measured in, its median reported: one
     * cold run varies by a fifth on the same PC from one minute to the next.
     */
    private static final int SAMPLE_RUNS = 3;

    /** How many renders of the printout the median is taken from, after PdfBenchmark's own warm-up. */
    private static final int PRINTOUT_RUNS = 21;

    /**
     * The bars, by how the measure's line starts; the value's first number is what is judged (a
     * median, where given). The printout's is core.pdf.PdfBenchmark's; the starting screen's is
     * the first start's own: the window shows within a second or two, whatever it then has to do.
     */
    private static final List<Bar> BARS = List.of(
            new Bar("sample.createMs=", "<", 3_000),
            new Bar("printout.threePageTableWarmMs=", "<", 100),
            new Bar("startup.toSignInWindowMs=", "<", 2_000),
            new Bar("screen.", "<=", 150),
            new Bar("cases.caseloads.", "<", 150),
            new Bar("cases.carePlanPrintMs=", "<", 150),
            new Bar("cases.batchPrintMs=", "<", 2_500),
            new Bar("heap.usedAfterGcMb=", "<=", 256),
            new Bar("aid.stockOnHand.warmMs=", "<", 100),
            new Bar("aid.monthStatement.warmMs=", "<", 300),
            new Bar("aid.handoutSave.warmMs=", "<", 50),
            new Bar("beds.quarterOpenMs=", "<", 150),
            new Bar("beds.frameMs=", "<", 16),
            new Bar("beds.bookingSaveMs=", "<", 50),
            new Bar("beds.figuresQuarterMs=", "<", 100),
            new Bar("hq.packageQuarterMs=", "<", 3_000),
            new Bar("hq.packageYearMs=", "<", 10_000),
            new Bar("firstStart.toStartingScreenMs=", "<", 2_000));

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(-?\\d+)");

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

    @Option(names = "--no-window", description = "Only what needs no display: the sample centre's creation and a printout.")
    boolean noWindow;

    /** The child JVM's part: only the sample centre's creation, the first thing it does. */
    @Option(names = "--sample-creation-only", hidden = true)
    boolean sampleCreationOnly;

    @Spec
    CommandSpec spec;

    /** A bar of docs/design.md §5.2: the measured value must be {@code relation} {@code limit}. */
    record Bar(String lineStart, String relation, long limit) {
        boolean isMetBy(long value) {
            return relation.equals("<") ? value < limit : value <= limit;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = CommandOutput.out(spec);
        if (sampleCreationOnly) {
            out.println("sample.createMs=" + sampleCentreCreationMillis());
            return 0;
        }
        out.println(withBar(sampleCreationInAFreshJvm(List.of())));
        out.println("sample.jvmOptions=" + String.join(" ", ProgramJvmOptions.ofThisProgram()));
        out.println(sampleCreationWithAClassArchive());
        out.println(withBar("printout.threePageTableWarmMs=" + PdfBenchmark.medianRenderMillis(PRINTOUT_RUNS)));
        if (noWindow) {
            return 0;
        }
        Path folder = Files.createTempDirectory("markaz-benchmark");
        DataDirectory dataDirectory = new DataDirectory(folder);
        try {
            long start = System.nanoTime();
            OpenCentre.buildAside(dataDirectory, "generate", true, composition.features(),
                    services -> Samples.generateScaleDataset(services, composition.features(), seed));
            out.println("generate.seconds=" + (System.nanoTime() - start) / 1_000_000_000L);
            out.println("database.megabytes=" + Files.size(dataDirectory.databaseFile()) / (1024 * 1024));
            measureWindow(folder.resolve("benchmark-report.properties"), folder, List.of()).forEach(out::println);
            Path empty = folder.resolve("first-start");
            measureWindow(folder.resolve("first-start-report.properties"), empty,
                    List.of("-Dmarkaz.benchmark.firstStart=true"), "--sample").forEach(out::println);
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

    /**
     * The sample centre's creation as the program does it at a first start: in a new JVM started
     * with the program's own JVM options ({@link ProgramJvmOptions}), then {@code options}.
     */
    private String sampleCreationInAFreshJvm(List<String> options) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < SAMPLE_RUNS; run++) {
            millis.add(sampleCreationInOneFreshJvm(options));
        }
        Collections.sort(millis);
        return "sample.createMs=" + millis.get(SAMPLE_RUNS / 2) + " (median of " + SAMPLE_RUNS + " fresh JVMs; slowest "
                + millis.get(SAMPLE_RUNS - 1) + ")";
    }

    private long sampleCreationInOneFreshJvm(List<String> options) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ProgramJvmOptions.ofThisProgram());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.markaz.Launcher", "benchmark",
                "--sample-creation-only"));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!child.waitFor(12, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new MarkazException("cli.benchmark.timeout");
        }
        return output.lines().filter(line -> line.startsWith("sample.createMs=")).findFirst()
                .map(line -> Long.parseLong(line.substring("sample.createMs=".length()).strip()))
                .orElseThrow(() -> new MarkazException("cli.benchmark.noReport"));
    }

    /**
     * As {@link #sampleCreationInAFreshJvm}, from a class-data archive trained as the .deb's
     * installation makes it (ADR 0027): what a Linux centre's first start with {@code --sample}
     * takes. The per-user .msi makes its archive only when the window first closes, so its first
     * start is the measure above. {@code -Xshare:on}: a JVM that cannot use the archive stops
     * rather than being measured without it. Not measured from class folders (the tests, an IDE):
     * Java archives classes from jars only.
     */
    private String sampleCreationWithAClassArchive() throws Exception {
        if (ProgramJvmOptions.ofThisProgram().isEmpty()) {
            return "sample.createMsWithClassArchive=not measured: an archive is made of the program's jar, not of class folders";
        }
        Path folder = Files.createTempDirectory("markaz-benchmark-archive");
        try {
            Path archive = folder.resolve(ClassDataArchive.FILE);
            if (!ClassDataArchive.train(archive, List.of())) {
                return "sample.createMsWithClassArchive=not made";
            }
            return sampleCreationInAFreshJvm(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive))
                    .replace("sample.createMs=", "sample.createMsWithClassArchive=");
        } finally {
            FileTrees.delete(folder);
        }
    }

    /**
     * Creates the sample centre in an empty temporary folder, as the window's first start with
     * {@code --sample} does, and returns how long it took. It runs first, so the database code is
     * as cold as in a program just started. The log is opened before, as the program has opened
     * it (app.Startup logs) before it creates the sample centre.
     */
    private long sampleCentreCreationMillis() throws java.io.IOException {
        Path folder = Files.createTempDirectory("markaz-benchmark-sample");
        LoggerFactory.getLogger(BenchmarkCommand.class).info("Measuring the sample centre's creation");
        try {
            long start = System.nanoTime();
            OpenCentre.createSampleCentre(new DataDirectory(folder), composition.features(), ProgressListener.NONE);
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            FileTrees.delete(folder);
        }
    }

    /** Runs the window in a new JVM on {@code dataFolder} and returns the lines of its report, with their bars. */
    private List<String> measureWindow(Path report, Path dataFolder, List<String> jvmOptions, String... arguments)
            throws Exception {
        Process window = new ProcessBuilder(javaCommand(report, dataFolder, jvmOptions, arguments)).inheritIO().start();
        // every area, then the beds', cases' and aid's own measures on ten years: minutes, not seconds
        if (!window.waitFor(12, TimeUnit.MINUTES)) {
            window.destroyForcibly();
            throw new MarkazException("cli.benchmark.timeout");
        }
        if (!Files.exists(report)) {
            throw new MarkazException("cli.benchmark.noReport");
        }
        return Files.readAllLines(report).stream().map(BenchmarkCommand::withBar).toList();
    }

    /** {@code name=value}, and its bar if it has one: {@code sample.createMs=2140 [bar < 3000: met]}. */
    static String withBar(String line) {
        int equals = line.indexOf('=');
        Matcher number = LEADING_NUMBER.matcher(equals < 0 ? "" : line.substring(equals + 1));
        if (!number.find() || number.group(1).startsWith("-")) {
            return line; // no value, or not measured (-1)
        }
        long value = Long.parseLong(number.group(1));
        return BARS.stream().filter(bar -> line.startsWith(bar.lineStart())).findFirst()
                .map(bar -> line + " [bar " + bar.relation() + " " + bar.limit() + ": "
                        + (bar.isMetBy(value) ? "met" : "MISSED") + "]")
                .orElse(line);
    }

    private List<String> javaCommand(Path report, Path dataFolder, List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ProgramJvmOptions.ofThisProgram());
        command.add("-Xmx" + heap);
        command.add("-Xms" + heap); // the program starts with its whole 256 MB (ADR 0024); a smaller --heap must not conflict
        command.add("-Dmarkaz.benchmark.report=" + report);
        command.add("-Dmarkaz.benchmark.user=admin");
        command.add("-Dmarkaz.benchmark.password=markaz-demo");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.markaz.Launcher");
        command.add("--data-dir");
        command.add(dataFolder.toString());
        command.addAll(List.of(arguments));
        return command;
    }

}
