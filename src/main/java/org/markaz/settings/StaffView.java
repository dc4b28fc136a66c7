package org.markaz.settings;

import org.markaz.core.staff.StaffMember;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Role;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.Tables;
import org.markaz.core.ui.LanguageCells;

/** Binds the staff list and the member form. */
public final class StaffView {

    private final StaffViewModel viewModel;
    private final Localization localization;

    @FXML private TableView<StaffMember> table;
    @FXML private TableColumn<StaffMember, String> nameColumn;
    @FXML private TableColumn<StaffMember, String> positionColumn;
    @FXML private TableColumn<StaffMember, String> usernameColumn;
    @FXML private TableColumn<StaffMember, String> roleColumn;
    @FXML private TableColumn<StaffMember, String> stateColumn;
    @FXML private Node form;
    @FXML private Node editButtons;
    @FXML private TextField fullName;
    @FXML private TextField position;
    @FXML private TextField phone;
    @FXML private CheckBox active;
    @FXML private TextField username;
    @FXML private ComboBox<Role> role;
    @FXML private ComboBox<Language> language;
    @FXML private CheckBox accountActive;
    @FXML private PasswordField newPassword;
    @FXML private PasswordField newPasswordAgain;
    @FXML private Label message;

    public StaffView(StaffViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    @FXML
    private void initialize() {
        Tables.wrapHeaders(table);
        table.setItems(viewModel.members());
        table.setPlaceholder(new Label(localization.text("table.empty")));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fullName()));
        positionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().position()));
        usernameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().username()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().hasAccount() ? localization.text(c.getValue().role().nameKey()) : ""));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(localization.text(
                c.getValue().active() ? "staff.state.active" : "staff.state.left")));
        Tables.keepValuesWhole(table, positionColumn); // a position is typed
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, member) -> {
            if (member != null) {
                viewModel.selectedProperty().set(member);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, member) -> {
            if (member == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(member);
            }
        });

        fullName.textProperty().bindBidirectional(viewModel.fullNameProperty());
        position.textProperty().bindBidirectional(viewModel.positionProperty());
        phone.textProperty().bindBidirectional(viewModel.phoneProperty());
        active.selectedProperty().bindBidirectional(viewModel.activeProperty());
        username.textProperty().bindBidirectional(viewModel.usernameProperty());
        username.editableProperty().bind(viewModel.usernameEditableProperty());
        Choices.installKeys(role, Role.values(), Role::nameKey, localization);
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        LanguageCells.install(language, localization);
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        accountActive.selectedProperty().bindBidirectional(viewModel.accountActiveProperty());
        newPassword.textProperty().bindBidirectional(viewModel.newPasswordProperty());
        newPasswordAgain.textProperty().bindBidirectional(viewModel.newPasswordAgainProperty());
        message.textProperty().bind(viewModel.messageProperty());

        form.setDisable(!viewModel.mayEdit());
        editButtons.setVisible(viewModel.mayEdit());
        editButtons.disableProperty().bind(viewModel.busyProperty());
        viewModel.load();
    }

    @FXML
    private void newMember() {
        viewModel.newMember();
        fullName.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
    }
}
