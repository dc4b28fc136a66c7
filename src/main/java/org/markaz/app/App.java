package org.markaz.app;

import java.io.InputStream;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.markaz.core.MarkazException;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.IntegrityCheck;
import org.markaz.core.db.DatabaseLock;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.ui.LocalPreferences;
import org.markaz.core.ui.FxTaskExecutor;
import org.markaz.core.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the window: data directory, lock, database, services, then the UI.
 * Everything that touches files or the database at start-up happens in {@link #init()}, off the
 * JavaFX thread.
 */
public final class App extends Application {

    private static DataDirectory launchDirectory;
    private static CompletableFuture<Opened> opening;

    private DataDirectory dataDirectory;
    private LocalPreferences preferences;
    private Opened opened;
    private final TaskExecutor tasks = new FxTaskExecutor();

    /** What start-up found: the lock and database, or why they could not be had. */
    private record Opened(DatabaseLock lock, CentreSession session, boolean centreIsSetUp, IntegrityCheck.Result integrity,
                          MarkazException failure) {
    }

    /**
     * Opens the window on a data directory and returns when it closes. The database opens on its
     * own thread while JavaFX starts, so the two waits overlap.
     */
    public static void launch(DataDirectory dataDirectory) {
        launchDirectory = dataDirectory;
        opening = CompletableFuture.supplyAsync(() -> open(dataDirectory), runnable -> {
            Thread thread = new Thread(runnable, "markaz-open-database");
            thread.setDaemon(true);
            thread.start();
        });
        warmUpQueryLibrary();
        Application.launch(App.class);
    }

    /** jOOQ takes most of a second to load its classes; do it on a third thread rather than in line. */
    private static void warmUpQueryLibrary() {
        Thread thread = new Thread(() -> DSL.using(SQLDialect.H2).render(DSL.selectOne()), "markaz-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static Opened open(DataDirectory dataDirectory) {
        Logger log = LoggerFactory.getLogger(App.class);
        long start = System.nanoTime();
        DatabaseLock lock = null;
        try {
            lock = DatabaseLock.acquire(dataDirectory);
            CentreSession session = new CentreSession(dataDirectory, Clock.systemDefaultZone(), new PasswordHasher(),
                    Features.all());
            IntegrityCheck.Result integrity = IntegrityCheck.run(session.services().database().dataSource());
            boolean setUp = integrity.ok() && session.services().centres().isSetUp();
            log.info("Markaz started on {}; database opened and checked in {} ms", dataDirectory.root(),
                    (System.nanoTime() - start) / 1_000_000);
            if (!integrity.ok()) {
                log.error("The database is damaged: {}", integrity.problems());
            }
            return new Opened(lock, session, setUp, integrity, null);
        } catch (MarkazException e) {
            if (lock != null) {
                lock.close();
            }
            return new Opened(null, null, false, null, e);
        } catch (RuntimeException e) {
            log.error("Markaz could not open its database", e);
            if (lock != null) {
                lock.close();
            }
            return new Opened(null, null, false, null,
                    new MarkazException("error.cannotOpen", e, dataDirectory.root().toString()));
        }
    }

    @Override
    public void init() {
        dataDirectory = launchDirectory;
        preferences = LocalPreferences.load(dataDirectory);
        loadFonts();
        opened = opening.join();
    }

    /** DejaVu Sans has every Tajik letter on every system; the stylesheet names it. */
    private static void loadFonts() {
        for (String face : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
            try (InputStream in = App.class.getResourceAsStream("/org/markaz/fonts/" + face)) {
                Font.loadFont(in, 13);
            } catch (java.io.IOException e) {
                LoggerFactory.getLogger(App.class).warn("Font {} not loaded", face, e);
            }
        }
    }

    @Override
    public void start(Stage stage) {
        MarkazException startFailure = opened.failure();
        if (startFailure != null) {
            Localization localization = new Localization(preferences.language());
            Alert alert = new Alert(Alert.AlertType.ERROR, localization.message(startFailure), ButtonType.OK);
            alert.setTitle(localization.text("app.title"));
            alert.setHeaderText(null);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        MainWindow window = new MainWindow(stage, opened.session(), preferences, tasks);
        BenchmarkProbe.attachIfRequested(window, opened.session());
        if (!opened.integrity().ok()) {
            window.showRepair(opened.integrity());
            return;
        }
        window.showStart(opened.centreIsSetUp());
        window.tell(opened.session().services().database().notices());
    }

    @Override
    public void stop() {
        tasks.close();
        if (opened != null && opened.session() != null) {
            opened.session().close();
        }
        if (opened != null && opened.lock() != null) {
            opened.lock().close();
        }
    }
}
