package org.markaz.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.markaz.core.feature.AreaSpec;
import org.markaz.figures.FiguresService;
import org.markaz.register.RegisterService;
import org.markaz.core.security.Actor;
import org.markaz.core.staff.SignInResult;

/**
 * Measures the real window for the benchmark command: start-up to the starting screen and to the
 * sign-in screen, sign-in to the main window, the time each area takes to open with its data
 * shown, and the heap. Active only when the system property {@code markaz.benchmark.report} names
 * a report file. With {@code markaz.benchmark.firstStart} it measures a first start only (the
 * window started with {@code --sample} on an empty folder) and ends at the sign-in screen.
 * The benchmark command puts the bars beside the values it prints.
 */
public final class BenchmarkProbe {

    /** When the starting screen was first on screen, in ms since the JVM started; -1 until then. */
    private static volatile long startingScreenMs = -1;

    /** Opens after the first of each area: enough for a median that one slow frame does not move. */
    private static final int WARM_ROUNDS = 5;
    /** Opens after another screen wrote something, so the area must load its data again. */
    private static final int ROUNDS_AFTER_A_CHANGE = 3;

    private final MainWindow window;
    private final CentreSession session;
    private final Path report;
    private final List<String> lines = new ArrayList<>();

    private BenchmarkProbe(MainWindow window, CentreSession session, Path report) {
        this.window = window;
        this.session = session;
        this.report = report;
    }

    /** Notes when the starting screen's first frame is laid out (the window shows it before the centre is open). */
    static void startingScreenShown(MainWindow window) {
        if (System.getProperty("markaz.benchmark.report") != null) {
            window.afterNextFrameLaidOut(() -> startingScreenMs = millisSinceJvmStart());
        }
    }

    public static void attachIfRequested(MainWindow window, CentreSession session) {
        String report = System.getProperty("markaz.benchmark.report");
        if (report == null) {
            return;
        }
        BenchmarkProbe probe = new BenchmarkProbe(window, session, Path.of(report));
        window.setOnSignInShown(probe::signInShown);
    }

    private void signInShown() {
        window.setOnSignInShown(() -> { });
        long sinceJvmStart = millisSinceJvmStart();
        boolean firstStartOnly = Boolean.getBoolean("markaz.benchmark.firstStart");
        String prefix = firstStartOnly ? "firstStart" : "startup";
        lines.add(prefix + ".toStartingScreenMs=" + startingScreenMs);
        lines.add(prefix + ".toSignInWindowMs=" + sinceJvmStart);
        Thread thread = new Thread(firstStartOnly ? this::writeReportAndExit : this::measure, "markaz-benchmark");
        thread.setDaemon(true);
        thread.start();
    }

    private static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private void measure() {
        try {
            long start = System.nanoTime();
            SignInResult result = session.services().accounts().signIn(System.getProperty("markaz.benchmark.user", "admin"),
                    System.getProperty("markaz.benchmark.password", "markaz-demo").toCharArray());
            lines.add("signIn.passwordCheckMs=" + millisSince(start));
            Actor actor = ((SignInResult.SignedIn) result).actor();
            start = System.nanoTime();
            onFxThread(() -> window.signedIn(actor));
            awaitIdle();
            lines.add("signIn.toMainWindowMs=" + millisSince(start));
            while (!window.areasPrepared()) {
                Thread.sleep(10);
                onFxThread(() -> { });
            }
            awaitIdle();
            lines.add("signIn.toAllAreasPreparedMs=" + millisSince(start));
            Map<AreaSpec, List<Long>> opens = new LinkedHashMap<>();
            Map<AreaSpec, List<Long>> opensAfterAChange = new LinkedHashMap<>();
            for (int round = 1; round <= 1 + WARM_ROUNDS + ROUNDS_AFTER_A_CHANGE; round++) {
                boolean afterAChange = round > 1 + WARM_ROUNDS;
                for (AreaSpec area : areasEndingWithToday(actor)) {
                    {
                        if (afterAChange) {
                            markOneChild(actor, round % 2 == 0);
                        }
                        (afterAChange ? opensAfterAChange : opens).computeIfAbsent(area, a -> new ArrayList<>())
                                .add(timeOpening(area));
                    }
                }
            }
            opens.forEach((area, times) -> {
                String name = "screen." + area.id();
                lines.add(name + ".firstMs=" + times.get(0));
                lines.add(name + ".againMs=" + medianAndSlowest(times.subList(1, times.size())));
                lines.add(name + ".afterAChangeMs=" + medianAndSlowest(opensAfterAChange.get(area)));
            });
            measureRegisterAndFigures(actor);
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            lines.add("heap.usedAfterGcMb=" + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
            lines.add("heap.maxMb=" + runtime.maxMemory() / (1024 * 1024));
        } catch (RuntimeException | InterruptedException e) {
            lines.add("error=" + e);
        } finally {
            measureCases();
            writeReportAndExit();
        }
    }

    private void writeReportAndExit() {
        try {
            Files.write(report, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Platform.exit();
        }
    }

    /**
     * Opens an area as the user opens it (in the main window), then styles and lays it out as the
     * next frame would; the time until its data is on screen.
     */
    private long timeOpening(AreaSpec area) {
        long start = System.nanoTime();
        onFxThread(() -> window.showArea(area));
        awaitIdle();
        CompletableFuture<Void> laidOut = new CompletableFuture<>();
        onFxThread(() -> window.afterNextFrameLaidOut(() -> laidOut.complete(null)));
        laidOut.join();
        return millisSince(start);
    }

    private static String medianAndSlowest(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) + " (median of " + sorted.size() + "; slowest " + sorted.get(sorted.size() - 1) + ")";
    }

    /** A write, as another screen makes one: today's mark of the first child expected. */
    private void markOneChild(Actor actor, boolean present) {
        var services = session.services();
        java.time.LocalDate today = java.time.LocalDate.now(services.clock());
        services.get(RegisterService.class).day(actor, today).entries().stream().findFirst().ifPresent(entry ->
                services.get(RegisterService.class).mark(actor, entry.childId(), today, entry.unplanned(), present
                        ? org.markaz.register.Mark.present(java.time.LocalTime.of(8, 30))
                        : org.markaz.register.Mark.absent(org.markaz.register.AbsenceReason.ILL)));
    }

    /** The register's day load and one mark saved, and a quarter's figures, straight through the services. */
    private void measureRegisterAndFigures(Actor actor) {
        var services = session.services();
        java.time.LocalDate today = java.time.LocalDate.now(services.clock());
        for (int round = 1; round <= 2; round++) {
            long start = System.nanoTime();
            var sheet = services.get(RegisterService.class).day(actor, today);
            lines.add("register.dayLoad" + (round == 1 ? ".coldMs=" : ".warmMs=") + millisSince(start) + " (children="
                    + sheet.entries().size() + ")");
            if (!sheet.entries().isEmpty()) {
                var entry = sheet.entries().get(round - 1 < sheet.entries().size() ? round - 1 : 0);
                start = System.nanoTime();
                services.get(RegisterService.class).mark(actor, entry.childId(), today, entry.unplanned(),
                        org.markaz.register.Mark.present(java.time.LocalTime.of(8, 30)));
                lines.add("register.markSave" + (round == 1 ? ".coldMs=" : ".warmMs=") + millisSince(start));
            }
            java.time.LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
            start = System.nanoTime();
            services.get(FiguresService.class).compute(actor, quarterStart, quarterStart.plusMonths(3).minusDays(1));
            lines.add("figures.quarter" + (round == 1 ? ".coldMs=" : ".warmMs=") + millisSince(start));
        }
    }

    /**
     * The cases' measures (cases.CasesBenchmark) as the scale dataset's director ({@code user1})
     * and first key worker ({@code user2}), who share the demo password.
     */
    private void measureCases() {
        try {
            measureCasesAsTheirUsers();
        } catch (RuntimeException e) {
            lines.add("cases.error=" + e);
        }
    }

    private void measureCasesAsTheirUsers() {
        var accounts = session.services().accounts();
        char[] password = System.getProperty("markaz.benchmark.password", "markaz-demo").toCharArray();
        if (accounts.signIn("user1", password) instanceof SignInResult.SignedIn director
                && accounts.signIn("user2", password) instanceof SignInResult.SignedIn keyWorker) {
            org.markaz.cases.CasesBenchmark.measure(session.services(), director.actor(), keyWorker.actor(), lines::add);
        }
    }

    /** Today is open after signing in; it is measured last, so each step opens a different area. */
    private List<AreaSpec> areasEndingWithToday(Actor actor) {
        List<AreaSpec> areas = new ArrayList<>(window.areasOf(actor));
        areas.sort(java.util.Comparator.comparing(area -> area.id().equals("today")));
        return areas;
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    private static void onFxThread(Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.join();
    }

    /** Waits until background loads are done and their results are on screen. */
    private void awaitIdle() {
        do {
            Thread.onSpinWait();
            onFxThread(() -> { });
        } while (!window.tasks().isIdle());
        onFxThread(() -> { });
    }
}
