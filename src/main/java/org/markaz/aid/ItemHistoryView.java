package org.markaz.aid;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Cells;
import org.markaz.core.ui.FieldDecorations;
import org.markaz.core.ui.Tables;

/** One item's stock ledger and, for those who keep the stock, reversing a line of it. Built in code. */
public final class ItemHistoryView {

    private final ItemHistoryViewModel viewModel;
    private final VBox root = new VBox(8);
    private final ComboBox<AidItem> item = new ComboBox<>();

    public ItemHistoryView(ItemHistoryViewModel viewModel, Localization text) {
        this.viewModel = viewModel;
        AidTexts texts = new AidTexts(text);
        item.setId("aidHistoryItem");
        item.setItems(viewModel.items());
        AidTexts.cells(item, texts::name);
        item.valueProperty().bindBidirectional(viewModel.itemProperty());
        Label itemLabel = new Label(text.text("aid.field.item"));
        itemLabel.setLabelFor(item);
        itemLabel.setMinWidth(Control.USE_PREF_SIZE);
        HBox top = new HBox(8, itemLabel, item);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<StockMove> moves = new TableView<>(viewModel.moves());
        moves.setId("aidItemMoves");
        moves.getColumns().add(column(text.text("aid.field.date"), 90, move -> text.formatDate(move.on())));
        moves.getColumns().add(column(text.text("aid.field.kind"), 120, move -> text.text(move.kind().nameKey())));
        moves.getColumns().add(column(text.text("aid.field.quantity"), 80,
                move -> move.quantity() > 0 ? "+" + move.quantity() : Integer.toString(move.quantity())));
        moves.getColumns().add(column(text.text("aid.field.expiresOn"), 100,
                move -> move.expiresOn() == null ? "" : text.formatDate(move.expiresOn())));
        moves.getColumns().add(column(text.text("aid.field.onHand"), 80, move -> Integer.toString(move.onHandAfter())));
        TableColumn<StockMove, String> note = column(text.text("aid.field.note"), 300, move -> note(move, text));
        note.setCellFactory(Cells.wrapping());
        moves.getColumns().add(note);
        moves.setPlaceholder(AidTexts.placeholder(text.text("aid.history.empty")));
        Tables.wrapHeaders(moves);
        Tables.keepValuesWhole(moves, note); // supplier, donor, reason: typed
        moves.getSelectionModel().selectedItemProperty().addListener((obs, old, move) -> viewModel.selectedProperty().set(move));
        VBox.setVgrow(moves, Priority.ALWAYS);

        Label message = new Label();
        message.setId("aidHistoryMessage");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.textProperty().bind(viewModel.form().messageProperty());
        root.setPadding(new Insets(10));
        root.getChildren().addAll(top, moves);
        if (viewModel.mayKeep()) {
            TextField reason = new TextField();
            reason.setId("aidHistoryReason");
            reason.textProperty().bindBidirectional(viewModel.reasonProperty());
            reason.setOnAction(event -> viewModel.reverse());
            HBox.setHgrow(reason, Priority.ALWAYS);
            Label reasonLabel = new Label(text.text("aid.history.reverseWhy"));
            reasonLabel.setLabelFor(reason);
            reasonLabel.setMinWidth(Control.USE_PREF_SIZE);
            Button reverse = new Button(text.text("aid.history.reverse"));
            reverse.setId("aidHistoryReverse");
            reverse.setMinWidth(Control.USE_PREF_SIZE);
            reverse.setOnAction(event -> viewModel.reverse());
            reverse.disableProperty().bind(viewModel.busyProperty());
            FieldDecorations marks = new FieldDecorations(text);
            marks.showErrors(reason, viewModel.form().errors().of("aid.field.reason"));
            marks.showErrors(moves, viewModel.form().errors().of("aid.field.line"));
            HBox actions = new HBox(8, reasonLabel, reason, reverse);
            actions.setAlignment(Pos.CENTER_LEFT);
            root.getChildren().add(actions);
        }
        root.getChildren().add(message);
        viewModel.load();
    }

    public Node root() {
        return root;
    }

    public Node keysStart() {
        return item;
    }

    public void reload() {
        viewModel.load();
    }

    /** Shows an item's history, chosen on the stock tab. */
    public void show(AidItem chosen) {
        viewModel.show(chosen);
    }

    /** The donor, reason or cause of a line, and whether it was reversed. */
    private static String note(StockMove move, Localization text) {
        String said = move.donor() != null ? move.donor() : move.reason() == null ? "" : move.reason();
        if (move.reversedBy() != null) {
            return said.isEmpty() ? text.text("aid.state.reversed") : said + " · " + text.text("aid.state.reversed");
        }
        return said;
    }

    private static TableColumn<StockMove, String> column(String title, double width, Function<StockMove, String> value) {
        TableColumn<StockMove, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
