package org.markaz.app;

import java.io.InputStream;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.ui.FxTaskExecutor;
import org.markaz.core.ui.LocalPreferences;
import org.markaz.core.ui.TaskExecutor;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the window: data directory, lock, database, services, then the UI.
 * The centre is opened ({@link Startup}) on a thread of its own from the first moment, while
 * JavaFX starts; the window shows at once, with the starting screen, until it is open.
 */
public final class App extends Application {

    private static DataDirectory launchDirectory;
    private static Startup startup;

    private LocalPreferences preferences;
    private final TaskExecutor tasks = new FxTaskExecutor();

    /**
     * Opens the window on a data directory and returns when it closes; {@code sampleIfEmpty}
     * creates the sample centre first if the folder has none. The database opens on its own
     * thread while JavaFX starts, so the two waits overlap.
     */
    public static void launch(DataDirectory dataDirectory, boolean sampleIfEmpty) {
        launchDirectory = dataDirectory;
        startup = Startup.begin(dataDirectory, sampleIfEmpty, Clock.systemDefaultZone(), new PasswordHasher(),
                Features.all());
        // no third thread loading the query library beside these two: on two cores it took the
        // CPU from them, and the sign-in window came 0.1-0.2 s later with it than without
        Application.launch(App.class);
    }

    /** Off the JavaFX thread: this PC's preferences (a small file) and the fonts. */
    @Override
    public void init() {
        preferences = LocalPreferences.load(launchDirectory);
        loadFonts();
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
        startup.showIn(new MainWindow(stage, preferences, tasks), tasks, Platform::exit);
    }

    @Override
    public void stop() {
        tasks.close();
        startup.close();
    }
}
