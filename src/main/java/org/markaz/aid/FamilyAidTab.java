package org.markaz.aid;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.markaz.core.feature.CardTab;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Tables;

/** The family's aid history on the children screen's card: each hand-out, what it held and whether it was received. */
final class FamilyAidTab implements CardTab {

    private final FamilyAidViewModel viewModel;
    private final VBox root = new VBox(8);

    FamilyAidTab(FamilyAidViewModel viewModel, Localization text) {
        this.viewModel = viewModel;
        AidTexts texts = new AidTexts(text);
        TableView<HandoutRow> table = new TableView<>(viewModel.history());
        table.setId("familyAidHistory");
        table.setPlaceholder(AidTexts.placeholder(text.text("aid.familyHistoryEmpty")));
        table.getColumns().add(column(text.text("aid.field.date"), 90, row -> text.formatDate(row.on())));
        table.getColumns().add(column(text.text("aid.field.items"), 260, texts::items));
        table.getColumns().add(column(text.text("aid.field.reason"), 120, row -> text.text(row.reason().nameKey())));
        table.getColumns().add(column(text.text("aid.field.handedOverBy"), 140, HandoutRow::handedOverBy));
        table.getColumns().add(column(text.text("aid.field.state"), 110, texts::state));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Tables.wrapHeaders(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        // the card is half the window: the table takes the width it is given, never widens the window
        table.setMinWidth(0);
        table.setPrefWidth(0);
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(viewModel.form().messageProperty());
        root.setPadding(new Insets(8));
        root.getChildren().addAll(table, message);
    }

    private static TableColumn<HandoutRow, String> column(String title, double width,
                                                          java.util.function.Function<HandoutRow, String> value) {
        TableColumn<HandoutRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 96));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(Long familyId, Long childId) {
        viewModel.show(familyId);
    }
}
