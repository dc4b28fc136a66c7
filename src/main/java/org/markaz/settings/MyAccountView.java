package org.markaz.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** Binds the own-account form. */
public final class MyAccountView {

    private final MyAccountViewModel viewModel;

    @FXML private Label who;
    @FXML private PasswordField currentPassword;
    @FXML private PasswordField newPassword;
    @FXML private PasswordField newPasswordAgain;
    @FXML private Button change;
    @FXML private Label message;

    public MyAccountView(MyAccountViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        who.setText(viewModel.who());
        currentPassword.textProperty().bindBidirectional(viewModel.currentPasswordProperty());
        newPassword.textProperty().bindBidirectional(viewModel.newPasswordProperty());
        newPasswordAgain.textProperty().bindBidirectional(viewModel.newPasswordAgainProperty());
        message.textProperty().bind(viewModel.messageProperty());
        change.disableProperty().bind(viewModel.busyProperty());
    }

    @FXML
    private void changePassword() {
        viewModel.changePassword();
    }
}
