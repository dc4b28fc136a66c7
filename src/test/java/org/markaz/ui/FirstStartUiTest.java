package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.app.Features;
import org.markaz.app.MainWindow;
import org.markaz.app.Startup;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.DatabaseLock;
import org.markaz.core.feature.Feature;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.feature.Services;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.ui.FxTaskExecutor;
import org.markaz.core.ui.LocalPreferences;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's real start ({@link Startup}, as {@code --sample} runs it) on an empty data folder:
 * the starting screen shows at once with what is being done and a progress bar while the sample
 * centre is created off the JavaFX thread, then sign-in; a failure says so on that screen and
 * leaves the folder without a centre.
 */
class FirstStartUiTest extends UiTestSupport {

    private static final long WAIT_SECONDS = 60;

    private final CountDownLatch lastShareMayFinish = new CountDownLatch(1);
    private final AtomicBoolean exited = new AtomicBoolean();
    private Startup startup;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Files.writeString(dataDir.resolve("markaz.properties"), "language=en\n");
        stage.setX(0);
        stage.setY(0);
    }

    /** Runs before UiTestSupport's own: the window lets go of the centre before it closes. */
    @AfterEach
    void closeTheStartup() {
        lastShareMayFinish.countDown();
        waitUntilIdle();
        interact(() -> stage.setScene(new Scene(new StackPane())));
        if (startup != null) {
            startup.close();
        }
    }

    @Test
    void theStartingScreenShowsTheSampleCentreBeingCreatedThenSignInOpensIt() {
        startWithTheSample(share(context -> awaitQuietly(lastShareMayFinish)));

        waitFor(() -> isShown("#startingProgress")
                && english.text("starting.sample.writing").equals(textOf("#startingMessage")));
        assertEquals(english.text("starting.title"), textOf(".page-title"));
        double progress = lookup("#startingProgress").queryAs(ProgressBar.class).getProgress();
        assertTrue(progress > 0.3 && progress < 1, "the bar shows how far it has come: " + progress);
        assertFalse(isShown("#startingClose"));
        assertFalse(new DataDirectory(dataDir).hasDatabase(), "the centre is built aside until it is complete");

        lastShareMayFinish.countDown();
        waitFor(() -> isShown("#signIn"));
        assertEquals("Маркази дастгирии оила ва кӯдак, Хуҷанд", textOf(".page-title"));
        signIn("admin", DEMO_PASSWORD);
        assertTrue(isShown("#nav-today"));
        assertTrue(textOf("#statusSignedIn").contains("Мадина Раҳимова"), textOf("#statusSignedIn"));
    }

    @Test
    void aSampleCentreThatCannotBeWrittenIsSaidOnTheStartingScreenAndLeavesNoCentre() throws IOException {
        startWithTheSample(share(context -> {
            throw new IllegalStateException("injected: the disk is full");
        }));

        waitFor(() -> isShown("#startingFailure"));
        DataDirectory directory = new DataDirectory(dataDir);
        assertEquals(english.text("starting.sample.failed", dataDir.toString(),
                directory.logs().resolve("markaz.log").toString()), textOf("#startingFailure"));
        assertFalse(isShown("#startingProgress"));
        assertFalse(directory.hasDatabase());
        try (Stream<Path> left = Files.list(dataDir)) {
            assertEquals(List.of(), left.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("db")).toList(), "no database, whole or half-built");
        }
        try (DatabaseLock released = DatabaseLock.acquire(directory)) {
            assertTrue(released != null, "the folder is not held after the failure");
        }

        clickOn("#startingClose");
        assertTrue(exited.get());
    }

    @Test
    void aFolderThatAnotherCopyHoldsIsSaidOnTheStartingScreen() {
        try (DatabaseLock held = DatabaseLock.acquire(new DataDirectory(dataDir))) {
            startWithTheSample(List.of());

            waitFor(() -> isShown("#startingFailure"));
            assertEquals(english.text("error.alreadyOpen", dataDir.toString()), textOf("#startingFailure"));
            assertTrue(isShown("#startingClose"));
        }
    }

    /** Starts as {@code --sample} does, with the app's features and then {@code extra}. */
    private void startWithTheSample(List<Feature> extra) {
        List<Feature> features = new ArrayList<>(Features.all());
        features.addAll(extra);
        tasks = new FxTaskExecutor();
        startup = Startup.begin(new DataDirectory(dataDir), true, clock, new PasswordHasher(1_000), features);
        interact(() -> {
            window = new MainWindow(stage, LocalPreferences.load(new DataDirectory(dataDir)), tasks);
            startup.showIn(window, tasks, () -> exited.set(true));
        });
    }

    /** A feature that adds one more share to the sample centre, after every real one. */
    private static List<Feature> share(SampleShare share) {
        return List.of(new Feature() {
            @Override
            public void addServices(Services services) {
            }

            @Override
            public List<SampleShare> sampleShares() {
                return List.of(share);
            }
        });
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Not shown within " + WAIT_SECONDS + " s", e);
        }
        waitUntilIdle();
    }
}
