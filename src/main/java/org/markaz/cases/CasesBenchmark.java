package org.markaz.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.markaz.core.ProgressListener;
import org.markaz.core.feature.Services;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;

/**
 * The cases' measures for the benchmark command, on the scale dataset, through the services the
 * screens use: the caseloads screen's load for a key worker and for the director, opening a case
 * record (everything its tabs show), printing one care plan, and a review week's batch of 50 plans
 * in one PDF. Each is the median of {@value #RUNS} runs after as many warm-up runs.
 */
public final class CasesBenchmark {

    private static final int RUNS = 5;
    private static final int BATCH = 50;

    private CasesBenchmark() {
    }

    public static void measure(Services services, Actor director, Actor keyWorker, Consumer<String> lines) {
        CaseloadService caseloads = services.get(CaseloadService.class);
        CaseRecordService records = services.get(CaseRecordService.class);
        CarePlanService plans = services.get(CarePlanService.class);
        lines.accept("cases.caseloads.keyWorkerMs=" + median(() -> caseloads.openCases(keyWorker).size()
                + caseloads.caseloadLimit(keyWorker)) + " (cases=" + caseloads.openCases(keyWorker).size() + ")");
        List<CaseRow> open = caseloads.openCases(director);
        lines.accept("cases.caseloads.directorMs=" + median(() -> caseloads.openCases(director).size()
                + caseloads.keyWorkers(director).size() + caseloads.caseloadLimit(director)) + " (cases=" + open.size() + ")");
        List<Long> approved = new ArrayList<>();
        for (CaseRow row : open) {
            if (row.planStatus() == PlanStatus.APPROVED && approved.size() < BATCH) {
                plans.plans(director, row.id()).stream().filter(p -> p.status() == PlanStatus.APPROVED).findFirst()
                        .ifPresent(p -> approved.add(p.id()));
            }
        }
        if (approved.isEmpty()) {
            return;
        }
        long caseId = open.stream().filter(row -> row.planStatus() == PlanStatus.APPROVED).findFirst().orElseThrow().id();
        lines.accept("cases.caseRecordMs=" + median(() -> List.of(caseloads.details(director, caseId),
                records.assessment(director, caseId), plans.plans(director, caseId), records.notes(director, caseId, ""),
                records.fullChronology(director, caseId), caseloads.keyWorkers(director)).size()));
        Localization text = new Localization(director.language(), services.zone());
        String centre = services.centres().current(director).map(c -> c.name()).orElse("");
        lines.accept("cases.carePlanPrintMs=" + median(() -> print(List.of(plans.printable(director, approved.get(0))), centre, text)));
        lines.accept("cases.batchPrintMs=" + median(() -> print(approved.stream()
                .map(id -> plans.printable(director, id)).toList(), centre, text)) + " (plans=" + approved.size() + ")");
    }

    private static int print(List<PlanPrint> prints, String centre, Localization text) {
        try {
            CarePlanPdf.write(prints, centre, text, OutputStream.nullOutputStream(), ProgressListener.NONE);
            return prints.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long median(Supplier<Integer> work) {
        for (int i = 0; i < RUNS; i++) {
            work.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[RUNS / 2] / 1_000_000;
    }
}
