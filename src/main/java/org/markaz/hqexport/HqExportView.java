package org.markaz.hqexport;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Cells;
import org.markaz.core.ui.FieldDecorations;

/** Binds the export screen to its ViewModel. */
public final class HqExportView {

    private final HqExportViewModel viewModel;
    private final Localization localization;

    @FXML private ComboBox<String> period;
    @FXML private Label comparedWith;
    @FXML private CheckBox encrypt;
    @FXML private CheckBox named;
    @FXML private TextField reason;
    @FXML private Button create;
    @FXML private ProgressBar progress;
    @FXML private Label progressMessage;
    @FXML private Label message;
    @FXML private TableView<HqExportViewModel.Line> lines;
    @FXML private TableColumn<HqExportViewModel.Line, String> indicatorColumn;
    @FXML private TableColumn<HqExportViewModel.Line, String> breakdownColumn;
    @FXML private TableColumn<HqExportViewModel.Line, String> valueColumn;
    @FXML private TableColumn<HqExportViewModel.Line, String> previousColumn;
    @FXML private TableView<HqExportViewModel.LogLine> log;
    @FXML private TableColumn<HqExportViewModel.LogLine, String> madeAtColumn;
    @FXML private TableColumn<HqExportViewModel.LogLine, String> madeByColumn;
    @FXML private TableColumn<HqExportViewModel.LogLine, String> logPeriodColumn;
    @FXML private TableColumn<HqExportViewModel.LogLine, String> checksumColumn;
    @FXML private Button saveAgain;
    @FXML private TextField checksum;
    @FXML private Button copyChecksum;
    @FXML private Label logKind;

    public HqExportView(HqExportViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    @FXML
    private void initialize() {
        period.setItems(viewModel.periods());
        period.valueProperty().bindBidirectional(viewModel.periodProperty());
        comparedWith.textProperty().bind(viewModel.comparedWithProperty());
        encrypt.selectedProperty().bindBidirectional(viewModel.encryptProperty());
        named.selectedProperty().bindBidirectional(viewModel.namedProperty());
        boolean director = viewModel.mayAddNamedRecords();
        named.setVisible(director);
        named.setManaged(director);
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        reason.visibleProperty().bind(viewModel.namedProperty());
        reason.managedProperty().bind(viewModel.namedProperty());
        new FieldDecorations(localization).showErrors(reason, viewModel.reasonErrorProperty());
        create.disableProperty().bind(viewModel.busyProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        progressMessage.textProperty().bind(viewModel.progressMessageProperty());
        progressMessage.visibleProperty().bind(viewModel.busyProperty());
        message.textProperty().bind(viewModel.messageProperty());
        lines.setItems(viewModel.lines());
        lines.setPlaceholder(new Label(localization.text("table.empty")));
        indicatorColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().indicator()));
        indicatorColumn.setCellFactory(Cells.wrapping());
        breakdownColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().breakdown()));
        breakdownColumn.setCellFactory(Cells.wrapping()); // "Settlement: Village (rural)" is wider than the column at 1366
        valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        previousColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().previous()));
        log.setItems(viewModel.log());
        log.setPlaceholder(new Label(localization.text("table.empty")));
        madeAtColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().madeAt()));
        madeByColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().madeBy()));
        logPeriodColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().period()));
        // the start of the checksum in the table; all of it (to read out or copy) below, and in the tooltip
        checksumColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().checksum().substring(0, 12) + "\u2026"));
        log.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(HqExportViewModel.LogLine line, boolean empty) {
                super.updateItem(line, empty);
                setTooltip(empty || line == null ? null : new Tooltip(line.checksum()
                        + (line.kind().isEmpty() ? "" : "\n" + line.kind())));
            }
        });
        var chosen = log.getSelectionModel().selectedItemProperty();
        checksum.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> chosen.get() == null ? "" : chosen.get().checksum(), chosen));
        logKind.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> chosen.get() == null ? "" : chosen.get().kind(), chosen));
        copyChecksum.disableProperty().bind(chosen.isNull());
        viewModel.selectedLogProperty().bind(log.getSelectionModel().selectedItemProperty());
        saveAgain.disableProperty().bind(log.getSelectionModel().selectedItemProperty().isNull().or(viewModel.busyProperty()));
        viewModel.show();
        // a period chosen from the list, or typed and Enter pressed (the box keeps Enter from the Show button), is shown
        period.setOnAction(event -> viewModel.show());
    }

    /** Where the keyboard starts on the screen: the period. */
    public ComboBox<String> keysStart() {
        return period;
    }

    @FXML
    private void show() {
        viewModel.show();
    }

    @FXML
    private void createPackage() {
        viewModel.createPackage();
    }

    @FXML
    private void copyChecksum() {
        ClipboardContent content = new ClipboardContent();
        content.putString(checksum.getText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void saveAgain() {
        viewModel.saveAgain();
    }
}
