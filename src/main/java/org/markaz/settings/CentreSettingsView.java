package org.markaz.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Binds the centre's details form. */
public final class CentreSettingsView {

    private final CentreSettingsViewModel viewModel;

    @FXML private TextField name;
    @FXML private TextField code;
    @FXML private TextField region;
    @FXML private TextField address;
    @FXML private TextField directorName;
    @FXML private Button save;
    @FXML private Label message;
    @FXML private TextField absenceAlertDays;
    @FXML private Button saveAbsenceDays;

    public CentreSettingsView(CentreSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        code.textProperty().bindBidirectional(viewModel.codeProperty());
        region.textProperty().bindBidirectional(viewModel.regionProperty());
        address.textProperty().bindBidirectional(viewModel.addressProperty());
        directorName.textProperty().bindBidirectional(viewModel.directorNameProperty());
        message.textProperty().bind(viewModel.messageProperty());
        boolean editable = viewModel.mayEdit();
        for (TextField field : new TextField[] {name, code, region, address, directorName}) {
            field.setEditable(editable);
        }
        save.setVisible(editable);
        absenceAlertDays.textProperty().bindBidirectional(viewModel.absenceAlertDaysProperty());
        absenceAlertDays.setEditable(editable);
        saveAbsenceDays.setVisible(editable);
        saveAbsenceDays.disableProperty().bind(viewModel.busyProperty());
        save.disableProperty().bind(viewModel.busyProperty());
        viewModel.load();
    }

    @FXML
    private void saveAbsenceAlertDays() {
        viewModel.saveAbsenceAlertDays();
    }

    @FXML
    private void save() {
        viewModel.save();
    }
}
