package org.markaz.hqexport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.markaz.core.ProgressListener;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Role;
import org.markaz.testsupport.ScaleDataset;
import org.markaz.testsupport.TestServices;

/**
 * How long a quarter's and a year's package take on the 10-year scale dataset (docs/design.md §5.2:
 * a quarter under 3 s), with the time per part. Not a test (no unit test times itself): run by hand
 * after {@code ./mvnw -B -o test-compile}, as FiguresExportBenchmark says (generating the dataset needs
 * more than 512 MB of heap: it ran out at -Xmx512m; the export itself streams its rows).
 */
public final class HqExportBenchmark {

    private HqExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        TestServices test = ScaleDataset.services();
        System.out.printf("scale.generateSeconds=%.1f%n", (System.nanoTime() - start) / 1e9);
        Actor director = new Actor(1L, "director", "Директор", Role.DIRECTOR, Language.TAJIK);
        HqExportService export = test.services().get(HqExportService.class);
        int year = java.time.LocalDate.now(test.clock()).getYear() - 1;
        for (String label : new String[] {year + "Q3", year + "Q4", Integer.toString(year)}) {
            ExportPeriod period = ExportPeriod.parse(label);
            long t = System.nanoTime();
            export.table(director, period);
            System.out.printf("hq.%s.tableMillis=%d%n", label, (System.nanoTime() - t) / 1_000_000);
            Path folder = Files.createTempDirectory("hq-benchmark");
            Map<String, Long> parts = new LinkedHashMap<>();
            long[] last = {System.nanoTime()};
            String[] step = {"start"};
            t = System.nanoTime();
            export.export(director, ExportRequest.of(period, folder).confirmed(), new ProgressListener() {
                @Override
                public void progress(long done, long total, String messageKey) {
                    long now = System.nanoTime();
                    parts.merge(step[0], (now - last[0]) / 1_000_000, Long::sum);
                    last[0] = now;
                    step[0] = messageKey;
                }
            });
            System.out.printf("hq.%s.packageMillis=%d size=%d parts=%s heapMB=%d%n", label, (System.nanoTime() - t) / 1_000_000,
                    Files.size(folder.resolve(export.fileName(period))), parts,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
        test.close();
    }
}
