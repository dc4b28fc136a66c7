package org.markaz.aid;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Cells;
import org.markaz.core.ui.FieldDecorations;
import org.markaz.core.ui.Tables;

/**
 * The requests waiting for an answer: a table (Enter approves the selected one), and below it
 * the reason to decline with. Built in code: one table and one row of controls.
 */
public final class RequestsView {

    private final RequestsViewModel viewModel;
    private final VBox root = new VBox(8);
    private final TableView<AidRequest> table;

    public RequestsView(RequestsViewModel viewModel, Localization text) {
        this.viewModel = viewModel;
        table = new TableView<>(viewModel.pending());
        table.setId("aidPendingRequests");
        table.getColumns().add(column(text.text("aid.field.date"), 90, row -> text.formatDate(row.requestedOn())));
        table.getColumns().add(column(text.text("aid.field.family"), 100, AidRequest::familyCode));
        table.getColumns().add(column(text.text("aid.field.reason"), 130, row -> text.text(row.reason().nameKey())));
        TableColumn<AidRequest, String> what = column(text.text("aid.field.what"), 360, AidRequest::what);
        what.setCellFactory(Cells.wrapping());
        table.getColumns().add(what);
        table.getColumns().add(column(text.text("aid.field.requestedBy"), 140, AidRequest::requestedByName));
        table.setPlaceholder(AidTexts.placeholder(text.text("aid.request.noneWaiting")));
        Tables.wrapHeaders(table);
        Tables.keepValuesWhole(table, what); // what the family asked for, as typed
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.approve();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button approve = new Button(text.text("aid.request.approve"));
        approve.setId("aidApproveRequest");
        approve.setOnAction(event -> viewModel.approve());
        TextField reason = new TextField();
        reason.setId("aidDeclineReason");
        reason.setPromptText(text.text("aid.field.declineReason"));
        reason.textProperty().bindBidirectional(viewModel.declineReasonProperty());
        reason.setOnAction(event -> viewModel.decline());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button decline = new Button(text.text("aid.request.decline"));
        decline.setId("aidDeclineRequest");
        decline.setOnAction(event -> viewModel.decline());
        Label reasonLabel = new Label(text.text("aid.field.declineReason"));
        reasonLabel.setLabelFor(reason);
        for (javafx.scene.control.Labeled labeled : java.util.List.of(approve, decline, reasonLabel)) {
            labeled.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        }
        approve.disableProperty().bind(viewModel.busyProperty());
        decline.disableProperty().bind(viewModel.busyProperty());
        HBox actions = new HBox(8, approve, reasonLabel, reason, decline);
        actions.setAlignment(Pos.CENTER_LEFT);
        FieldDecorations marks = new FieldDecorations(text);
        marks.showErrors(reason, viewModel.form().errors().of("aid.field.declineReason"));
        marks.showErrors(table, viewModel.form().errors().of("aid.field.request"));
        Label message = new Label();
        message.setId("aidRequestsMessage");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.textProperty().bind(viewModel.form().messageProperty());
        Label hint = new Label(text.text("aid.request.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        root.setPadding(new Insets(10));
        root.getChildren().addAll(hint, table, actions, message);
        viewModel.load();
    }

    public Node root() {
        return root;
    }

    public Node keysStart() {
        return table;
    }

    public void reload() {
        viewModel.load();
    }

    private static TableColumn<AidRequest, String> column(String title, double width, Function<AidRequest, String> value) {
        TableColumn<AidRequest, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
