package org.markaz.aid;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.DateFields;
import org.markaz.core.ui.FieldDecorations;
import org.markaz.core.ui.Tables;
import org.markaz.shared.FamilyRow;

/** Binds the hand-out form and the recent hand-outs. */
public final class HandoutView {

    private final HandoutViewModel viewModel;
    private final Localization text;
    private final AidTexts texts;

    @FXML private TextField familyQuery;
    @FXML private ListView<FamilyRow> families;
    @FXML private DatePicker on;
    @FXML private ComboBox<HandoutReason> reason;
    @FXML private TextField note;
    @FXML private TextField requestedBy;
    @FXML private TextField approvedBy;
    @FXML private TextField handedOverBy;
    @FXML private CheckBox received;
    @FXML private ComboBox<StockLevel> lineItem;
    @FXML private TextField lineQuantity;
    @FXML private ListView<HandoutViewModel.Line> lines;
    @FXML private Button record;
    @FXML private Label formMessage;
    @FXML private TableView<HandoutRow> recent;
    @FXML private TableColumn<HandoutRow, String> recentDate;
    @FXML private TableColumn<HandoutRow, String> recentFamily;
    @FXML private TableColumn<HandoutRow, String> recentItems;
    @FXML private TableColumn<HandoutRow, String> recentReason;
    @FXML private TableColumn<HandoutRow, String> recentState;
    @FXML private Button reverse;
    @FXML private Label listMessage;

    public HandoutView(HandoutViewModel viewModel, Localization text) {
        this.viewModel = viewModel;
        this.text = text;
        this.texts = new AidTexts(text);
    }

    /** Opens the form filled in from an approved request, the first item to add in focus. */
    public void startFrom(AidRequest request) {
        viewModel.startFrom(request);
        lineItem.requestFocus();
    }

    /** Where the keys start: the family search. */
    public TextField keysStart() {
        return familyQuery;
    }

    @FXML
    private void initialize() {
        familyQuery.textProperty().bindBidirectional(viewModel.familyQueryProperty());
        familyQuery.setOnAction(event -> viewModel.searchFamilies());
        families.setItems(viewModel.families());
        families.setPlaceholder(AidTexts.placeholder(text.text("aid.familySearchEmpty")));
        AidTexts.cells(families, texts::family);
        families.getSelectionModel().selectedItemProperty().addListener((obs, old, family) -> viewModel.familyProperty().set(family));
        // a family chosen by the ViewModel (from an approved request) is shown selected in the list
        viewModel.familyProperty().addListener((obs, old, family) -> {
            if (family != null && family != families.getSelectionModel().getSelectedItem()) {
                families.getSelectionModel().select(family);
            }
        });
        DateFields.install(on, text);
        on.valueProperty().bindBidirectional(viewModel.onProperty());
        Choices.installKeys(reason, HandoutReason.values(), HandoutReason::nameKey, text);
        reason.valueProperty().bindBidirectional(viewModel.reasonProperty());
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        requestedBy.textProperty().bindBidirectional(viewModel.requestedByProperty());
        approvedBy.textProperty().bindBidirectional(viewModel.approvedByProperty());
        handedOverBy.textProperty().bindBidirectional(viewModel.handedOverByProperty());
        received.selectedProperty().bindBidirectional(viewModel.receivedProperty());
        lineItem.setItems(viewModel.items());
        AidTexts.cells(lineItem, texts::stock);
        lineItem.valueProperty().bindBidirectional(viewModel.lineItemProperty());
        lineQuantity.textProperty().bindBidirectional(viewModel.lineQuantityProperty());
        lineQuantity.setOnAction(event -> viewModel.addLine());
        lines.setItems(viewModel.lines());
        lines.setPlaceholder(AidTexts.placeholder(text.text("aid.noLines")));
        AidTexts.cells(lines, line -> texts.name(line.item().item()) + " — "
                + texts.quantity(line.quantity(), line.item().item().details().unit()));
        lines.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && lines.getSelectionModel().getSelectedItem() != null) {
                viewModel.removeLine(lines.getSelectionModel().getSelectedItem());
            }
        });
        record.disableProperty().bind(viewModel.busyProperty());
        formMessage.textProperty().bind(viewModel.form().messageProperty());
        FieldDecorations marks = new FieldDecorations(text);
        marks.date(on);
        marks.showErrors(families, viewModel.form().errors().of("aid.field.family"));
        marks.showErrors(on, viewModel.form().errors().of("aid.field.date"));
        marks.showErrors(reason, viewModel.form().errors().of("aid.field.reason"));
        marks.showErrors(note, viewModel.form().errors().of("aid.field.note"));
        marks.showErrors(handedOverBy, viewModel.form().errors().of("aid.field.handedOverBy"));
        marks.showErrors(lineItem, viewModel.form().errors().of("aid.field.item"));
        marks.showErrors(lineQuantity, viewModel.form().errors().of("aid.field.quantity"));
        marks.showErrors(lines, viewModel.form().errors().of("aid.field.lines"));

        Tables.wrapHeaders(recent);
        recent.setItems(viewModel.recent());
        recent.setPlaceholder(AidTexts.placeholder(text.text("table.empty")));
        recentDate.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.formatDate(c.getValue().on())));
        recentFamily.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().familyCode()));
        recentItems.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.items(c.getValue())));
        recentReason.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.text(c.getValue().reason().nameKey())));
        recentState.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.state(c.getValue())));
        Tables.keepValuesWhole(recent, recentItems);
        recent.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
        reverse.setVisible(viewModel.mayKeep());
        reverse.setManaged(viewModel.mayKeep());
        listMessage.textProperty().bind(viewModel.listing().messageProperty());
        viewModel.load();
    }

    /** Shown again: the stock and the list may have changed elsewhere. */
    public void reload() {
        viewModel.load();
    }

    @FXML
    private void searchFamilies() {
        viewModel.searchFamilies();
    }

    @FXML
    private void addLine() {
        viewModel.addLine();
        lineItem.requestFocus();
    }

    @FXML
    private void record() {
        viewModel.record();
    }

    @FXML
    private void confirmReceived() {
        viewModel.confirmReceived();
    }

    @FXML
    private void printReceipt() {
        viewModel.printReceipt();
    }

    @FXML
    private void reverse() {
        viewModel.reverse();
    }
}
