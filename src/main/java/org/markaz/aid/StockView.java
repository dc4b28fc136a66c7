package org.markaz.aid;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.FieldDecorations;
import org.markaz.core.ui.Tables;

/** Binds the stock list, the selected item's batches, the item form and the stock corrections. */
public final class StockView {

    private final StockViewModel viewModel;
    private final Localization text;
    private final AidTexts texts;

    @FXML private TableView<StockLevel> stock;
    @FXML private TableColumn<StockLevel, String> itemName;
    @FXML private TableColumn<StockLevel, String> itemCategory;
    @FXML private TableColumn<StockLevel, String> itemOnHand;
    @FXML private TableColumn<StockLevel, String> itemExpiry;
    @FXML private TableColumn<StockLevel, String> itemLimit;
    @FXML private ListView<Batch> batches;
    @FXML private Label stockMessage;
    @FXML private Node keeping;
    @FXML private TextField nameEn;
    @FXML private TextField nameRu;
    @FXML private TextField nameTg;
    @FXML private ComboBox<AidCategory> category;
    @FXML private ComboBox<AidUnit> unit;
    @FXML private CheckBox tracksExpiry;
    @FXML private TextField monthlyLimit;
    @FXML private Button saveItem;
    @FXML private Label itemMessage;
    @FXML private TextField quantity;
    @FXML private ComboBox<WriteOffCause> cause;
    @FXML private TextField reason;
    @FXML private Button stockTake;
    @FXML private Button writeOff;
    @FXML private Label correctionMessage;

    public StockView(StockViewModel viewModel, Localization text) {
        this.viewModel = viewModel;
        this.text = text;
        this.texts = new AidTexts(text);
    }

    public Node keysStart() {
        return stock;
    }

    @FXML
    private void initialize() {
        Tables.wrapHeaders(stock);
        stock.setItems(viewModel.stock());
        stock.setPlaceholder(AidTexts.placeholder(text.text("table.empty")));
        itemName.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.name(c.getValue().item())));
        itemCategory.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.text(c.getValue().item().details().category().nameKey())));
        itemOnHand.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.quantity(c.getValue().onHand(),
                c.getValue().item().details().unit())));
        itemExpiry.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().earliestExpiry() == null ? ""
                : text.formatDate(c.getValue().earliestExpiry())));
        itemLimit.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().item().details().monthlyLimit() == null ? ""
                : c.getValue().item().details().monthlyLimit().toString()));
        Tables.keepValuesWhole(stock);
        stock.getSelectionModel().selectedItemProperty().addListener((obs, old, level) -> {
            if (level != null) {
                viewModel.selectedProperty().set(level);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, level) -> {
            if (level == null) {
                stock.getSelectionModel().clearSelection();
            } else {
                stock.getSelectionModel().select(level);
            }
        });
        batches.setItems(viewModel.batches());
        batches.setPlaceholder(AidTexts.placeholder(text.text("aid.noBatches")));
        AidTexts.cells(batches, batch -> batch.expiresOn() == null ? text.text("aid.batchNoExpiry", batch.onHand())
                : text.text("aid.batchExpiring", text.formatDate(batch.expiresOn()), batch.onHand()));
        batches.getSelectionModel().selectedItemProperty().addListener((obs, old, batch) -> {
            if (batch != null) {
                viewModel.batchProperty().set(batch);
            }
        });
        viewModel.batchProperty().addListener((obs, old, batch) -> {
            if (batch != null) {
                batches.getSelectionModel().select(batch);
            }
        });
        stockMessage.textProperty().bind(viewModel.item().messageProperty());

        keeping.setVisible(viewModel.mayKeep());
        keeping.setManaged(viewModel.mayKeep());
        nameEn.textProperty().bindBidirectional(viewModel.nameEnProperty());
        nameRu.textProperty().bindBidirectional(viewModel.nameRuProperty());
        nameTg.textProperty().bindBidirectional(viewModel.nameTgProperty());
        Choices.installKeys(category, AidCategory.values(), AidCategory::nameKey, text);
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        Choices.installKeys(unit, AidUnit.values(), AidUnit::nameKey, text);
        unit.valueProperty().bindBidirectional(viewModel.unitProperty());
        tracksExpiry.selectedProperty().bindBidirectional(viewModel.tracksExpiryProperty());
        monthlyLimit.textProperty().bindBidirectional(viewModel.monthlyLimitProperty());
        saveItem.disableProperty().bind(viewModel.busyProperty());
        itemMessage.textProperty().bind(viewModel.item().messageProperty());
        quantity.textProperty().bindBidirectional(viewModel.quantityProperty());
        Choices.installKeys(cause, WriteOffCause.values(), WriteOffCause::nameKey, text);
        cause.valueProperty().bindBidirectional(viewModel.causeProperty());
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        stockTake.disableProperty().bind(viewModel.busyProperty());
        writeOff.disableProperty().bind(viewModel.busyProperty());
        correctionMessage.textProperty().bind(viewModel.correction().messageProperty());
        FieldDecorations marks = new FieldDecorations(text);
        marks.showErrors(nameEn, viewModel.item().errors().of("aid.field.nameEn"));
        marks.showErrors(nameRu, viewModel.item().errors().of("aid.field.nameRu"));
        marks.showErrors(nameTg, viewModel.item().errors().of("aid.field.nameTg"));
        marks.showErrors(tracksExpiry, viewModel.item().errors().of("aid.field.tracksExpiry"));
        marks.showErrors(monthlyLimit, viewModel.item().errors().of("aid.field.monthlyLimit"));
        marks.showErrors(quantity, viewModel.correction().errors().of("aid.field.quantity"));
        marks.showErrors(reason, viewModel.correction().errors().of("aid.field.reason"));
        marks.showErrors(batches, viewModel.correction().errors().of("aid.field.expiresOn"));
        viewModel.load();
    }

    public void reload() {
        viewModel.load();
    }

    @FXML
    private void newItem() {
        viewModel.newItem();
        nameEn.requestFocus();
    }

    @FXML
    private void saveItem() {
        viewModel.saveItem();
    }

    @FXML
    private void stockTake() {
        viewModel.stockTake();
    }

    @FXML
    private void writeOff() {
        viewModel.writeOff();
    }
}
