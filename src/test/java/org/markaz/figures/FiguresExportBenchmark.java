package org.markaz.figures;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Role;
import org.markaz.testsupport.ScaleDataset;
import org.markaz.testsupport.TestServices;

/**
 * How long the figures of a quarter take to compute, print and save on the 10-year scale dataset
 * (docs/design.md §5.1), the JVM warm. Not a test (docs/design.md §4.3: no unit test times
 * itself) and not in the benchmark command (which another change is reshaping): run by hand
 * after {@code ./mvnw -B -o test-compile}:
 *
 * <pre>
 * ./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.markaz.figures.FiguresExportBenchmark
 * </pre>
 */
public final class FiguresExportBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 21;

    private FiguresExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        TestServices test = ScaleDataset.services();
        System.out.printf("scale.generateSeconds=%.1f%n", (System.nanoTime() - start) / 1e9);
        // the dataset's accounts have their own passwords; the services check the role, not a sign-in
        Actor director = new Actor(1L, "director", "Директор", Role.DIRECTOR, Language.TAJIK);
        LocalDate today = LocalDate.now(test.clock());
        LocalDate from = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        Localization tajik = new Localization(Language.TAJIK, test.services().zone());
        FiguresService figures = test.services().get(FiguresService.class);
        FiguresExportService exports = test.services().get(FiguresExportService.class);
        Figures quarter = figures.compute(director, from, today);
        FiguresText words = new FiguresText(quarter, tajik);
        System.out.println("quarter=" + from + ".." + today + " admissions=" + quarter.admissions() + " discharges="
                + quarter.discharges() + " marked=" + quarter.attendance().values().stream().mapToInt(Figures.Attendance::markedDays).sum());

        report("figures.compute", () -> figures.compute(director, from, today));
        report("figures.pdfRender", () -> FiguresPdf.write(words, "Маркази дастгирии оила ва кӯдак, Хуҷанд",
                "Омода шуд", new ByteArrayOutputStream()));
        report("figures.csvRender", () -> {
            var writer = new OutputStreamWriter(new ByteArrayOutputStream(), StandardCharsets.UTF_8);
            FiguresCsv.write(words, "Маркази дастгирии оила ва кӯдак, Хуҷанд", writer);
            writer.flush();
        });
        Path folder = Files.createTempDirectory("figures-benchmark");
        report("figures.pdfSaved", () -> exports.save(director, ExportFormat.PDF, from, today, tajik,
                folder.resolve("figures.pdf"), true));
        report("figures.csvSaved", () -> exports.save(director, ExportFormat.CSV, from, today, tajik,
                folder.resolve("figures.csv"), true));
        report("figures.yearPdfSaved", () -> exports.save(director, ExportFormat.PDF, today.minusYears(1), today, tajik,
                folder.resolve("year.pdf"), true));
        System.out.println("pdf.bytes=" + Files.size(folder.resolve("figures.pdf")));
        // the core's own 3-page reference printout, measured alongside: the machine's load shows in both
        System.out.println("pdf.referenceDocument.medianMs=" + org.markaz.core.pdf.PdfBenchmark.medianRenderMillis(RUNS));
        test.close();
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static void report(String name, Work work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%s.medianMs=%.1f %s.slowestMs=%.1f%n", name, nanos[RUNS / 2] / 1e6, name, nanos[RUNS - 1] / 1e6);
    }
}
