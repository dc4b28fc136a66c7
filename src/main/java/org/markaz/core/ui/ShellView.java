package org.markaz.core.ui;

import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;

/** Binds the main window: navigation (Ctrl+1, Ctrl+2, ...), the area shown, the status bar. */
public final class ShellView {

    private final ShellViewModel viewModel;
    private final Localization localization;
    private final Function<Area, Parent> areaViews;

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

    public ShellView(ShellViewModel viewModel, Localization localization, Function<Area, Parent> areaViews) {
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
        for (Area area : viewModel.areas()) {
            ToggleButton button = new ToggleButton(localization.text(area.nameKey()));
            button.setId("nav-" + area.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
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
        group.getToggles().stream().filter(t -> t.getUserData() == viewModel.areaProperty().get())
                .findFirst().ifPresent(t -> t.setSelected(true));
    }

    private void show(Area area) {
        content.getChildren().setAll(areaViews.apply(area));
        viewModel.refresh();
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
