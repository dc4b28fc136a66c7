package org.markaz.setup;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.LanguageCells;

/** Binds the first-start form to its ViewModel. */
public final class SetupView {

    private final SetupViewModel viewModel;
    private final Localization localization;
    private final Consumer<Language> onLanguageChosen;

    @FXML private ComboBox<Language> language;
    @FXML private TextField centreName;
    @FXML private TextField centreCode;
    @FXML private TextField region;
    @FXML private TextField address;
    @FXML private TextField directorName;
    @FXML private TextField adminFullName;
    @FXML private TextField adminUsername;
    @FXML private PasswordField password;
    @FXML private PasswordField passwordAgain;
    @FXML private Label message;
    @FXML private Node actions;

    public SetupView(SetupViewModel viewModel, Localization localization, Consumer<Language> onLanguageChosen) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.onLanguageChosen = onLanguageChosen;
    }

    @FXML
    private void initialize() {
        LanguageCells.install(language, localization, viewModel.languageProperty().get(), onLanguageChosen);
        centreName.textProperty().bindBidirectional(viewModel.centreNameProperty());
        centreCode.textProperty().bindBidirectional(viewModel.centreCodeProperty());
        region.textProperty().bindBidirectional(viewModel.regionProperty());
        address.textProperty().bindBidirectional(viewModel.addressProperty());
        directorName.textProperty().bindBidirectional(viewModel.directorNameProperty());
        adminFullName.textProperty().bindBidirectional(viewModel.adminFullNameProperty());
        adminUsername.textProperty().bindBidirectional(viewModel.adminUsernameProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        passwordAgain.textProperty().bindBidirectional(viewModel.passwordAgainProperty());
        message.textProperty().bind(viewModel.messageProperty());
        actions.disableProperty().bind(viewModel.busyProperty());
    }

    @FXML
    private void createCentre() {
        viewModel.createCentre();
    }

    @FXML
    private void openSampleCentre() {
        viewModel.openSampleCentre();
    }
}
