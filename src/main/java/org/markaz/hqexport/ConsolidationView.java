package org.markaz.hqexport;

import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.FieldDecorations;

/** Binds the consolidation screen to its ViewModel. */
public final class ConsolidationView {

    private final ConsolidationViewModel viewModel;
    private final Localization localization;

    @FXML private ListView<Path> packages;
    @FXML private Button add;
    @FXML private Button remove;
    @FXML private Label message;
    @FXML private TextField periods;
    @FXML private PasswordField passphrase;
    @FXML private TextField folder;
    @FXML private Button consolidate;
    @FXML private ProgressBar progress;
    @FXML private Label progressMessage;

    public ConsolidationView(ConsolidationViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    @FXML
    private void initialize() {
        packages.setItems(viewModel.packages());
        packages.setPlaceholder(new Label(localization.text("hq.consolidate.none")));
        // the file's name first, where it lies after it: names are what a user recognises
        packages.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Path file, boolean empty) {
                super.updateItem(file, empty);
                setText(empty || file == null ? null : file.getFileName() + "  (" + file.getParent() + ")");
            }
        });
        packages.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.DELETE) {
                viewModel.removeSelected();
            }
        });
        viewModel.selectedProperty().bind(packages.getSelectionModel().selectedItemProperty());
        remove.disableProperty().bind(packages.getSelectionModel().selectedItemProperty().isNull().or(viewModel.busyProperty()));
        add.disableProperty().bind(viewModel.busyProperty());
        message.textProperty().bind(viewModel.messageProperty());
        periods.textProperty().bindBidirectional(viewModel.periodsProperty());
        passphrase.textProperty().bindBidirectional(viewModel.passphraseProperty());
        folder.textProperty().bindBidirectional(viewModel.folderProperty());
        FieldDecorations decorations = new FieldDecorations(localization);
        decorations.showErrors(periods, viewModel.periodsErrorProperty());
        decorations.showErrors(folder, viewModel.folderErrorProperty());
        decorations.showErrors(packages, viewModel.packagesErrorProperty());
        consolidate.disableProperty().bind(viewModel.busyProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        progressMessage.textProperty().bind(viewModel.progressMessageProperty());
        progressMessage.visibleProperty().bind(viewModel.busyProperty());
    }

    /** Where the keyboard starts: adding packages. */
    public Button keysStart() {
        return add;
    }

    @FXML
    private void addPackages() {
        viewModel.addPackages();
    }

    @FXML
    private void removeSelected() {
        viewModel.removeSelected();
    }

    @FXML
    private void chooseFolder() {
        viewModel.chooseFolder();
    }

    @FXML
    private void consolidate() {
        viewModel.consolidate();
    }
}
