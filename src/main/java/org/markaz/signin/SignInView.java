package org.markaz.signin;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.LanguageCells;

/** Binds the sign-in form to its ViewModel. */
public final class SignInView {

    private final SignInViewModel viewModel;
    private final Localization localization;
    private final Consumer<Language> onLanguageChosen;

    @FXML private Label centreName;
    @FXML private TextField username;
    @FXML private PasswordField password;
    @FXML private ComboBox<Language> language;
    @FXML private Button signIn;
    @FXML private Label message;

    public SignInView(SignInViewModel viewModel, Localization localization, Consumer<Language> onLanguageChosen) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.onLanguageChosen = onLanguageChosen;
    }

    @FXML
    private void initialize() {
        centreName.textProperty().bind(viewModel.centreNameProperty());
        username.textProperty().bindBidirectional(viewModel.usernameProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        message.textProperty().bind(viewModel.messageProperty());
        signIn.disableProperty().bind(viewModel.busyProperty());
        LanguageCells.install(language, localization, viewModel.languageProperty().get(), onLanguageChosen);
        // after another language was chosen with the name typed, the password is what is left to type
        boolean passwordNext = !username.getText().isEmpty() && password.getText().isEmpty();
        Platform.runLater(passwordNext ? password::requestFocus : username::requestFocus);
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }
}
