package org.markaz.core.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.markaz.core.ProgressListener;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.feature.Feature;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.feature.ScaleContext;
import org.markaz.core.feature.ScaleShare;
import org.markaz.core.feature.Services;
import org.markaz.core.security.PasswordHasher;

/**
 * The sample centre and the 10-year scale dataset, each made of the core's share and then every
 * feature's, in the order of the features (a share finds what the earlier ones left): a cut or a
 * broken file half-way leaves nothing half-made, by one transaction or by building the database
 * aside (docs/design.md §3.4, §5.1).
 */
public final class Samples {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Samples.class);

    /** Where the sample centre's creation stands, out of 100: the schema, then the shares, then saving. */
    private static final int SHARES_FROM = 35;
    private static final int SHARES_TO = 92;
    private static final int DONE = 100;

    private Samples() {
    }

    /**
     * Writes the sample centre (sample-data/khujand/) into an open, empty centre, through the
     * services, in one transaction: a failure half-way leaves nothing half-made.
     */
    public static void loadSampleCentre(Services services, List<Feature> features) {
        List<SampleShare> shares = shares(new CoreSample(), features);
        services.transactions().run(tx -> {
            SampleContext context = new SampleContext(services);
            shares.forEach(share -> write(share, context, () -> { }));
        });
    }

    /**
     * Creates the sample centre in a data folder that has no centre: a new database built beside
     * the folder's and put in place only when it is complete ({@link BuildAside}), so a failure
     * or a cut leaves the folder without a centre, as it was. The caller holds the folder's lock.
     * A second thread does what the shares will need and the schema does not while Flyway makes
     * the schema (any demo password's hash that staff.csv does not give, {@link DemoPasswords},
     * and loading the query library), then writes the shares that may be written beside others
     * ({@link SampleShare#readsOnlyUpTo}). Tells {@code progress} what it is doing, out of 100.
     */
    public static void createSampleCentre(DataDirectory dataDirectory, List<Feature> features, Clock clock,
                                          PasswordHasher hasher, ProgressListener progress) {
        progress.progress(0, DONE, "starting.sample.database");
        ExecutorService secondThread = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "markaz-sample-second");
            thread.setDaemon(true);
            return thread;
        });
        try {
            secondThread.execute(Samples::loadTheQueryLibrary);
            DemoPasswords passwords = DemoPasswords.startHashing(hasher, secondThread);
            BuildAside.build(dataDirectory, "sample", false,
                    (aside, database) -> Services.create(aside, database, clock, hasher, features),
                    services -> {
                        writeBesideWherePossible(services, shares(new CoreSample(passwords), features), secondThread,
                                (done, total, key) -> progress.progress(SHARES_FROM + (SHARES_TO - SHARES_FROM) * done / total,
                                        DONE, key));
                        progress.progress(SHARES_TO, DONE, "starting.sample.saving");
                    });
        } finally {
            secondThread.shutdownNow();
        }
    }

    /** The query library's classes, loaded while the main thread opens the database: rendering loads most of them. */
    private static void loadTheQueryLibrary() {
        // by name, not plain SQL: plain SQL would load the SQL parser, which no query of the program needs
        DSL.using(SQLDialect.H2).render(DSL.insertInto(DSL.table(DSL.name("warm_up")), DSL.field(DSL.name("id"))).values(1).returning());
    }

    /** The core's share, then every feature's, in the order of the features. */
    private static List<SampleShare> shares(CoreSample core, List<Feature> features) {
        List<SampleShare> shares = new ArrayList<>();
        shares.add(core);
        features.forEach(feature -> shares.addAll(feature.sampleShares()));
        return shares;
    }

    /**
     * Writes the shares in their order, in one transaction up to each share that another may be
     * written beside ({@link SampleShare#readsOnlyUpTo}); once that one is committed, the other is
     * written on {@code secondThread}, in its own transaction, while the ones after continue here.
     * Only for a database built aside: a failure leaves earlier transactions committed there.
     */
    private static void writeBesideWherePossible(Services services, List<SampleShare> shares, ExecutorService secondThread,
                                                 ProgressListener progress) {
        SampleContext context = new SampleContext(services);
        Map<Class<?>, List<SampleShare>> besideAfter = besideAfter(shares);
        Set<SampleShare> beside = new HashSet<>();
        besideAfter.values().forEach(beside::addAll);
        SharesWritten written = new SharesWritten(shares.size(), progress);
        List<Future<?>> started = new ArrayList<>();
        try {
            int next = 0;
            while (next < shares.size()) {
                int from = next;
                next = services.transactions().result(tx -> {
                    for (int i = from; i < shares.size(); i++) {
                        SampleShare share = shares.get(i);
                        if (!beside.contains(share)) {
                            write(share, context, written::one);
                            if (besideAfter.containsKey(share.getClass())) {
                                return i + 1; // committed now, for the shares written beside the ones after
                            }
                        }
                    }
                    return shares.size();
                });
                besideAfter.getOrDefault(shares.get(next - 1).getClass(), List.of()).forEach(share -> started.add(
                        secondThread.submit(() -> services.transactions().run(tx -> write(share, context, written::one)))));
            }
        } catch (RuntimeException failure) {
            // the shares beside end before the database built aside is closed; this failure is the one to tell
            waitFor(started, false);
            throw failure;
        }
        waitFor(started, true);
    }

    /** The shares that may be written beside others, by the class of the share they follow (one listed before them). */
    private static Map<Class<?>, List<SampleShare>> besideAfter(List<SampleShare> shares) {
        Map<Class<?>, List<SampleShare>> besideAfter = new HashMap<>();
        Set<Class<?>> before = new HashSet<>();
        for (SampleShare share : shares) {
            Class<? extends SampleShare> follows = share.readsOnlyUpTo();
            if (follows != null && before.contains(follows)) {
                besideAfter.computeIfAbsent(follows, key -> new ArrayList<>()).add(share);
            }
            before.add(share.getClass());
        }
        return besideAfter;
    }

    /** Waits for the shares written beside; if {@code tell}, throws the failure of one that failed. */
    private static void waitFor(List<Future<?>> started, boolean tell) {
        RuntimeException failure = null;
        for (Future<?> share : started) {
            try {
                share.get();
            } catch (ExecutionException e) {
                failure = e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("Interrupted while a sample share was written", e);
            }
        }
        if (failure != null && tell) {
            throw failure;
        }
    }

    private static void write(SampleShare share, SampleContext context, Runnable written) {
        long started = System.nanoTime();
        share.load(context);
        // which share costs what: the sample's creation has a 3 s bar (docs/design.md §5.2)
        LOG.info("Sample share {} written in {} ms", share.getClass().getSimpleName(), (System.nanoTime() - started) / 1_000_000);
        written.run();
    }

    /** Counts the shares written, on either thread, and tells the progress listener, only ever forward. */
    private static final class SharesWritten {
        private final int total;
        private final ProgressListener progress;
        private int done;

        SharesWritten(int total, ProgressListener progress) {
            this.total = total;
            this.progress = progress;
            progress.progress(0, total, "starting.sample.writing");
        }

        synchronized void one() {
            done++;
            progress.progress(done, total, "starting.sample.writing");
        }
    }

    /** Fills an empty, migrated database with the scale dataset; returns the rows written per table. */
    public static Map<String, Integer> generateScaleDataset(Services services, List<Feature> features, long seed) {
        return services.transactions().result(tx -> {
            ScaleContext context = new ScaleContext(services, tx, seed);
            Map<String, Integer> written = new LinkedHashMap<>(new CoreScale().generate(context));
            for (Feature feature : features) {
                for (ScaleShare share : feature.scaleShares()) {
                    long start = System.nanoTime();
                    written.putAll(share.generate(context));
                    LOG.info("Scale share {} written in {} ms", share.getClass().getSimpleName(),
                            (System.nanoTime() - start) / 1_000_000);
                }
            }
            return written;
        });
    }
}
