package org.markaz;

import java.io.InputStream;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.markaz.core.CentreSession;
import org.markaz.core.MarkazException;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.DatabaseLock;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.ui.BenchmarkProbe;
import org.markaz.core.ui.LocalPreferences;
import org.markaz.core.ui.MainWindow;
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

    private DataDirectory dataDirectory;
    private LocalPreferences preferences;
    private DatabaseLock lock;
    private CentreSession session;
    private boolean centreIsSetUp;
    private MarkazException startFailure;
    private final TaskExecutor tasks = new TaskExecutor();

    /** Opens the window on a data directory and returns when it closes. */
    public static void launch(DataDirectory dataDirectory) {
        launchDirectory = dataDirectory;
        Application.launch(App.class);
    }

    @Override
    public void init() {
        dataDirectory = launchDirectory;
        Logger log = LoggerFactory.getLogger(App.class);
        preferences = LocalPreferences.load(dataDirectory);
        loadFonts();
        try {
            lock = DatabaseLock.acquire(dataDirectory);
            session = new CentreSession(dataDirectory, Clock.systemDefaultZone(), new PasswordHasher());
            centreIsSetUp = session.services().centres().isSetUp();
            log.info("Markaz started on {}", dataDirectory.root());
        } catch (MarkazException e) {
            startFailure = e;
        } catch (RuntimeException e) {
            log.error("Markaz could not open its database", e);
            startFailure = new MarkazException("error.cannotOpen", e, dataDirectory.root().toString());
        }
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
        if (startFailure != null) {
            Localization localization = new Localization(preferences.language());
            Alert alert = new Alert(Alert.AlertType.ERROR, localization.message(startFailure), ButtonType.OK);
            alert.setTitle(localization.text("app.title"));
            alert.setHeaderText(null);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        MainWindow window = new MainWindow(stage, session, preferences, tasks);
        BenchmarkProbe.attachIfRequested(window, session);
        window.showStart(centreIsSetUp);
    }

    @Override
    public void stop() {
        tasks.close();
        if (session != null) {
            session.close();
        }
        if (lock != null) {
            lock.close();
        }
    }
}
