package org.markaz.core.ui;

import java.time.Duration;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.markaz.children.ChildrenView;
import org.markaz.children.ChildrenViewModel;
import org.markaz.core.CentreSession;
import org.markaz.figures.FiguresView;
import org.markaz.figures.FiguresViewModel;
import org.markaz.register.RegisterView;
import org.markaz.register.RegisterViewModel;
import org.markaz.core.backup.BackupRestorer;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.audit.AuditLogView;
import org.markaz.core.audit.AuditLogViewModel;
import org.markaz.settings.SettingsView;
import org.markaz.setup.SetupView;
import org.markaz.setup.SetupViewModel;
import org.markaz.signin.SignInView;
import org.markaz.signin.SignInViewModel;
import org.markaz.today.TodayView;
import org.markaz.today.TodayViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one window and what it shows: first-start setup, sign-in, then the shell with its areas.
 * Also the automatic backups: daily while open, and on closing.
 */
public final class MainWindow {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    /**
     * How often to ask whether today's backup is due (a cheap query). The first ask also waits this
     * long, so a backup never slows the first minutes after signing in.
     */
    private static final Duration DAILY_BACKUP_CHECK = Duration.ofMinutes(5);

    private final Stage stage;
    private final CentreSession session;
    private final LocalPreferences preferences;
    private final TaskExecutor tasks;
    private final Scene scene;
    private Actor signedIn;
    private ShellViewModel shell;
    private ShellView shellView;
    private Timeline dailyBackups;
    private Runnable onSignInShown = () -> { };
    private boolean damaged;

    public MainWindow(Stage stage, CentreSession session, LocalPreferences preferences, TaskExecutor tasks) {
        this.stage = stage;
        this.session = session;
        this.preferences = preferences;
        this.tasks = tasks;
        this.scene = new Scene(new StackPane(), 1280, 720);
        scene.getStylesheets().add(MainWindow.class.getResource("markaz.css").toExternalForm());
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

    /** Opens an area of the signed-in shell (the benchmark). */
    void showArea(Area area) {
        shell.areaProperty().set(area);
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
    public void showRepair(org.markaz.core.db.IntegrityCheck.Result integrity) {
        damaged = true;
        UiContext context = context(preferences.language());
        stage.setTitle(context.localization().text("app.title"));
        org.markaz.core.backup.RepairViewModel viewModel = new org.markaz.core.backup.RepairViewModel(context,
                session.services().repair(), integrity.problems(), prepared -> restored(prepared, context.localization()));
        showRoot(ViewLoader.load(new org.markaz.core.backup.RepairView(viewModel, Platform::exit), context.localization()));
        stage.show();
    }

    public void showStart(boolean centreIsSetUp) {
        if (centreIsSetUp) {
            showSignIn(preferences.language(), null);
        } else {
            showSetup(preferences.language());
        }
        stage.show();
    }

    UiContext context(Language language) {
        Localization localization = new Localization(language, session.services().zone());
        return new UiContext(session.services(), localization, new FxDialogService(stage, localization), tasks);
    }

    private void showSetup(Language language) {
        UiContext context = context(language);
        stage.setTitle(context.localization().text("app.title"));
        SetupViewModel viewModel = new SetupViewModel(context, () -> showSignIn(language, null));
        showRoot(ViewLoader.load(new SetupView(viewModel, context.localization(), this::showSetup), context.localization()));
    }

    /** The sign-in screen; {@code notice} (already translated) is shown to the user first, if given. */
    public void showSignIn(Language language, String notice) {
        signedIn = null;
        shell = null;
        stopDailyBackups();
        UiContext context = context(language);
        stage.setTitle(context.localization().text("app.title"));
        // the form shows at once; the centre's name follows from the database
        SignInViewModel viewModel = new SignInViewModel(context, this::signedIn);
        viewModel.centreNameProperty().addListener((obs, old, name) ->
                stage.setTitle(context.localization().text("app.titleWithCentre", name)));
        showRoot(ViewLoader.load(new SignInView(viewModel, context.localization(),
                chosen -> showSignIn(chosen, null)), context.localization()));
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
        ShellViewModel viewModel = new ShellViewModel(context, actor, this::showShell,
                () -> showSignIn(actor.language(), null));
        shell = viewModel;
        shellView = new ShellView(viewModel, context.localization(), area -> areaView(area, actor, context));
        showRoot(ViewLoader.load(shellView, context.localization()));
        String centreName = viewModel.centreNameProperty().get();
        stage.setTitle(context.localization().text("app.title"));
        viewModel.centreNameProperty().addListener((obs, old, name) ->
                stage.setTitle(context.localization().text("app.titleWithCentre", name)));
        if (!centreName.isEmpty()) {
            stage.setTitle(context.localization().text("app.titleWithCentre", centreName));
        }
    }

    AreaView areaView(Area area, Actor actor, UiContext context) {
        Localization text = context.localization();
        return switch (area) {
            case TODAY -> {
                TodayViewModel viewModel = new TodayViewModel(context, actor);
                Parent root = ViewLoader.load(new TodayView(viewModel), text);
                yield new AreaView(root, root, viewModel::load); // the date and the backup's age move on
            }
            case REGISTER -> {
                RegisterViewModel viewModel = new RegisterViewModel(context, actor);
                RegisterView view = new RegisterView(viewModel, text);
                yield new AreaView(ViewLoader.load(view, text), view.keysStart(), viewModel::refreshIfChanged);
            }
            case CHILDREN -> {
                ChildrenView view = new ChildrenView(new ChildrenViewModel(context, actor), text);
                yield AreaView.changedOnlyByItself(ViewLoader.load(view, text), view.keysStart());
            }
            case REPORTS -> {
                FiguresViewModel viewModel = new FiguresViewModel(context, actor);
                Parent root = ViewLoader.load(new FiguresView(viewModel, text), text);
                yield new AreaView(root, root, viewModel::refreshIfChanged);
            }
            case SETTINGS -> {
                Parent root = SettingsView.create(context, actor, this::restored);
                yield AreaView.changedOnlyByItself(root, root);
            }
            case AUDIT -> {
                AuditLogViewModel viewModel = new AuditLogViewModel(context, actor);
                Parent root = ViewLoader.load(new AuditLogView(viewModel, text), text);
                yield new AreaView(root, root, viewModel::refreshIfChanged);
            }
        };
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
