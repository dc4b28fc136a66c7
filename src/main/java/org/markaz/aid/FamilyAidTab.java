package org.markaz.aid;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.FieldDecorations;
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
        var items = column(text.text("aid.field.items"), 260, texts::items);
        var handedOverBy = column(text.text("aid.field.handedOverBy"), 140, HandoutRow::handedOverBy);
        table.getColumns().add(column(text.text("aid.field.date"), 90, row -> text.formatDate(row.on())));
        table.getColumns().add(items);
        table.getColumns().add(column(text.text("aid.field.reason"), 120, row -> text.text(row.reason().nameKey())));
        // the state before who handed out: in a half-window card the last column may need scrolling to
        table.getColumns().add(column(text.text("aid.field.state"), 110, texts::state));
        table.getColumns().add(handedOverBy);
        Tables.wrapHeaders(table);
        Tables.keepValuesWhole(table, items, handedOverBy); // the items, and the name typed on the hand-out
        VBox.setVgrow(table, Priority.ALWAYS);
        // the card is half the window: the table takes the width it is given, never widens the window
        table.setMinWidth(0);
        table.setPrefWidth(0);
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(viewModel.form().messageProperty());
        root.setPadding(new Insets(8));
        root.getChildren().addAll(table, message);
        if (viewModel.mayRequest()) {
            root.getChildren().add(requestPart(text));
        }
    }

    /** The key worker's requests for the family, with their answers, and a line to ask for more. */
    private Node requestPart(Localization text) {
        TableView<AidRequest> requests = new TableView<>(viewModel.requests());
        requests.setId("familyAidRequests");
        requests.setPlaceholder(AidTexts.placeholder(text.text("aid.request.noneForFamily")));
        requests.getColumns().add(requestColumn(text.text("aid.field.date"), 90, row -> text.formatDate(row.requestedOn())));
        requests.getColumns().add(requestColumn(text.text("aid.field.what"), 220, AidRequest::what));
        requests.getColumns().add(requestColumn(text.text("aid.field.state"), 200, row -> row.declineReason() == null
                ? text.text(row.status().nameKey()) : text.text(row.status().nameKey()) + ": " + row.declineReason()));
        Tables.wrapHeaders(requests);
        Tables.keepValuesWhole(requests, requests.getColumns().get(1), requests.getColumns().get(2)); // typed by people
        requests.setMinWidth(0);
        requests.setPrefWidth(0);
        requests.setPrefHeight(120);
        ComboBox<HandoutReason> reason = new ComboBox<>();
        reason.setId("familyAidRequestReason");
        Choices.installKeys(reason, HandoutReason.values(), HandoutReason::nameKey, text);
        reason.valueProperty().bindBidirectional(viewModel.reasonProperty());
        TextField what = new TextField();
        what.setId("familyAidRequestWhat");
        what.setPromptText(text.text("aid.field.what"));
        what.textProperty().bindBidirectional(viewModel.whatProperty());
        what.setOnAction(event -> viewModel.sendRequest());
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMinWidth(80);
        Button send = new Button(text.text("aid.request.send"));
        send.setId("familyAidRequestSend");
        send.setMinWidth(Control.USE_PREF_SIZE);
        send.setOnAction(event -> viewModel.sendRequest());
        send.disableProperty().bind(viewModel.busyProperty());
        FieldDecorations marks = new FieldDecorations(text);
        marks.showErrors(reason, viewModel.request().errors().of("aid.field.reason"));
        marks.showErrors(what, viewModel.request().errors().of("aid.field.what"));
        Label title = new Label(text.text("aid.request.title"));
        title.setMinWidth(Control.USE_PREF_SIZE);
        title.getStyleClass().add("section-title");
        HBox ask = new HBox(6, reason, what, send);
        ask.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("familyAidRequestMessage");
        message.setWrapText(true);
        message.setMinHeight(Control.USE_PREF_SIZE);
        message.textProperty().bind(viewModel.request().messageProperty());
        return new VBox(6, title, requests, ask, message);
    }

    private static TableColumn<AidRequest, String> requestColumn(String title, double width,
                                                                 java.util.function.Function<AidRequest, String> value) {
        TableColumn<AidRequest, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 80));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(org.markaz.core.ui.Cells.wrapping());
        return column;
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
