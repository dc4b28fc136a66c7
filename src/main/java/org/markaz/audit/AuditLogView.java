package org.markaz.audit;

import org.markaz.core.audit.AuditEntry;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.DateFields;
import org.markaz.core.ui.Cells;
import org.markaz.core.ui.Tables;

/** Binds the audit viewer. */
public final class AuditLogView {

    private final AuditLogViewModel viewModel;
    private final Localization localization;

    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private ComboBox<String> user;
    @FXML private ComboBox<String> table;
    @FXML private TextField recordId;
    @FXML private TableView<AuditEntry> entries;
    @FXML private TableColumn<AuditEntry, String> timeColumn;
    @FXML private TableColumn<AuditEntry, String> userColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> tableColumn;
    @FXML private TableColumn<AuditEntry, String> recordColumn;
    @FXML private TableView<AuditLogViewModel.ChangeRow> details;
    @FXML private TableColumn<AuditLogViewModel.ChangeRow, String> fieldColumn;
    @FXML private TableColumn<AuditLogViewModel.ChangeRow, String> beforeColumn;
    @FXML private TableColumn<AuditLogViewModel.ChangeRow, String> afterColumn;
    @FXML private Label pageText;
    @FXML private Label message;
    @FXML private Button previous;
    @FXML private Button next;

    public AuditLogView(AuditLogViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    @FXML
    private void initialize() {
        Tables.wrapHeaders(entries);
        Tables.wrapHeaders(details);
        DateFields.install(from, localization);
        DateFields.install(to, localization);
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        user.setItems(viewModel.users());
        user.setConverter(new StringConverter<>() {
            @Override
            public String toString(String stored) {
                return stored == null ? "" : viewModel.actorName(stored);
            }

            @Override
            public String fromString(String shown) {
                return shown;
            }
        });
        user.valueProperty().bindBidirectional(viewModel.userProperty());
        user.setOnAction(event -> viewModel.search()); // picking a user is the search
        table.setItems(viewModel.tables());
        table.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return viewModel.tableName(name);
            }

            @Override
            public String fromString(String shown) {
                return shown;
            }
        });
        table.valueProperty().bindBidirectional(viewModel.tableProperty());
        table.setOnAction(event -> viewModel.search());
        recordId.textProperty().bindBidirectional(viewModel.recordIdProperty());

        entries.setItems(viewModel.entries());
        entries.setPlaceholder(new Label(localization.text("table.empty")));
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.time(c.getValue())));
        userColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.actorName(c.getValue().actor())));
        actionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.actionName(c.getValue())));
        tableColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.tableName(c.getValue().tableName())));
        recordColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().recordId()));
        Tables.keepValuesWhole(entries);
        entries.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> viewModel.selectedProperty().set(entry));
        details.setItems(viewModel.details());
        fieldColumn.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyStringWrapper(row.getValue().field()));
        beforeColumn.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyStringWrapper(row.getValue().before()));
        afterColumn.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyStringWrapper(row.getValue().after()));
        // a third of the window beside the list: names and values wrap over lines rather than being cut
        fieldColumn.setCellFactory(Cells.wrapping());
        beforeColumn.setCellFactory(Cells.wrapping());
        afterColumn.setCellFactory(Cells.wrapping());
        Tables.keepValuesWhole(details, fieldColumn, beforeColumn, afterColumn); // the values matter most: no column takes all
        pageText.textProperty().bind(viewModel.pageTextProperty());
        message.textProperty().bind(viewModel.messageProperty());
        previous.disableProperty().bind(viewModel.hasPreviousProperty().not());
        next.disableProperty().bind(viewModel.hasNextProperty().not());
        viewModel.load();
    }

    @FXML
    private void search() {
        viewModel.search();
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }
}
