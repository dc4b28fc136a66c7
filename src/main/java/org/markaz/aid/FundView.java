package org.markaz.aid;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.DateFields;
import org.markaz.core.ui.FieldDecorations;
import org.markaz.core.ui.Tables;

/** Binds the fund's balance, its ledger and the money-in form. */
public final class FundView {

    private final FundViewModel viewModel;
    private final Localization text;

    @FXML private Label balance;
    @FXML private TableView<FundEntry> entries;
    @FXML private TableColumn<FundEntry, String> entryDate;
    @FXML private TableColumn<FundEntry, String> entryKind;
    @FXML private TableColumn<FundEntry, String> entryFrom;
    @FXML private TableColumn<FundEntry, String> entryAmount;
    @FXML private TableColumn<FundEntry, String> entryBalance;
    @FXML private TableColumn<FundEntry, String> entryNote;
    @FXML private Button reverse;
    @FXML private Label ledgerMessage;
    @FXML private Node moneyInPane;
    @FXML private ComboBox<FundEntryKind> kind;
    @FXML private DatePicker on;
    @FXML private TextField source;
    @FXML private TextField amount;
    @FXML private ComboBox<ForeignCurrency> currency;
    @FXML private TextField originalAmount;
    @FXML private TextField rate;
    @FXML private TextField reference;
    @FXML private Button record;
    @FXML private Label moneyMessage;

    public FundView(FundViewModel viewModel, Localization text) {
        this.viewModel = viewModel;
        this.text = text;
    }

    public Node keysStart() {
        return entries;
    }

    @FXML
    private void initialize() {
        balance.textProperty().bind(viewModel.balanceProperty());
        Tables.wrapHeaders(entries);
        entries.setItems(viewModel.entries());
        entries.setPlaceholder(AidTexts.placeholder(text.text("table.empty")));
        entryDate.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.formatDate(c.getValue().on())));
        entryKind.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.text(c.getValue().kind().nameKey())));
        entryFrom.setCellValueFactory(c -> new ReadOnlyStringWrapper(from(c.getValue())));
        entryAmount.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(c.getValue().amountDiram())));
        entryBalance.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(c.getValue().balanceAfter())));
        entryNote.setCellValueFactory(c -> new ReadOnlyStringWrapper(note(c.getValue())));
        Tables.keepValuesWhole(entries, entryFrom, entryNote);
        entries.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> viewModel.selectedProperty().set(entry));
        reverse.setVisible(viewModel.mayKeep());
        reverse.disableProperty().bind(viewModel.busyProperty());
        ledgerMessage.textProperty().bind(viewModel.ledger().messageProperty());

        moneyInPane.setVisible(viewModel.mayKeep());
        moneyInPane.setManaged(viewModel.mayKeep());
        Choices.installKeys(kind, new FundEntryKind[] {FundEntryKind.GRANT, FundEntryKind.DONATION}, FundEntryKind::nameKey, text);
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        DateFields.install(on, text);
        on.valueProperty().bindBidirectional(viewModel.onProperty());
        source.textProperty().bindBidirectional(viewModel.sourceProperty());
        amount.textProperty().bindBidirectional(viewModel.amountProperty());
        List<ForeignCurrency> currencies = new ArrayList<>();
        currencies.add(null);
        currencies.addAll(List.of(ForeignCurrency.values()));
        Choices.install(currency, currencies, value -> value == null ? "TJS" : value.name());
        currency.valueProperty().bindBidirectional(viewModel.currencyProperty());
        originalAmount.textProperty().bindBidirectional(viewModel.originalAmountProperty());
        rate.textProperty().bindBidirectional(viewModel.rateProperty());
        originalAmount.disableProperty().bind(viewModel.currencyProperty().isNull());
        rate.disableProperty().bind(viewModel.currencyProperty().isNull());
        reference.textProperty().bindBidirectional(viewModel.referenceProperty());
        record.disableProperty().bind(viewModel.busyProperty());
        moneyMessage.textProperty().bind(viewModel.moneyIn().messageProperty());
        FieldDecorations marks = new FieldDecorations(text);
        marks.date(on);
        marks.showErrors(on, viewModel.moneyIn().errors().of("aid.field.date"));
        marks.showErrors(source, viewModel.moneyIn().errors().of("aid.field.source"));
        marks.showErrors(amount, viewModel.moneyIn().errors().of("aid.field.amountTjs"));
        marks.showErrors(originalAmount, viewModel.moneyIn().errors().of("aid.field.originalAmount"));
        marks.showErrors(rate, viewModel.moneyIn().errors().of("aid.field.rate"));
        marks.showErrors(reference, viewModel.moneyIn().errors().of("aid.field.reference"));
        viewModel.load();
    }

    private static String from(FundEntry entry) {
        if (entry.kind() == FundEntryKind.PURCHASE) {
            return entry.source() + " · " + entry.reference();
        }
        return entry.source() == null ? "" : entry.source();
    }

    private String note(FundEntry entry) {
        if (entry.reversesId() != null) {
            return text.text("aid.reverses", entry.reversesId(), entry.reason());
        }
        if (entry.currency() != null) {
            return text.text("aid.inCurrency", Money.format(entry.originalAmountCents()), entry.currency().name(),
                    entry.rate().stripTrailingZeros().toPlainString());
        }
        if (entry.reversedBy() != null) {
            return text.text("aid.reversedBy", entry.reversedBy());
        }
        return entry.kind() == FundEntryKind.PURCHASE || entry.reference() == null ? "" : entry.reference();
    }

    public void reload() {
        viewModel.load();
    }

    @FXML
    private void record() {
        viewModel.recordMoneyIn();
    }

    @FXML
    private void reverse() {
        viewModel.reverse();
    }
}
