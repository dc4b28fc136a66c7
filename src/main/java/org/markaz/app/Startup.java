package org.markaz.app;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.markaz.core.MarkazException;
import org.markaz.core.ProgressListener;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.DatabaseLock;
import org.markaz.core.db.IntegrityCheck;
import org.markaz.core.demo.Samples;
import org.markaz.core.feature.Feature;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening the window's centre, on a thread of its own from the moment the program starts, while
 * JavaFX starts and the window shows the starting screen (the JavaFX thread only draws,
 * docs/design.md §3.7). In order: the data folder's lock; the sample centre, when it was asked for
 * and the folder has no centre; the database (what a cut left half done finished or undone, a new
 * one created, an older one migrated); the services; the integrity check.
 */
public final class Startup {

    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

    /** What opening found: the folder's lock and the open centre, checked. */
    record Opened(DatabaseLock lock, CentreSession session, boolean centreIsSetUp, IntegrityCheck.Result integrity) {
        void close() {
            try {
                session.close();
            } finally {
                lock.close();
            }
        }
    }

    /**
     * How long the sample centre waits for the window to show its starting screen. Creating it
     * keeps both cores busy (the schema on one, the demo passwords' hash on the other), and begun
     * at once it held the window back by seconds; the window comes first, then the work.
     */
    private static final long WINDOW_WAIT_SECONDS = 5;

    private final DataDirectory dataDirectory;
    private final Relay progress = new Relay();
    private final CountDownLatch windowShown = new CountDownLatch(1);
    private CompletableFuture<Opened> opening;

    private Startup(DataDirectory dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts opening the centre in {@code dataDirectory} at once, before there is a window;
     * {@code sampleIfEmpty} creates the sample centre first if the folder has none.
     */
    public static Startup begin(DataDirectory dataDirectory, boolean sampleIfEmpty, Clock clock, PasswordHasher hasher,
                                List<Feature> features) {
        Startup startup = new Startup(dataDirectory);
        startup.opening = CompletableFuture.supplyAsync(() -> startup.open(sampleIfEmpty, clock, hasher, features),
                work -> {
                    Thread thread = new Thread(work, "markaz-open-database");
                    thread.setDaemon(true);
                    thread.start();
                });
        return startup;
    }

    /**
     * Shows the starting screen in the window now, then, once the centre is open, sign-in (or
     * the first-start setup, or the repair screen); if opening failed, why, on the starting
     * screen. {@code exit} ends the program. Call on the JavaFX thread.
     */
    public void showIn(MainWindow window, TaskExecutor tasks, Runnable exit) {
        StartingViewModel starting = window.showStarting(exit);
        BenchmarkProbe.startingScreenShown(window);
        window.afterNextFrameLaidOut(windowShown::countDown);
        progress.forwardTo(starting);
        opening.whenComplete((opened, failure) -> tasks.onUiThread(() -> {
            if (failure != null) {
                starting.failed(describe(failure, starting.localization()));
                return;
            }
            BenchmarkProbe.attachIfRequested(window, opened.session());
            window.showOpened(opened.session(), opened.integrity(), opened.centreIsSetUp());
        }));
    }

    /** Closes the centre and releases the folder: now, or when opening ends if it has not yet. */
    public void close() {
        opening.thenAccept(Opened::close);
    }

    private Opened open(boolean sampleIfEmpty, Clock clock, PasswordHasher hasher, List<Feature> features) {
        long start = System.nanoTime();
        DatabaseLock lock = DatabaseLock.acquire(dataDirectory);
        CentreSession session = null;
        try {
            boolean sample = sampleIfEmpty && !dataDirectory.hasDatabase();
            if (sample) {
                progress.progress(0, 100, "starting.sample.database");
                createSampleCentre(clock, hasher, features);
            }
            progress.progress(sample ? 94 : -1, sample ? 100 : -1, "starting.opening");
            session = new CentreSession(dataDirectory, clock, hasher, features);
            progress.progress(sample ? 97 : -1, sample ? 100 : -1, "starting.checking");
            IntegrityCheck.Result integrity = IntegrityCheck.quick(session.services().database().dataSource());
            boolean setUp = integrity.ok() && session.services().centres().isSetUp();
            LOG.info("Markaz started on {}; database opened and checked in {} ms", dataDirectory.root(), millisSince(start));
            if (!integrity.ok()) {
                LOG.error("The database is damaged: {}", integrity.problems());
            }
            return new Opened(lock, session, setUp, integrity);
        } catch (RuntimeException e) {
            if (session != null) {
                session.close();
            }
            lock.close();
            if (e instanceof MarkazException) {
                throw e;
            }
            LOG.error("Markaz could not open its database", e);
            throw new MarkazException("error.cannotOpen", e, dataDirectory.root().toString());
        }
    }

    /** Whatever goes wrong, the folder is left without a centre, as it was, and the screen says so. */
    private void createSampleCentre(Clock clock, PasswordHasher hasher, List<Feature> features) {
        try {
            if (!windowShown.await(WINDOW_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("The starting screen did not show within {} s; the sample centre is created meanwhile", WINDOW_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long start = System.nanoTime();
        try {
            Samples.createSampleCentre(dataDirectory, features, clock, hasher, progress);
            LOG.info("The sample centre was created in {} ms", millisSince(start));
        } catch (RuntimeException e) {
            LOG.error("The sample centre could not be created", e);
            throw new MarkazException("starting.sample.failed", e, dataDirectory.root().toString(),
                    dataDirectory.logs().resolve("markaz.log").toString());
        }
    }

    private static String describe(Throwable failure, Localization localization) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof MarkazException refusal) {
            return localization.message(refusal);
        }
        LOG.error("Markaz could not start", cause);
        return localization.text("error.unexpected");
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    /**
     * Keeps what opening last said until the starting screen exists (opening starts before
     * JavaFX does), then passes everything on to it.
     */
    private static final class Relay implements ProgressListener {
        private ProgressListener target;
        private long done;
        private long total;
        private String messageKey;

        @Override
        public synchronized void progress(long done, long total, String messageKey) {
            this.done = done;
            this.total = total;
            this.messageKey = messageKey;
            if (target != null) {
                target.progress(done, total, messageKey);
            }
        }

        synchronized void forwardTo(ProgressListener target) {
            this.target = target;
            if (messageKey != null) {
                target.progress(done, total, messageKey);
            }
        }
    }
}
