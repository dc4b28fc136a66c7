package org.markaz.app;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.markaz.core.ProgramVersion;
import org.markaz.core.backup.BackupRestorer;
import org.markaz.repair.RepairView;
import org.markaz.repair.RepairViewModel;
import org.markaz.core.db.IntegrityCheck;
import org.markaz.core.feature.AreaContext;
import org.markaz.core.feature.AreaSpec;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.FxDialogService;
import org.markaz.core.ui.LocalPreferences;
import org.markaz.core.ui.NavigationArea;
import org.markaz.core.ui.ShellView;
import org.markaz.core.ui.ShellViewModel;
import org.markaz.core.ui.TaskExecutor;
import org.markaz.core.ui.UiContext;
import org.markaz.core.ui.ViewLoader;
import org.markaz.setup.SetupService;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.setup.SetupView;
import org.markaz.setup.SetupViewModel;
import org.markaz.signin.SignInView;
import org.markaz.signin.SignInViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one window and what it shows: first-start setup, sign-in, then the shell with its areas.
 * Also the automatic backups: daily while open, and on closing.
 */
public final class MainWindow {

    private static final double PREFERRED_WIDTH = 1280;
    private static final double PREFERRED_HEIGHT = 720;

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    /**
     * How often to ask whether today's backup is due (a cheap query). The first ask also waits this
     * long, so a backup never slows the first minutes after signing in.
     */
    private static final Duration DAILY_BACKUP_CHECK = Duration.ofMinutes(5);

    private final Stage stage;
    /** Null while the starting screen shows: the centre is still being opened. */
    private CentreSession session;
    private final LocalPreferences preferences;
    private final TaskExecutor tasks;
    private final Scene scene;
    private Actor signedIn;
    private ShellViewModel shell;
    private ShellView shellView;
    private Timeline dailyBackups;
    private Runnable onSignInShown = () -> { };
    private boolean damaged;
    private StartingViewModel starting;

    /** A window on a centre that is open already (the tests). */
    public MainWindow(Stage stage, CentreSession session, LocalPreferences preferences, TaskExecutor tasks) {
        this(stage, preferences, tasks);
        this.session = session;
    }

    /** A window whose centre is still being opened: it shows the starting screen first ({@link Startup}). */
    public MainWindow(Stage stage, LocalPreferences preferences, TaskExecutor tasks) {
        this.stage = stage;
        this.preferences = preferences;
        this.tasks = tasks;
        // 1280x720 where the screen allows; the office's 1366x768 leaves 1366x705 beside the taskbar
        // (docs/design.md §5.4), and there the window opens maximised rather than a few pixels short
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(new StackPane(), Math.min(PREFERRED_WIDTH, screen.getWidth()),
                Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        stage.setMaximized(screen.getWidth() <= PREFERRED_WIDTH + 100 || screen.getHeight() <= PREFERRED_HEIGHT);
        scene.getStylesheets().add(ShellView.class.getResource("markaz.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(event -> {
            event.consume();
            close();
        });
    }

    /** Shows a new screen; shortcuts belong to the screen that set them, so they go with it. */
    private void showRoot(Parent root) {
        scene.getAccelerators().clear();
        scene.setRoot(root);
    }

    /** Called each time the sign-in screen is ready (the benchmark listens). */
    void setOnSignInShown(Runnable listener) {
        this.onSignInShown = listener;
    }

    /** What the window shows now (the benchmark looks for the calendar in it). */
    Parent root() {
        return scene.getRoot();
    }

    /** Opens an area of the signed-in shell (the benchmark). */
    void showArea(AreaSpec area) {
        shell.areas().stream().filter(shown -> shown.id().equals(area.id())).findFirst().ifPresent(shell.areaProperty()::set);
    }

    /** The areas this user may open (the benchmark opens each). */
    List<AreaSpec> areasOf(Actor actor) {
        return Features.areas().stream().filter(area -> area.isOpenTo(actor)).toList();
    }

    /**
     * Runs {@code then} once the next frame is styled and laid out, as the user will see it (the
     * benchmark). A frame styles only what changed, unlike {@code Node.applyCss}, which would
     * restyle every screen kept in the window.
     */
    void afterNextFrameLaidOut(Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        });
        Platform.requestNextPulse();
    }

    /** Whether the shell has built all its areas, which it does while the first is read (the benchmark). */
    boolean areasPrepared() {
        return shellView != null && shellView.isPrepared();
    }

    TaskExecutor tasks() {
        return tasks;
    }

    /** Start-up finished or undid something a cut left half done: said once, over the first screen. */
    public void tell(java.util.List<String> noticeKeys) {
        if (noticeKeys.isEmpty()) {
            return;
        }
        Localization localization = new Localization(preferences.language());
        String text = String.join("\n\n", noticeKeys.stream().map(localization::text).toList());
        Platform.runLater(() -> new FxDialogService(stage, localization).showInformation(text));
    }

    /** Instead of sign-in: the database is damaged; offer the newest good backup. */
    public void showRepair(IntegrityCheck.Result integrity) {
        damaged = true;
        UiContext context = context(preferences.language());
        stage.setTitle(context.localization().text("app.title"));
        RepairViewModel viewModel = new RepairViewModel(context, session.services().repair(),
                session.services().dataDirectory().root(), integrity.problems(),
                prepared -> restored(prepared, context.localization()));
        showRoot(ViewLoader.load(new RepairView(viewModel, Platform::exit), context.localization()));
        stage.show();
    }

    /**
     * The starting screen, shown at once while the centre is opened (and maybe the sample centre
     * created) off the JavaFX thread; returns its view model, which the opening reports to.
     * {@code exit} ends the program.
     */
    StartingViewModel showStarting(Runnable exit) {
        Localization localization = new Localization(preferences.language());
        starting = new StartingViewModel(localization, tasks, exit);
        stage.setTitle(localization.text("app.title"));
        showRoot(ViewLoader.load(new StartingView(starting), localization));
        stage.show();
        return starting;
    }

    /** The centre is open: sign-in, the first-start setup, or the repair screen of a damaged database. */
    void showOpened(CentreSession opened, IntegrityCheck.Result integrity, boolean centreIsSetUp) {
        this.session = opened;
        this.starting = null;
        if (!integrity.ok()) {
            showRepair(integrity);
            return;
        }
        showStart(centreIsSetUp);
        tell(opened.services().database().notices());
    }

    public void showStart(boolean centreIsSetUp) {
        if (centreIsSetUp) {
            showSignIn(preferences.language(), null);
        } else {
            showSetup(preferences.language());
        }
        stage.show();
        tellWhatsNew();
    }

    /** On the first start after an upgrade, the new version's part of the changelog; the version is noted either way. */
    private void tellWhatsNew() {
        Language language = preferences.language();
        boolean migrated = session.services().database().migratedFrom().isPresent();
        String current = ProgramVersion.current();
        Localization localization = new Localization(language);
        BackgroundTask.of(() -> {
                    Optional<String> news = WhatsNew.toTell(preferences.lastVersion(), current, migrated, language);
                    preferences.saveLastVersion(current);
                    return news;
                })
                .onSuccess(news -> news.ifPresent(text -> context(language).dialogs().showInformation(
                        localization.text("whatsNew.title", current) + "\n\n" + text)))
                .onFailure(message -> LOG.warn("What's new not shown: {}", message))
                .run(tasks, localization);
    }

    UiContext context(Language language) {
        Localization localization = new Localization(language, session.services().zone());
        return new UiContext(localization, new FxDialogService(stage, localization), tasks, session.services().clock());
    }

    private void showSetup(Language language) {
        showSetup(language, null);
    }

    /** The setup form; {@code typed} (may be null) is what the user had typed before choosing another language. */
    private void showSetup(Language language, SetupViewModel.Typed typed) {
        UiContext context = context(language);
        stage.setTitle(context.localization().text("app.title"));
        SetupViewModel viewModel = new SetupViewModel(context, session.services().get(SetupService.class),
                () -> SampleCentreLoader.load(session.services()), () -> showSignIn(language, null));
        if (typed != null) {
            viewModel.fill(typed);
        }
        showRoot(ViewLoader.load(new SetupView(viewModel, context.localization(),
                chosen -> showSetup(chosen, viewModel.typed())), context.localization()));
    }

    /** The sign-in screen; {@code notice} (already translated) is shown to the user first, if given. */
    public void showSignIn(Language language, String notice) {
        showSignIn(language, notice, null);
    }

    /** {@code typedBefore} (may be null): the form before the user chose another language, whose fields are kept. */
    private void showSignIn(Language language, String notice, SignInViewModel typedBefore) {
        signedIn = null;
        shell = null;
        stopDailyBackups();
        UiContext context = context(language);
        stage.setTitle(context.localization().text("app.title"));
        // the form shows at once; the centre's name follows from the database
        SignInViewModel viewModel = new SignInViewModel(context, session.services().accounts(), session.services().centres(),
                this::signedIn);
        viewModel.centreNameProperty().addListener((obs, old, name) ->
                stage.setTitle(context.localization().text("app.titleWithCentre", name)));
        if (typedBefore != null) {
            viewModel.keepTyped(typedBefore);
        }
        showRoot(ViewLoader.load(new SignInView(viewModel, context.localization(),
                chosen -> showSignIn(chosen, null, viewModel)), context.localization()));
        viewModel.loadCentreName();
        onSignInShown.run();
        if (notice != null) {
            context.dialogs().showInformation(notice);
        }
    }

    void signedIn(Actor actor) {
        tasks.inBackground(() -> preferences.saveLanguage(actor.language()));
        showShell(actor);
        startDailyBackups();
    }

    private void showShell(Actor actor) {
        signedIn = actor;
        UiContext context = context(actor.language());
        var services = session.services();
        List<AreaSpec> areas = areasOf(actor);
        ShellViewModel viewModel = new ShellViewModel(context, actor, services.accounts(), services.audit(),
                services.backups(), services.centres(),
                areas.stream().map(a -> new NavigationArea(a.id(), a.titleKey(), a.shortcutDigit())).toList(),
                this::showShell,
                () -> showSignIn(actor.language(), null));
        shell = viewModel;
        AreaContext areaContext = new AreaContext(context, actor, services, Features.todayItems(services),
                Features.cardTabs(), prepared -> restored(prepared, context.localization()));
        shellView = new ShellView(viewModel, context.localization(), shown -> areas.stream()
                .filter(area -> area.id().equals(shown.id())).findFirst().orElseThrow().factory().build(areaContext));
        showRoot(ViewLoader.load(shellView, context.localization()));
        String centreName = viewModel.centreNameProperty().get();
        stage.setTitle(context.localization().text("app.title"));
        viewModel.centreNameProperty().addListener((obs, old, name) ->
                stage.setTitle(context.localization().text("app.titleWithCentre", name)));
        if (!centreName.isEmpty()) {
            stage.setTitle(context.localization().text("app.titleWithCentre", centreName));
        }
    }

    /** Swaps a checked backup in, then everyone signs in again (users may have changed). */
    private void restored(BackupRestorer.PreparedRestore prepared, Localization localization) {
        Language language = signedIn == null ? preferences.language() : signedIn.language();
        showRoot(waiting(localization.text("restore.swapping")));
        BackgroundTask.of(() -> session.restore(prepared))
                .onSuccess(keptAside -> {
                    damaged = false;
                    showSignIn(language, keptAside
                            .map(folder -> localization.text("restore.done", folder.toString()))
                            .orElse(localization.text("restore.doneNothingKept")));
                })
                .onFailure(message -> showSignIn(language, message))
                .run(tasks, localization);
    }

    private void startDailyBackups() {
        stopDailyBackups();
        dailyBackups = new Timeline(new KeyFrame(javafx.util.Duration.millis(DAILY_BACKUP_CHECK.toMillis()),
                event -> backUpIfDue()));
        dailyBackups.setCycleCount(Timeline.INDEFINITE);
        dailyBackups.play();
    }

    private void stopDailyBackups() {
        if (dailyBackups != null) {
            dailyBackups.stop();
        }
    }

    private void backUpIfDue() {
        if (!stage.isShowing() || stage.getScene() != scene) {
            stopDailyBackups(); // the stage no longer shows this centre (tests reuse it): nothing to back up from here
            return;
        }
        Localization localization = new Localization(signedIn == null ? preferences.language() : signedIn.language());
        BackgroundTask.of(() -> session.services().backups().backUpIfDue())
                .onSuccess(made -> {
                    if (made.isPresent() && shell != null) {
                        shell.backupMade();
                    }
                })
                .onFailure(message -> LOG.error("Daily backup failed: {}", message))
                .run(tasks, localization);
    }

    /** Closing: a last automatic backup and the database file compacted while a message says so, then the program ends. */
    private void close() {
        stopDailyBackups();
        if (session == null) {
            if (starting != null) {
                starting.close(); // still opening, or it failed: nothing to back up yet
            }
            return;
        }
        if (damaged) {
            Platform.exit(); // never back up or rewrite a damaged database: the repair needs it as it is
            return;
        }
        Localization localization = new Localization(signedIn == null ? preferences.language() : signedIn.language());
        showRoot(waiting(localization.text("exit.backingUp")));
        BackgroundTask.of(() -> {
                    if (session.services().centres().isSetUp()) {
                        session.services().backups().backUpOnExit();
                    }
                    session.closeCompacted(); // tomorrow's start opens the file quickly
                    return null;
                })
                .onFinished(Platform::exit)
                .onFailure(message -> LOG.error("Backup on exit failed: {}", message))
                .run(tasks, localization);
    }

    private static Parent waiting(String message) {
        Label label = new Label(message);
        label.getStyleClass().add("section-title");
        StackPane pane = new StackPane(label);
        pane.getStyleClass().add("page");
        return pane;
    }
}
