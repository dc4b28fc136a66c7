package org.markaz.core.ui;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;

/** Binds the main window: navigation (Ctrl+1, Ctrl+2, ...), the area shown, the status bar. */
public final class ShellView {

    /** The first screen's data and frames come first; building the others waits this long. */
    private static final Duration PREPARE_START = Duration.seconds(1);
    private static final Duration PREPARE_PAUSE = Duration.millis(150);
    /** {@code false} builds an area only when it is opened: UI tests of one screen need not build all ten. */
    public static final String PREPARE_PROPERTY = "markaz.prepareAreas";

    private final ShellViewModel viewModel;
    private final Localization localization;
    private final Function<NavigationArea, AreaView> areaViews;
    private final Map<String, AreaView> built = new HashMap<>();
    private final Map<String, Node> lastFocused = new HashMap<>();
    private NavigationArea shown;
    private boolean prepared;

    @FXML private Label centreName;
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private ComboBox<Language> language;
    @FXML private Button backUpTo;
    @FXML private Label signedIn;
    @FXML private Label lastBackup;
    @FXML private HBox progressBox;
    @FXML private ProgressBar progress;
    @FXML private Label progressMessage;

    public ShellView(ShellViewModel viewModel, Localization localization, Function<NavigationArea, AreaView> areaViews) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.areaViews = areaViews;
    }

    @FXML
    private void initialize() {
        centreName.textProperty().bind(viewModel.centreNameProperty());
        signedIn.textProperty().bind(viewModel.signedInProperty());
        lastBackup.textProperty().bind(viewModel.lastBackupProperty());
        progressBox.visibleProperty().bind(viewModel.workingProperty());
        progressBox.managedProperty().bind(viewModel.workingProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        progressMessage.textProperty().bind(viewModel.progressMessageProperty());
        backUpTo.setVisible(viewModel.mayBackUp());
        backUpTo.setManaged(viewModel.mayBackUp());
        backUpTo.disableProperty().bind(viewModel.workingProperty());

        LanguageCells.install(language, localization, viewModel.actor().language(), viewModel::changeLanguage);

        ToggleGroup group = new ToggleGroup();
        for (NavigationArea area : viewModel.areas()) {
            ToggleButton button = new ToggleButton(localization.text(area.titleKey()));
            button.setId("nav-" + area.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            // a long name ("Ҳисоботҳо ва нишондиҳандаҳо") takes two lines rather than losing its end
            button.setWrapText(true);
            button.setMinHeight(Region.USE_PREF_SIZE);
            button.setTooltip(new javafx.scene.control.Tooltip(localization.text(area.titleKey()) + "  (Ctrl+"
                    + area.shortcutDigit() + ")"));
            button.getStyleClass().add("nav-button");
            button.setUserData(area);
            button.setOnAction(event -> {
                viewModel.areaProperty().set(area);
                button.setSelected(true);
            });
            navigation.getChildren().add(button);
            KeyCombination shortcut = new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(area.shortcutDigit())),
                    KeyCombination.SHORTCUT_DOWN);
            navigation.sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null) {
                    scene.getAccelerators().put(shortcut, button::fire);
                }
            });
        }
        viewModel.areaProperty().addListener((obs, old, area) -> {
            if (area != null) {
                show(area);
            }
        });
        show(viewModel.areaProperty().get());
        if (Boolean.parseBoolean(System.getProperty(PREPARE_PROPERTY, "true"))) {
            prepareTheOthers(viewModel.areas().iterator(), PREPARE_START);
        }
        group.getToggles().stream().filter(t -> t.getUserData() == viewModel.areaProperty().get())
                .findFirst().ifPresent(t -> t.setSelected(true));
    }

    /**
     * Shows an area, building it the first time. The others stay in the window, hidden but laid
     * out, so that coming back neither builds, styles nor sizes them again.
     */
    private void show(NavigationArea area) {
        Node focused = content.getScene() == null ? null : content.getScene().getFocusOwner();
        if (shown != null && isInside(focused, built.get(shown.id()).root())) {
            lastFocused.put(shown.id(), focused);
        }
        AreaView view = built(area);
        for (Node child : content.getChildren()) {
            child.setVisible(child == view.root());
        }
        givesKeysTo(area, view);
        view.onShown().run();
        viewModel.refreshIfChanged();
        shown = area;
    }

    /**
     * Keys go to the area shown, never to one hidden behind it (P would mark the register
     * unseen): back where the user left them in it, else where the area starts.
     */
    private void givesKeysTo(NavigationArea area, AreaView view) {
        Node last = lastFocused.get(area.id());
        Node target = last != null && isInside(last, view.root()) && !last.isDisabled() ? last : view.keysStart();
        target.requestFocus();
        focusSoon(area, target, 20);
    }

    /**
     * A screen built just now takes the keys only once a layout pulse has created its skins (a
     * list inside a tab is not in the scene before that), which on a busy PC may take several
     * pulses: try after each of the next few, never once the user has gone to another area.
     */
    private void focusSoon(NavigationArea area, Node target, int pulsesLeft) {
        if (target.isFocused()) {
            return;
        }
        javafx.scene.Scene scene = content.getScene();
        if (scene == null) {
            Platform.runLater(target::requestFocus);
            return;
        }
        Runnable[] attempt = new Runnable[1];
        int[] left = {pulsesLeft};
        attempt[0] = () -> {
            if (shown == area && !target.isFocused()) {
                target.requestFocus();
            }
            if (target.isFocused() || shown != area || --left[0] == 0) {
                scene.removePostLayoutPulseListener(attempt[0]);
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(attempt[0]);
        Platform.requestNextPulse();
    }

    private static boolean isInside(Node node, Node root) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    private AreaView built(NavigationArea area) {
        return built.computeIfAbsent(area.id(), key -> {
            AreaView view = areaViews.apply(area);
            view.root().setVisible(false);
            content.getChildren().add(view.root());
            return view;
        });
    }

    /**
     * Builds the areas not yet opened, one at a time with a pause between, while the user reads
     * the first screen; so the first Ctrl+2 of the morning is as quick as any later one. The
     * pause lets frames and key presses through; a press for an area still to come builds it
     * at once.
     */
    private void prepareTheOthers(Iterator<NavigationArea> areas, Duration after) {
        PauseTransition pause = new PauseTransition(after);
        pause.setOnFinished(event -> {
            if (content.getScene() == null || content.getScene().getWindow() == null
                    || !content.getScene().getWindow().isShowing()) {
                return; // signed out, the language changed or the window closed: this shell is gone
            }
            if (!areas.hasNext()) {
                prepared = true;
                return;
            }
            built(areas.next());
            prepareTheOthers(areas, PREPARE_PAUSE);
        });
        pause.play();
    }

    /** Whether every area has been built (the benchmark waits for this). */
    public boolean isPrepared() {
        return prepared;
    }

    @FXML
    private void backUpTo() {
        viewModel.backUpTo();
    }

    @FXML
    private void cancelWork() {
        viewModel.cancelWork();
    }

    @FXML
    private void signOut() {
        viewModel.signOut();
    }
}
