package org.markaz.core.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * feature's, in the order of the features (a share finds what the earlier ones left), in one
 * transaction: a cut or a broken file half-way leaves nothing half-made (docs/design.md §3.4, §5.1).
 */
public final class Samples {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Samples.class);

    /** Where the sample centre's creation stands, out of 100: the schema, then the shares, then saving. */
    private static final int SHARES_FROM = 35;
    private static final int SHARES_TO = 92;
    private static final int DONE = 100;

    private Samples() {
    }

    /** Writes the sample centre (sample-data/khujand/) into an open, empty centre, through the services. */
    public static void loadSampleCentre(Services services, List<Feature> features) {
        loadSampleCentre(services, features, new CoreSample(), ProgressListener.NONE);
    }

    /**
     * Creates the sample centre in a data folder that has no centre: a new database built beside
     * the folder's and put in place only when it is complete ({@link BuildAside}), so a failure
     * or a cut leaves the folder without a centre, as it was. The caller holds the folder's lock.
     * While Flyway makes the schema on this thread, a second one does what the shares will need
     * and the schema does not: any demo password's hash that staff.csv does not give
     * ({@link DemoPasswords}) and loading the query library. Tells {@code progress} what it is
     * doing, out of 100.
     */
    public static void createSampleCentre(DataDirectory dataDirectory, List<Feature> features, Clock clock,
                                          PasswordHasher hasher, ProgressListener progress) {
        progress.progress(0, DONE, "starting.sample.database");
        ExecutorService secondThread = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "markaz-sample-preparation");
            thread.setDaemon(true);
            return thread;
        });
        secondThread.execute(() -> DSL.using(SQLDialect.H2).render(DSL.insertInto(DSL.table("warm_up"), DSL.field("id"))
                .values(1).returning()));
        DemoPasswords passwords = DemoPasswords.startHashing(hasher, secondThread);
        secondThread.shutdown(); // once what it was given is done
        BuildAside.build(dataDirectory, "sample", false,
                (aside, database) -> Services.create(aside, database, clock, hasher, features),
                services -> {
                    loadSampleCentre(services, features, new CoreSample(passwords), (done, total, key) ->
                            progress.progress(SHARES_FROM + (SHARES_TO - SHARES_FROM) * done / total, DONE, key));
                    progress.progress(SHARES_TO, DONE, "starting.sample.saving");
                });
    }

    /** The shares in their order, telling {@code progress} after each how many of them are written. */
    private static void loadSampleCentre(Services services, List<Feature> features, CoreSample core,
                                         ProgressListener progress) {
        List<SampleShare> shares = new ArrayList<>();
        shares.add(core);
        features.forEach(feature -> shares.addAll(feature.sampleShares()));
        services.transactions().run(tx -> {
            SampleContext context = new SampleContext(services);
            progress.progress(0, shares.size(), "starting.sample.writing");
            for (int i = 0; i < shares.size(); i++) {
                long started = System.nanoTime();
                shares.get(i).load(context);
                // which share costs what: the sample's creation has a 3 s bar (docs/design.md §5.2)
                LOG.info("Sample share {} written in {} ms", shares.get(i).getClass().getSimpleName(),
                        (System.nanoTime() - started) / 1_000_000);
                progress.progress(i + 1, shares.size(), "starting.sample.writing");
            }
        });
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
