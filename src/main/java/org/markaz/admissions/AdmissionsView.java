package org.markaz.admissions;

import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.markaz.shared.CarerRow;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.DateFields;

/** Binds the services and referrals of a child's card. */
public final class AdmissionsView {

    private final AdmissionsViewModel viewModel;
    private final Localization localization;

    @FXML private TableView<EnrolmentRow> enrolments;
    @FXML private TableColumn<EnrolmentRow, String> serviceColumn;
    @FXML private TableColumn<EnrolmentRow, String> fromColumn;
    @FXML private TableColumn<EnrolmentRow, String> plannedColumn;
    @FXML private TableColumn<EnrolmentRow, String> endedColumn;
    @FXML private Node editing;
    @FXML private ComboBox<ServiceType> service;
    @FXML private DatePicker startsOn;
    @FXML private DatePicker plannedEndOn;
    @FXML private HBox weekdays;
    @FXML private Node motherBox;
    @FXML private ComboBox<CarerRow> mother;
    @FXML private TextField extensionReason;
    @FXML private DatePicker endsOn;
    @FXML private ComboBox<DischargeOutcome> outcome;
    @FXML private TextField dischargeNote;
    @FXML private DatePicker newPlannedEnd;
    @FXML private TextField newPlannedEndReason;
    @FXML private TableView<ReferralRow> referrals;
    @FXML private TableColumn<ReferralRow, String> referredColumn;
    @FXML private TableColumn<ReferralRow, String> sourceColumn;
    @FXML private TableColumn<ReferralRow, String> reasonColumn;
    @FXML private TableColumn<ReferralRow, String> decisionColumn;
    @FXML private DatePicker referredOn;
    @FXML private ComboBox<ReferralSource> source;
    @FXML private TextField reason;
    @FXML private TextField cruReference;
    @FXML private ComboBox<ReferralDecision> decision;
    @FXML private DatePicker decidedOn;
    @FXML private Label message;
    @FXML private Node referralEditing;

    public AdmissionsView(AdmissionsViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    @FXML
    private void initialize() {
        enrolments.setItems(viewModel.enrolments());
        enrolments.setPlaceholder(new Label(localization.text("admissions.noEnrolments")));
        serviceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(describe(c.getValue())));
        fromColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(localization.formatDate(c.getValue().startsOn())));
        plannedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(localization.formatDate(c.getValue().plannedEndOn())));
        endedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().endsOn() == null ? ""
                : localization.formatDate(c.getValue().endsOn()) + " - " + localization.text(c.getValue().outcome().nameKey())));
        enrolments.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(EnrolmentRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("attention-row");
                if (!empty && item != null && viewModel.needsAttention(item)) {
                    getStyleClass().add("attention-row");
                }
            }
        });
        enrolments.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.selectedEnrolmentProperty().set(row));

        Choices.installKeys(service, ServiceType.values(), ServiceType::nameKey, localization);
        service.valueProperty().bindBidirectional(viewModel.serviceProperty());
        for (DatePicker picker : new DatePicker[] {startsOn, plannedEndOn, endsOn, referredOn, decidedOn, newPlannedEnd}) {
            DateFields.install(picker, localization);
        }
        startsOn.valueProperty().bindBidirectional(viewModel.startsOnProperty());
        plannedEndOn.valueProperty().bindBidirectional(viewModel.plannedEndOnProperty());
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckBox box = new CheckBox(day.getDisplayName(TextStyle.SHORT, localization.language().locale()));
            box.setId("weekday-" + day.getValue());
            box.selectedProperty().bindBidirectional(viewModel.weekdayProperty(day));
            weekdays.getChildren().add(box);
        }
        weekdays.visibleProperty().bind(viewModel.serviceProperty().map(ServiceType::isDayService));
        weekdays.managedProperty().bind(weekdays.visibleProperty());
        motherBox.visibleProperty().bind(viewModel.serviceProperty().map(s -> s == ServiceType.MOTHER_AND_BABY));
        motherBox.managedProperty().bind(motherBox.visibleProperty());
        Choices.install(mother, viewModel.carers(), CarerRow::fullName);
        mother.setItems(viewModel.carers());
        mother.valueProperty().bindBidirectional(viewModel.motherProperty());
        extensionReason.textProperty().bindBidirectional(viewModel.extensionReasonProperty());

        endsOn.valueProperty().bindBidirectional(viewModel.endsOnProperty());
        newPlannedEnd.valueProperty().bindBidirectional(viewModel.newPlannedEndProperty());
        newPlannedEndReason.textProperty().bindBidirectional(viewModel.newPlannedEndReasonProperty());
        Choices.installKeys(outcome, DischargeOutcome.values(), DischargeOutcome::nameKey, localization);
        outcome.valueProperty().bindBidirectional(viewModel.outcomeProperty());
        dischargeNote.textProperty().bindBidirectional(viewModel.dischargeNoteProperty());

        referrals.setItems(viewModel.referrals());
        referrals.setPlaceholder(new Label(localization.text("admissions.noReferrals")));
        referredColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(localization.formatDate(c.getValue().referredOn())));
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(localization.text(c.getValue().source().nameKey())));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        decisionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(localization.text(c.getValue().decision().nameKey())
                + (c.getValue().decidedOn() == null ? "" : " " + localization.formatDate(c.getValue().decidedOn()))));
        referrals.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.selectedReferralProperty().set(row));
        referredOn.valueProperty().bindBidirectional(viewModel.referredOnProperty());
        Choices.installKeys(source, ReferralSource.values(), ReferralSource::nameKey, localization);
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        cruReference.textProperty().bindBidirectional(viewModel.cruReferenceProperty());
        Choices.installKeys(decision, ReferralDecision.values(), ReferralDecision::nameKey, localization);
        decision.valueProperty().bindBidirectional(viewModel.decisionProperty());
        decidedOn.valueProperty().bindBidirectional(viewModel.decidedOnProperty());

        message.textProperty().bind(viewModel.messageProperty());
        editing.setDisable(!viewModel.mayEdit());
        editing.setVisible(viewModel.mayEdit());
        editing.setManaged(viewModel.mayEdit());
        referralEditing.setVisible(viewModel.mayEdit());
        referralEditing.setManaged(viewModel.mayEdit());
    }

    private String describe(EnrolmentRow row) {
        String text = localization.text(row.service().nameKey());
        if (row.motherName() != null) {
            text += " (" + row.motherName() + ")";
        }
        if (viewModel.needsAttention(row)) {
            text += " - " + localization.text("admissions.fiveMonths");
        }
        return text;
    }

    @FXML
    private void admit() {
        viewModel.admit();
    }

    @FXML
    private void discharge() {
        viewModel.discharge();
    }

    @FXML
    private void changePlannedEnd() {
        viewModel.changePlannedEnd();
    }

    @FXML
    private void recordReferral() {
        viewModel.recordReferral();
    }

    @FXML
    private void decideReferral() {
        viewModel.decideReferral();
    }
}
