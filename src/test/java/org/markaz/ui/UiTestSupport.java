package org.markaz.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.testfx.service.query.NodeQuery;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.app.CentreSession;
import org.markaz.children.ChildrenFeature;
import org.markaz.core.demo.Samples;
import org.markaz.core.feature.Services;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.staff.SignInResult;
import org.markaz.core.ui.LocalPreferences;
import org.markaz.app.MainWindow;
import org.markaz.core.ui.TaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real main window on a fresh data directory (English on the sign-in screen) and
 * waits for its background work, so UI tests can type, click and read like a user.
 * Subclasses call {@link #startWindow} from their {@code @Start} method.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class UiTestSupport extends FxRobot {

    static {
        // The mouse jumps in three steps instead of 200: the screens are tested, not the glide.
        if (System.getProperty("testfx.robot.move_max_count") == null) {
            System.setProperty("testfx.robot.move_max_count", "3");
        }
        // starting a window waits for the JavaFX thread, which a busy machine (two test JVMs) slows down
        if (System.getProperty("testfx.setup.timeout") == null) {
            System.setProperty("testfx.setup.timeout", "120000");
        }
    }

    public static final String DEMO_PASSWORD = "markaz-demo";
    private static final long IDLE_TIMEOUT_SECONDS = 60; // generous: a loaded machine is slow, not wrong

    @TempDir
    protected Path dataDir;

    /** UI tests run on a fixed clock: none fails at midnight, and "today" is the same day in every run. */
    protected final org.markaz.testsupport.TestServices.MovableClock clock = org.markaz.testsupport.TestServices.fixedClock();
    protected CentreSession session;
    protected TaskExecutor tasks;
    protected MainWindow window;
    protected Stage stage;

    {
        QuickRobotContext.install(this);
    }

    /** The sign-in and setup screens speak English: markaz.properties says so. */
    protected final Localization english = new Localization(Language.ENGLISH);

    protected void startWindow(Stage stage, boolean withSampleCentre) {
        startWindow(stage, withSampleCentre ? List.of(new ChildrenFeature()) : null);
    }

    /** On the whole sample centre, every feature's share: for a test that looks at every area with its records. */
    protected void startWindowOnTheWholeSample(Stage stage) {
        startWindow(stage, org.markaz.app.Features.all());
    }

    /** {@code sampleFeatures}: the features whose sample shares are written; null for an empty database. */
    private void startWindow(Stage stage, List<org.markaz.core.feature.Feature> sampleFeatures) {
        this.stage = stage;
        try {
            Files.writeString(dataDir.resolve("markaz.properties"), "language=en\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty(org.markaz.core.ui.ShellView.PREPARE_PROPERTY, Boolean.toString(preparesEveryArea()));
        DataDirectory directory = new DataDirectory(dataDir);
        copyTemplate(sampleFeatures, directory);
        session = new CentreSession(directory, clock, new PasswordHasher(1_000),
                org.markaz.app.Features.all());
        tasks = new org.markaz.core.ui.FxTaskExecutor();
        window = new MainWindow(stage, session, LocalPreferences.load(directory), tasks);
        window.showStart(session.services().centres().isSetUp());
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    /**
     * Whether the shell builds every area in the background after signing in, as it does for
     * users: only the shell's own tests need it; the others save building all ten areas per test.
     */
    protected boolean preparesEveryArea() {
        return false;
    }

    /** The migrated databases UI tests start from (empty, with the sample's families, or the whole sample), made once per JVM. */
    private static final java.util.Map<String, Path> TEMPLATES = new java.util.HashMap<>();

    /**
     * Puts a migrated database (with the sample shares of {@code sampleFeatures}, if any) in the
     * test's data folder: made once per test JVM on the tests' clock and copied, rather than
     * Flyway and the sample for every test.
     */
    private void copyTemplate(List<org.markaz.core.feature.Feature> sampleFeatures, DataDirectory directory) {
        try {
            Path template;
            String key = sampleFeatures == null ? "empty"
                    : sampleFeatures.stream().map(f -> f.getClass().getSimpleName()).toList().toString();
            synchronized (TEMPLATES) {
                template = TEMPLATES.get(key);
                if (template == null) {
                    template = Files.createTempDirectory("markaz-ui-template");
                    try (CentreSession maker = new CentreSession(new DataDirectory(template), org.markaz.testsupport.TestServices.fixedClock(),
                            new PasswordHasher(1_000), org.markaz.app.Features.all())) {
                        if (sampleFeatures != null) {
                            Samples.loadSampleCentre(maker.services(), sampleFeatures);
                        }
                    }
                    TEMPLATES.put(key, template);
                    Path made = template;
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> org.markaz.core.FileTrees.delete(made)));
                }
            }
            Files.createDirectories(directory.databaseFolder());
            Files.copy(new DataDirectory(template).databaseFile(), directory.databaseFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void waitForTheFirstScreen() {
        waitUntilIdle();
    }

    @AfterEach
    void closeTheCentre() {
        try {
            waitUntilIdle();
        } finally {
            closeDialogs();
            // the next test gets the same stage: the shell is taken off it before its centre closes
            interact(() -> stage.setScene(new Scene(new StackPane())));
            if (tasks != null) {
                tasks.close();
            }
            if (session != null) {
                session.close();
            }
        }
    }

    /**
     * Finds only what is on screen: the shell keeps the areas already opened, hidden, and their
     * fields share ids ("message", "from", ...), so a user can only mean the one shown.
     */
    @Override
    public NodeQuery lookup(String query) {
        return super.lookup(query).match(UiTestSupport::isTreeVisible);
    }

    /** Today, on the tests' clock. */
    protected java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    protected Services services() {
        return session.services();
    }

    /** Waits until no background work runs or waits and the JavaFX thread has handled its results. */
    protected void waitUntilIdle() {
        waitUntilIdle(tasks);
    }

    public static void waitUntilIdle(TaskExecutor tasks) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(IDLE_TIMEOUT_SECONDS);
        int quietRounds = 0;
        while (quietRounds < 3) {
            QuickRobotContext.settle();
            if (tasks == null || tasks.isIdle()) {
                quietRounds++;
            } else {
                quietRounds = 0;
                WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Background work did not finish within " + IDLE_TIMEOUT_SECONDS + " s");
            }
        }
    }

    /** Runs on the JavaFX thread and lets it settle twice ({@link QuickRobotContext#settle}), not five times. */
    @Override
    public FxRobot interact(Runnable runnable) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(runnable));
        QuickRobotContext.settle();
        return this;
    }

    @Override
    public <T> FxRobot interact(java.util.concurrent.Callable<T> callable) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(callable));
        QuickRobotContext.settle();
        return this;
    }

    /**
     * Types into whatever has the keyboard focus, as key-typed events like the keyboard sends,
     * but in one go: TestFX's robot waits for the JavaFX thread after every single character.
     */
    @Override
    public FxRobot write(String text) {
        interact(() -> {
            Node target = stage.getScene().getFocusOwner();
            if (target == null) {
                throw new AssertionError("Nothing has the keyboard focus to type \"" + text + "\" into");
            }
            for (int i = 0; i < text.length(); i++) {
                String character = String.valueOf(text.charAt(i));
                javafx.event.Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
        });
        return this;
    }

    /** Clicks a control and waits for what it loads or saves. */
    protected void clickAndWait(String query) {
        clickOn(query);
        waitUntilIdle();
    }

    protected void signIn(String username, String password) {
        typeInto("#username", username);
        typeInto("#password", password);
        clickAndWait("#signIn");
    }

    /** Replaces what a text field holds, as a user would: select all, then type. */
    protected void typeInto(String query, String text) {
        TextInputControl field = lookup(query).queryTextInputControl();
        scrollIntoView(field);
        clickOn(field);
        interact(field::selectAll);
        if (text.isEmpty()) {
            interact(field::clear);
        } else {
            write(text);
        }
    }

    /** Scrolls the screen's scroll pane so a node below the fold can be clicked. */
    protected void scrollIntoView(Node node) {
        interact(() -> {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                    double contentHeight = scroll.getContent().getLayoutBounds().getHeight();
                    double viewportHeight = scroll.getViewportBounds().getHeight();
                    if (contentHeight <= viewportHeight) {
                        return;
                    }
                    double y = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
                    double wanted = Math.max(0, y - viewportHeight / 3);
                    scroll.setVvalue(scroll.getVmin()
                            + (scroll.getVmax() - scroll.getVmin()) * Math.min(1, wanted / (contentHeight - viewportHeight)));
                    scroll.layout();
                    return;
                }
            }
        });
        QuickRobotContext.settle();
    }

    protected void scrollAndClick(String query) {
        Node node = lookup(query).query();
        scrollIntoView(node);
        clickOn(node);
        waitUntilIdle();
    }

    /** Opens a combo box and clicks the item showing {@code itemText} in its drop-down list. */
    protected void choose(String comboQuery, String itemText) {
        clickOn(comboQuery);
        // the drop-down's cells are made when it is first laid out, a pulse or two after the click
        clickOn(arriving(() -> lookup(".list-cell").queryAll().stream()
                .filter(node -> node instanceof ListCell<?> cell && itemText.equals(cell.getText()) && isTreeVisible(cell))
                .findFirst(), "No item \"" + itemText + "\" in " + comboQuery));
        waitUntilIdle();
    }

    /**
     * The node {@code find} finds within five seconds: what a click opens (a drop-down's cells, a
     * card's tabs) is made when it is first laid out, a pulse or two later.
     */
    protected static Node arriving(java.util.function.Supplier<java.util.Optional<Node>> find, String otherwise) {
        java.util.concurrent.atomic.AtomicReference<Node> found = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                find.get().ifPresent(found::set);
                return found.get() != null;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(otherwise);
        }
        return found.get();
    }

    /** Clicks the shown row of a table that holds its {@code index}th item. */
    protected void clickRow(String tableQuery, int index) {
        Node table = lookup(tableQuery).query();
        Node row = from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(node -> node instanceof TableRow<?> r && !r.isEmpty() && r.getIndex() == index && isTreeVisible(r))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + index + " shown in " + tableQuery));
        clickOn(row);
        waitUntilIdle();
    }

    protected String textOf(String query) {
        Node node = lookup(query).query();
        if (node instanceof Labeled labeled) {
            return labeled.getText();
        }
        if (node instanceof TextInputControl input) {
            return input.getText();
        }
        throw new IllegalArgumentException(query + " shows no text: " + node);
    }

    protected boolean isShown(String query) {
        return lookup(query).tryQuery().map(node -> node.getScene() != null
                && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()).orElse(false);
    }

    private static boolean isTreeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fails unless the node gets the keyboard focus within five seconds (a screen built just now
     * takes it once styled), naming what has the focus instead.
     */
    protected void assertFocusArrives(Node node) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, node::isFocused);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The keys did not arrive at " + node + "; they are at " + stage.getScene().getFocusOwner());
        }
    }

    /** With -Dmarkaz.screens=DIR, each screen checked is saved as a PNG there, to be looked at. */
    protected void saveScreen(String name) {
        saveScreen(name, stage.getScene());
    }

    /** As {@link #saveScreen(String)}, of another window's scene (a dialog's). */
    protected void saveScreen(String name, javafx.scene.Scene scene) {
        String folder = System.getProperty("markaz.screens");
        if (folder == null) {
            return;
        }
        javafx.scene.image.WritableImage image = org.testfx.util.WaitForAsyncUtils.waitFor(
                org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            java.nio.file.Path file = java.nio.file.Path.of(folder, name.replaceAll("[^\\p{L}\\p{N}-]+", "_") + ".png");
            java.nio.file.Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(png, "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Fails unless a confirmation with this text shows at the foot of the window within 15 s (a loaded machine is slow, not wrong). */
    protected void assertNotice(String text) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup((Node node) -> node instanceof Labeled labeled
                    && text.equals(labeled.getText()) && node.getScene() != null
                    && node.getScene().getWindow() != stage).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("No confirmation \"" + text + "\" appeared");
        }
    }

    /** Opens a tab of a card by clicking its header, as a user would. */
    protected void openTab(String tabId) {
        clickOn(arriving(() -> lookup(".tab-pane > .tab-header-area .tab").match((Node node) -> node.getId() != null
                && node.getId().equals(tabId)).tryQuery(), "No tab " + tabId));
        waitUntilIdle();
    }

    /** The language the shell speaks now: the one shown in its language box. */
    protected Localization shellLanguage() {
        ComboBox<Language> box = lookup("#shellLanguage").queryComboBox();
        return new Localization(box.getValue());
    }

    /** A signed-in administrator for checking what was written, straight through the services. */
    protected Actor administrator() {
        return signedInActor("admin", DEMO_PASSWORD);
    }

    protected Actor signedInActor(String username, String password) {
        SignInResult result = services().accounts().signIn(username, password.toCharArray());
        if (result instanceof SignInResult.SignedIn signedIn) {
            return signedIn.actor();
        }
        throw new AssertionError(username + " could not sign in: " + result);
    }

    /** Windows other than the main one, e.g. an error alert left open by a failing test. */
    protected List<Window> otherWindows() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).collect(Collectors.toList());
    }

    private void closeDialogs() {
        List<Window> open = otherWindows();
        if (!open.isEmpty()) {
            interact(() -> open.forEach(w -> {
                if (w instanceof Stage s) {
                    s.close();
                } else {
                    w.hide();
                }
            }));
        }
    }
}
