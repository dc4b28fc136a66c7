package org.markaz.aid;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.DateFields;
import org.markaz.core.ui.FieldDecorations;

/** Binds the purchase and the donation-in-kind forms. */
public final class ReceiptsView {

    private final ReceiptsViewModel viewModel;
    private final Localization text;
    private final AidTexts texts;

    @FXML private DatePicker purchasedOn;
    @FXML private TextField supplier;
    @FXML private TextField receiptNumber;
    @FXML private ComboBox<AidItem> lineItem;
    @FXML private TextField lineQuantity;
    @FXML private TextField linePrice;
    @FXML private DatePicker lineExpiresOn;
    @FXML private ListView<ReceiptsViewModel.Line> lines;
    @FXML private Label total;
    @FXML private Button recordPurchase;
    @FXML private Label purchaseMessage;
    @FXML private DatePicker donatedOn;
    @FXML private TextField donor;
    @FXML private ComboBox<AidItem> donatedItem;
    @FXML private TextField donatedQuantity;
    @FXML private TextField donatedValue;
    @FXML private DatePicker donatedExpiresOn;
    @FXML private Button recordDonation;
    @FXML private Label donationMessage;

    public ReceiptsView(ReceiptsViewModel viewModel, Localization text) {
        this.viewModel = viewModel;
        this.text = text;
        this.texts = new AidTexts(text);
    }

    public Node keysStart() {
        return supplier;
    }

    @FXML
    private void initialize() {
        DateFields.install(purchasedOn, text);
        purchasedOn.valueProperty().bindBidirectional(viewModel.purchasedOnProperty());
        supplier.textProperty().bindBidirectional(viewModel.supplierProperty());
        receiptNumber.textProperty().bindBidirectional(viewModel.receiptNumberProperty());
        lineItem.setItems(viewModel.items());
        AidTexts.cells(lineItem, texts::name);
        lineItem.valueProperty().bindBidirectional(viewModel.lineItemProperty());
        lineQuantity.textProperty().bindBidirectional(viewModel.lineQuantityProperty());
        linePrice.textProperty().bindBidirectional(viewModel.linePriceProperty());
        linePrice.setOnAction(event -> viewModel.addLine());
        DateFields.install(lineExpiresOn, text);
        lineExpiresOn.valueProperty().bindBidirectional(viewModel.lineExpiresOnProperty());
        lines.setItems(viewModel.lines());
        lines.setPlaceholder(AidTexts.placeholder(text.text("aid.noLines")));
        AidTexts.cells(lines, line -> text.text("aid.purchaseLine", texts.name(line.item()),
                texts.quantity(line.quantity(), line.item().details().unit()), Money.format(line.totalDiram()),
                line.expiresOn() == null ? "" : text.formatDate(line.expiresOn())));
        lines.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && lines.getSelectionModel().getSelectedItem() != null) {
                viewModel.removeLine(lines.getSelectionModel().getSelectedItem());
            }
        });
        total.textProperty().bind(viewModel.totalProperty());
        recordPurchase.disableProperty().bind(viewModel.busyProperty());
        purchaseMessage.textProperty().bind(viewModel.purchase().messageProperty());

        DateFields.install(donatedOn, text);
        donatedOn.valueProperty().bindBidirectional(viewModel.donatedOnProperty());
        donor.textProperty().bindBidirectional(viewModel.donorProperty());
        donatedItem.setItems(viewModel.items());
        AidTexts.cells(donatedItem, texts::name);
        donatedItem.valueProperty().bindBidirectional(viewModel.donatedItemProperty());
        donatedQuantity.textProperty().bindBidirectional(viewModel.donatedQuantityProperty());
        donatedValue.textProperty().bindBidirectional(viewModel.donatedValueProperty());
        DateFields.install(donatedExpiresOn, text);
        donatedExpiresOn.valueProperty().bindBidirectional(viewModel.donatedExpiresOnProperty());
        recordDonation.disableProperty().bind(viewModel.busyProperty());
        donationMessage.textProperty().bind(viewModel.donation().messageProperty());

        FieldDecorations marks = new FieldDecorations(text);
        marks.date(purchasedOn);
        marks.date(lineExpiresOn);
        marks.date(donatedOn);
        marks.date(donatedExpiresOn);
        marks.showErrors(purchasedOn, viewModel.purchase().errors().of("aid.field.date"));
        marks.showErrors(supplier, viewModel.purchase().errors().of("aid.field.supplier"));
        marks.showErrors(receiptNumber, viewModel.purchase().errors().of("aid.field.receiptNumber"));
        marks.showErrors(lineItem, viewModel.purchase().errors().of("aid.field.item"));
        marks.showErrors(lineQuantity, viewModel.purchase().errors().of("aid.field.quantity"));
        marks.showErrors(linePrice, viewModel.purchase().errors().of("aid.field.unitPrice"));
        marks.showErrors(lineExpiresOn, viewModel.purchase().errors().of("aid.field.expiresOn"));
        marks.showErrors(lines, viewModel.purchase().errors().of("aid.field.lines"));
        marks.showErrors(donatedOn, viewModel.donation().errors().of("aid.field.date"));
        marks.showErrors(donor, viewModel.donation().errors().of("aid.field.donor"));
        marks.showErrors(donatedItem, viewModel.donation().errors().of("aid.field.item"));
        marks.showErrors(donatedQuantity, viewModel.donation().errors().of("aid.field.quantity"));
        marks.showErrors(donatedValue, viewModel.donation().errors().of("aid.field.estimatedValue"));
        marks.showErrors(donatedExpiresOn, viewModel.donation().errors().of("aid.field.expiresOn"));
        viewModel.load();
    }

    public void reload() {
        viewModel.load();
    }

    @FXML
    private void addLine() {
        viewModel.addLine();
        lineItem.requestFocus();
    }

    @FXML
    private void recordPurchase() {
        viewModel.recordPurchase();
    }

    @FXML
    private void recordDonation() {
        viewModel.recordDonation();
    }
}
