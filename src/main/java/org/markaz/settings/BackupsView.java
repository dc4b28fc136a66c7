package org.markaz.settings;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;

/** Binds the backups tab. */
public final class BackupsView {

    private final BackupsViewModel viewModel;

    @FXML private Label automatic;
    @FXML private Node passphraseBox;
    @FXML private Label passphraseState;
    @FXML private PasswordField passphrase;
    @FXML private PasswordField passphraseAgain;
    @FXML private Label passphraseMessage;
    @FXML private Node restoreBox;
    @FXML private Button restore;
    @FXML private Node progressBox;
    @FXML private ProgressBar progress;
    @FXML private Label progressMessage;
    @FXML private Label message;

    public BackupsView(BackupsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        automatic.setText(viewModel.automaticBackupsText());
        passphraseBox.setVisible(viewModel.mayManagePassphrase());
        passphraseBox.setManaged(viewModel.mayManagePassphrase());
        passphraseState.textProperty().bind(viewModel.passphraseStateProperty());
        passphrase.textProperty().bindBidirectional(viewModel.passphraseProperty());
        passphraseAgain.textProperty().bindBidirectional(viewModel.passphraseAgainProperty());
        passphraseMessage.textProperty().bind(viewModel.passphraseMessageProperty());
        restoreBox.setVisible(viewModel.mayRestore());
        restoreBox.setManaged(viewModel.mayRestore());
        restore.disableProperty().bind(viewModel.workingProperty());
        progressBox.visibleProperty().bind(viewModel.workingProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        progressMessage.textProperty().bind(viewModel.progressMessageProperty());
        message.textProperty().bind(viewModel.messageProperty());
        if (viewModel.mayManagePassphrase()) {
            viewModel.load();
        }
    }

    @FXML
    private void savePassphrase() {
        viewModel.savePassphrase();
    }

    @FXML
    private void restore() {
        viewModel.restore();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
