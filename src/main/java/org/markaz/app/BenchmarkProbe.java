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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.markaz.aid.AidReportService;
import org.markaz.aid.AidService;
import org.markaz.beds.BedUnit;
import org.markaz.beds.BedsService;
import org.markaz.beds.Booking;
import org.markaz.beds.BookingPurpose;
import org.markaz.beds.BookingRequest;
import org.markaz.beds.CalendarProbe;
import org.markaz.core.ValidationException;
import org.markaz.core.feature.AreaSpec;
import org.markaz.figures.FiguresService;
import org.markaz.register.RegisterService;
import org.markaz.core.security.Actor;
import org.markaz.core.staff.SignInResult;
import org.markaz.shared.ServiceType;

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
        lines.add(prefix + ".toStartingScreenMs=" + startingScreenMs
                + (startingScreenMs < 0 ? " (not drawn: the centre was open before its first frame)" : ""));
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
            // by id: an area may be a new AreaSpec each time the areas are listed (the audit log's is)
            Map<String, List<Long>> opens = new LinkedHashMap<>();
            Map<String, List<Long>> opensAfterAChange = new LinkedHashMap<>();
            for (int round = 1; round <= 1 + WARM_ROUNDS + ROUNDS_AFTER_A_CHANGE; round++) {
                boolean afterAChange = round > 1 + WARM_ROUNDS;
                for (AreaSpec area : areasEndingWithToday(actor)) {
                    {
                        if (afterAChange) {
                            markOneChild(actor, round % 2 == 0);
                        }
                        (afterAChange ? opensAfterAChange : opens).computeIfAbsent(area.id(), a -> new ArrayList<>())
                                .add(timeOpening(area));
                    }
                }
            }
            opens.forEach((area, times) -> {
                String name = "screen." + area;
                lines.add(name + ".firstMs=" + times.get(0));
                lines.add(name + ".againMs=" + medianAndSlowest(times.subList(1, times.size())));
                lines.add(name + ".afterAChangeMs=" + medianAndSlowest(opensAfterAChange.get(area)));
            });
            measureRegisterAndFigures(actor);
            measureAid(actor);
            measureBeds(actor);
            measureHqExport(actor);
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
                        ? org.markaz.register.Mark.present(arrivedAt(services.clock()))
                        : org.markaz.register.Mark.absent(org.markaz.register.AbsenceReason.ILL)));
    }

    /** 8:30, or now if the benchmark runs before then: the register refuses an arrival later than now. */
    private static java.time.LocalTime arrivedAt(java.time.Clock clock) {
        java.time.LocalTime now = java.time.LocalTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        java.time.LocalTime usual = java.time.LocalTime.of(8, 30);
        return now.isBefore(usual) ? now : usual;
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
                        org.markaz.register.Mark.present(arrivedAt(services.clock())));
                lines.add("register.markSave" + (round == 1 ? ".coldMs=" : ".warmMs=") + millisSince(start));
            }
            java.time.LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
            start = System.nanoTime();
            services.get(FiguresService.class).compute(actor, quarterStart, quarterStart.plusMonths(3).minusDays(1));
            lines.add("figures.quarter" + (round == 1 ? ".coldMs=" : ".warmMs=") + millisSince(start));
        }
    }

    /**
     * The aid's measures (issue 12): stock on hand for every item, the month's statement of last
     * month, and the aid history of the family with the newest hand-out, each cold and then warm.
     */
    private void measureAid(Actor actor) {
        var services = session.services();
        java.time.LocalDate today = java.time.LocalDate.now(services.clock());
        AidService aid = services.get(AidService.class);
        AidReportService reports = services.get(AidReportService.class);
        List<Long> families = aid.handouts(actor, today.minusMonths(3), today).stream().map(h -> h.familyId()).distinct()
                .limit(20).toList();
        Long family = families.isEmpty() ? null : families.get(0);
        putOnTheShelf(aid, today);
        for (int round = 1; round <= 2; round++) {
            String when = round == 1 ? ".coldMs=" : ".warmMs=";
            long start = System.nanoTime();
            int items = aid.stock(actor).size();
            lines.add("aid.stockOnHand" + when + millisSince(start) + " (items=" + items + ")");
            start = System.nanoTime();
            var statement = reports.monthStatement(actor, java.time.YearMonth.from(today).minusMonths(1));
            lines.add("aid.monthStatement" + when + millisSince(start) + " (hand-outs=" + statement.handouts().size() + ")");
            if (family != null) {
                start = System.nanoTime();
                int handouts = aid.familyHistory(actor, family).size();
                lines.add("aid.familyHistory" + when + millisSince(start) + " (hand-outs=" + handouts + ")");
                handOutOne(aid, actor, families, today, when);
            }
        }
    }

    /**
     * Ten years of hand-outs leave the scale dataset's shelves empty; a bakery's gift of parcels,
     * recorded as the director (a keeper of the stock), gives the hand-out something to take.
     */
    private void putOnTheShelf(AidService aid, java.time.LocalDate today) {
        char[] password = System.getProperty("markaz.benchmark.password", "markaz-demo").toCharArray();
        if (session.services().accounts().signIn("user1", password) instanceof SignInResult.SignedIn director) {
            aid.items(director.actor()).stream().filter(item -> !item.details().tracksExpiry()).findFirst().ifPresent(item ->
                    aid.recordDonationInKind(director.actor(), new org.markaz.aid.Donation(today, "Нонвойхонаи «Хуҷанд»",
                            item.id(), 50, new java.math.BigDecimal("500.00"), null)));
        }
    }

    /**
     * One unit of an item on the shelf handed to a family, as the hand-out form saves it: the first
     * family and item that pass no monthly limit (a limit passed writes nothing and is not timed).
     */
    private void handOutOne(AidService aid, Actor actor, List<Long> families, java.time.LocalDate today, String when) {
        String lastRefusal = "no family had a hand-out in the last three months";
        for (long family : families) {
            for (var level : aid.stock(actor)) {
                if (level.onHand() <= 0) {
                    continue;
                }
                long start = System.nanoTime();
                try {
                    var result = aid.handOut(actor, new org.markaz.aid.Handout(family, today, org.markaz.aid.HandoutReason.CRISIS,
                            null, null, null, "benchmark", true, List.of(new org.markaz.aid.Handout.Line(level.item().id(), 1))),
                            false);
                    if (result instanceof org.markaz.aid.HandoutResult.Saved) {
                        lines.add("aid.handoutSave" + when + millisSince(start));
                        return;
                    }
                    lastRefusal = "past the monthly limit";
                } catch (ValidationException refused) {
                    lastRefusal = refused.messageKey(); // this family or item is refused: the next
                }
            }
        }
        lines.add("aid.handoutSave" + when.replace("Ms=", "Skipped=") + lastRefusal);
    }

    /**
     * The bed calendar on the scale dataset: the quarter opened in the window (read and drawn), one
     * frame of scrolling it, a booking saved and a quarter's bed figures.
     */
    private void measureBeds(Actor actor) throws InterruptedException {
        Optional<AreaSpec> area = window.areasOf(actor).stream().filter(a -> a.id().equals("beds")).findFirst();
        if (area.isEmpty()) {
            return;
        }
        timeOpening(area.get());
        CompletableFuture<Optional<CalendarProbe>> found = new CompletableFuture<>();
        onFxThread(() -> found.complete(CalendarProbe.in(window.root())));
        CalendarProbe calendar = found.join().orElseThrow();
        List<Long> opens = new ArrayList<>();
        for (int round = 0; round < 1 + WARM_ROUNDS; round++) {
            onFxThread(calendar::showMonth);
            awaitIdle();
            long start = System.nanoTime();
            int[] before = new int[1];
            onFxThread(() -> before[0] = calendar.showQuarter());
            awaitIdle();
            while (true) {
                int[] now = new int[1];
                onFxThread(() -> now[0] = calendar.version());
                if (now[0] != before[0]) {
                    break;
                }
                Thread.sleep(1);
            }
            CompletableFuture<Void> laidOut = new CompletableFuture<>();
            onFxThread(() -> window.afterNextFrameLaidOut(() -> laidOut.complete(null)));
            laidOut.join();
            opens.add(millisSince(start));
        }
        String[] shown = new String[1];
        onFxThread(() -> shown[0] = calendar.shown());
        lines.add("beds.quarterOpen.firstMs=" + opens.get(0) + " (" + shown[0] + ")");
        lines.add("beds.quarterOpenMs=" + medianAndSlowest(opens.subList(1, opens.size())));
        List<List<Long>> frames = new ArrayList<>();
        onFxThread(() -> frames.add(calendar.scrollFrames(180)));
        List<Long> micros = frames.get(0).stream().sorted().toList();
        lines.add("beds.frameMs=" + micros.get(micros.size() / 2) / 1000.0 + " (median of " + micros.size()
                + " redraws scrolling a day; slowest " + micros.get(micros.size() - 1) / 1000.0 + ")");
        measureBookingAndFigures(actor);
    }

    /** Saving bookings of two nights for children of this quarter's bookings, and the quarter's bed figures. */
    private void measureBookingAndFigures(Actor actor) {
        BedsService beds = session.services().get(BedsService.class);
        java.time.LocalDate today = java.time.LocalDate.now(session.services().clock());
        java.time.LocalDate quarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        List<Long> children = beds.calendar(actor, today.minusDays(30), today, false).bookings().stream()
                .filter(b -> b.service() == ServiceType.RESIDENTIAL_RESPITE).map(Booking::childId).distinct().toList();
        List<Long> saves = new ArrayList<>();
        List<Long> freeBeds = new ArrayList<>();
        java.time.LocalDate first = today.plusDays(20);
        for (Long child : children) {
            if (saves.size() == 1 + WARM_ROUNDS) {
                break;
            }
            long asked = System.nanoTime();
            var bed = beds.firstFreeBed(actor, BedUnit.RESPITE, first, 2);
            freeBeds.add(millisSince(asked));
            if (bed.isEmpty()) {
                first = first.plusDays(3);
                continue;
            }
            long start = System.nanoTime();
            try {
                beds.book(actor, new BookingRequest(bed.get().id(), child, List.of(), null, ServiceType.RESIDENTIAL_RESPITE,
                        BookingPurpose.FAMILY_RESPITE, first, first.plusDays(1), null, false, null));
                saves.add(millisSince(start));
            } catch (ValidationException refused) {
                // this child is booked then, or too old by then: the next one
            }
        }
        if (!saves.isEmpty()) {
            lines.add("beds.bookingSave.firstMs=" + saves.get(0));
            lines.add("beds.bookingSaveMs=" + medianAndSlowest(saves.size() > 1 ? saves.subList(1, saves.size()) : saves));
        }
        if (freeBeds.size() > 1) {
            lines.add("beds.firstFreeBedMs=" + medianAndSlowest(freeBeds.subList(1, freeBeds.size())));
        }
        List<Long> figures = new ArrayList<>();
        for (int round = 0; round < 1 + WARM_ROUNDS; round++) {
            long start = System.nanoTime();
            beds.figures(actor, quarter, quarter.plusMonths(3).minusDays(1));
            figures.add(millisSince(start));
        }
        lines.add("beds.figuresQuarter.firstMs=" + figures.get(0));
        lines.add("beds.figuresQuarterMs=" + medianAndSlowest(figures.subList(1, figures.size())));
    }

    /**
     * The export for headquarters (issue 13): the indicator table of the last closed quarter as the
     * screen counts it, and the packages of that quarter and of last year saved to a folder.
     */
    private void measureHqExport(Actor actor) {
        var export = session.services().get(org.markaz.hqexport.HqExportService.class);
        java.time.LocalDate today = java.time.LocalDate.now(session.services().clock());
        var quarter = org.markaz.hqexport.ExportPeriod.quarter(today.getYear(), (today.getMonthValue() + 2) / 3).previous();
        List<Long> tables = new ArrayList<>();
        for (int round = 0; round < 1 + ROUNDS_AFTER_A_CHANGE; round++) {
            long start = System.nanoTime();
            export.table(actor, quarter);
            tables.add(millisSince(start));
        }
        lines.add("hq.quarterTable.firstMs=" + tables.get(0));
        lines.add("hq.quarterTableMs=" + medianAndSlowest(tables.subList(1, tables.size())));
        var year = org.markaz.hqexport.ExportPeriod.parse(Integer.toString(today.getYear() - 1));
        try {
            Path folder = Files.createTempDirectory("markaz-benchmark-hq");
            for (var period : List.of(quarter, year)) {
                long start = System.nanoTime();
                export.export(actor, org.markaz.hqexport.ExportRequest.of(period, folder).confirmed(),
                        org.markaz.core.ProgressListener.NONE);
                lines.add((period == year ? "hq.packageYearMs=" : "hq.packageQuarterMs=") + millisSince(start));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
