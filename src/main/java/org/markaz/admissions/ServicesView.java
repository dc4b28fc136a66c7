package org.markaz.admissions;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Accordion;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Cells;
import org.markaz.core.ui.Tables;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.DateFields;
import org.markaz.core.ui.FieldDecorations;
import org.markaz.shared.CarerRow;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;

/**
 * Binds the Services tab of a child's card: the child's stays and services, admitting, and
 * discharging or extending the stay selected. Each form's refusal shows beside its fields and
 * under its own button.
 */
public final class ServicesView {

    private final AdmissionsViewModel viewModel;
    private final Localization localization;

    @FXML private Label loadMessage;
    @FXML private TableView<EnrolmentRow> enrolments;
    @FXML private TableColumn<EnrolmentRow, String> serviceColumn;
    @FXML private TableColumn<EnrolmentRow, String> fromColumn;
    @FXML private TableColumn<EnrolmentRow, String> plannedColumn;
    @FXML private TableColumn<EnrolmentRow, String> endedColumn;
    @FXML private Accordion editing;
    @FXML private TitledPane admitPane;
    @FXML private TitledPane dischargePane;
    @FXML private TitledPane extendPane;
    @FXML private ComboBox<ServiceType> service;
    @FXML private DatePicker startsOn;
    @FXML private DatePicker plannedEndOn;
    @FXML private HBox weekdays;
    @FXML private Node motherBox;
    @FXML private SearchableComboBox<CarerRow> mother;
    @FXML private TextField extensionReason;
    @FXML private Label admitMessage;
    @FXML private Label chooseStayToDischarge;
    @FXML private Label chooseStayToExtend;
    @FXML private Node dischargeForm;
    @FXML private DatePicker endsOn;
    @FXML private ComboBox<DischargeOutcome> outcome;
    @FXML private TextField dischargeNote;
    @FXML private Label dischargeMessage;
    @FXML private Node extendForm;
    @FXML private DatePicker newPlannedEnd;
    @FXML private TextField newPlannedEndReason;
    @FXML private Label extendMessage;

    public ServicesView(AdmissionsViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    @FXML
    private void initialize() {
        Tables.wrapHeaders(enrolments);
        loadMessage.textProperty().bind(viewModel.messageProperty());
        loadMessage.managedProperty().bind(viewModel.messageProperty().isNotEmpty());
        enrolments.setItems(viewModel.enrolments());
        enrolments.setPlaceholder(new Label(localization.text("admissions.noEnrolments")));
        serviceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(describe(c.getValue(), c.getValue().service().shortNameKey())));
        serviceColumn.setCellFactory(Cells.shortWithTooltip(row -> describe(row, row.service().nameKey())));
        fromColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(localization.formatDate(c.getValue().startsOn())));
        plannedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(localization.formatDate(c.getValue().plannedEndOn())));
        endedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().endsOn() == null ? ""
                : localization.formatDate(c.getValue().endsOn()) + " - " + localization.text(c.getValue().outcome().nameKey())));
        // the service (with a mother-and-baby stay's mother) takes what the dates leave, over two lines if need be
        Tables.keepValuesWhole(enrolments, serviceColumn);
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
        viewModel.enrolments().addListener((javafx.collections.ListChangeListener<EnrolmentRow>) change ->
                enrolments.getSelectionModel().clearSelection());

        bindAdmitting();
        bindStayForms();
        boolean editable = viewModel.mayEdit();
        editing.setVisible(editable);
        editing.setManaged(editable);
    }

    private void bindAdmitting() {
        Choices.installKeys(service, ServiceType.values(), ServiceType::nameKey, localization);
        service.valueProperty().bindBidirectional(viewModel.serviceProperty());
        for (DatePicker picker : new DatePicker[] {startsOn, plannedEndOn, endsOn, newPlannedEnd}) {
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
        mother.setItems(viewModel.carers());
        // ControlsFX's search field says "Search..." in English whatever the language: ours instead
        mother.skinProperty().addListener((obs, was, skin) -> {
            if (mother.lookup(".combo-box-search") instanceof javafx.scene.control.TextInputControl search) {
                search.setPromptText(localization.text("admissions.motherSearch"));
            }
        });
        mother.setConverter(new StringConverter<>() {
            @Override
            public String toString(CarerRow carer) {
                return carer == null ? "" : carer.fullName();
            }

            @Override
            public CarerRow fromString(String text) {
                return viewModel.carers().stream().filter(c -> c.fullName().equals(text)).findFirst().orElse(null);
            }
        });
        mother.valueProperty().bindBidirectional(viewModel.motherProperty());
        extensionReason.textProperty().bindBidirectional(viewModel.extensionReasonProperty());
        admitMessage.textProperty().bind(viewModel.admitting().messageProperty());

        FieldDecorations marks = new FieldDecorations(localization);
        marks.showErrors(service, viewModel.admitting().errors().of("field.service"));
        marks.showErrors(startsOn, viewModel.admitting().errors().of("field.startsOn"));
        marks.showErrors(plannedEndOn, viewModel.admitting().errors().of("field.plannedEndOn"));
        marks.showErrors(mother, viewModel.admitting().errors().of("admissions.mother"));
        marks.showErrors(extensionReason, viewModel.admitting().errors().of("field.extensionReason"));
        marks.date(startsOn);
        marks.date(plannedEndOn);
        viewModel.admitting().errors().of("field.weekdays").addListener((obs, old, error) ->
                weekdays.setStyle(error.isEmpty() ? "" : "-fx-border-color: #c0392b; -fx-border-width: 0 0 2 0;"));
    }

    private void bindStayForms() {
        var noStay = viewModel.selectedEnrolmentProperty().isNull();
        for (Label hint : new Label[] {chooseStayToDischarge, chooseStayToExtend}) {
            hint.visibleProperty().bind(noStay);
            hint.managedProperty().bind(noStay);
        }
        dischargeForm.disableProperty().bind(noStay);
        extendForm.disableProperty().bind(noStay);
        // one form open at a time, so each fits the screen: choosing a stay opens its discharge
        editing.setExpandedPane(admitPane);
        viewModel.selectedEnrolmentProperty().addListener((obs, old, stay) -> {
            if (stay != null && stay.endsOn() == null && editing.getExpandedPane() == admitPane) {
                editing.setExpandedPane(dischargePane);
            }
        });
        endsOn.valueProperty().bindBidirectional(viewModel.endsOnProperty());
        Choices.installKeys(outcome, DischargeOutcome.values(), DischargeOutcome::nameKey, localization);
        outcome.valueProperty().bindBidirectional(viewModel.outcomeProperty());
        dischargeNote.textProperty().bindBidirectional(viewModel.dischargeNoteProperty());
        dischargeMessage.textProperty().bind(viewModel.discharging().messageProperty());
        newPlannedEnd.valueProperty().bindBidirectional(viewModel.newPlannedEndProperty());
        newPlannedEndReason.textProperty().bindBidirectional(viewModel.newPlannedEndReasonProperty());
        extendMessage.textProperty().bind(viewModel.extending().messageProperty());

        FieldDecorations marks = new FieldDecorations(localization);
        marks.showErrors(endsOn, viewModel.discharging().errors().of("field.endsOn"));
        marks.showErrors(outcome, viewModel.discharging().errors().of("field.outcome"));
        marks.showErrors(dischargeNote, viewModel.discharging().errors().of("field.dischargeNote"));
        marks.date(endsOn);
        marks.showErrors(newPlannedEnd, viewModel.extending().errors().of("field.plannedEndOn"));
        marks.showErrors(newPlannedEndReason, viewModel.extending().errors().of("field.extensionReason"));
        marks.date(newPlannedEnd);
    }

    private String describe(EnrolmentRow row, String serviceKey) {
        String text = localization.text(serviceKey);
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
}
