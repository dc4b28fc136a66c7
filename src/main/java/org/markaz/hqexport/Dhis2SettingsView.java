package org.markaz.hqexport;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import java.util.function.Function;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Cells;
import org.markaz.core.ui.FieldDecorations;

/** Binds the DHIS2 settings screen to its ViewModel. */
public final class Dhis2SettingsView {

    private final Dhis2SettingsViewModel viewModel;
    private final Localization localization;

    @FXML private TextField orgUnit;
    @FXML private Button save;
    @FXML private Button importCsv;
    @FXML private Label message;
    @FXML private TableView<Dhis2SettingsViewModel.Line> mapping;
    @FXML private TableColumn<Dhis2SettingsViewModel.Line, String> indicatorColumn;
    @FXML private TableColumn<Dhis2SettingsViewModel.Line, String> breakdownColumn;
    @FXML private TableColumn<Dhis2SettingsViewModel.Line, String> dataElementColumn;
    @FXML private TableColumn<Dhis2SettingsViewModel.Line, String> optionComboColumn;

    public Dhis2SettingsView(Dhis2SettingsViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    @FXML
    private void initialize() {
        orgUnit.textProperty().bindBidirectional(viewModel.orgUnitProperty());
        orgUnit.promptTextProperty().bind(viewModel.ownOrgUnitProperty());
        new FieldDecorations(localization).showErrors(orgUnit, viewModel.orgUnitErrorProperty());
        save.disableProperty().bind(viewModel.busyProperty());
        importCsv.disableProperty().bind(viewModel.busyProperty());
        message.textProperty().bind(viewModel.messageProperty());
        mapping.setItems(viewModel.lines());
        // reading the cells counts two years: say so rather than "nothing to show" meanwhile
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.busyProperty())
                .then(localization.text("dhis2.loading")).otherwise(localization.text("table.empty")));
        mapping.setPlaceholder(placeholder);
        indicatorColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().indicator()));
        indicatorColumn.setCellFactory(Cells.wrapping());
        breakdownColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().breakdown()));
        breakdownColumn.setCellFactory(Cells.wrapping()); // "Settlement: Village (rural)" is wider than the column at 1366
        dataElementColumn.setCellFactory(column -> new IdCell(Dhis2SettingsViewModel.Line::dataElementProperty,
                Dhis2SettingsViewModel.Line::dataElementErrorProperty, Dhis2SettingsViewModel.Line::ownDataElement));
        optionComboColumn.setCellFactory(column -> new IdCell(Dhis2SettingsViewModel.Line::optionComboProperty,
                Dhis2SettingsViewModel.Line::optionComboErrorProperty, line -> Dhis2.DEFAULT_OPTION_COMBO));
        viewModel.refusedRowProperty().addListener((obs, old, row) -> {
            if (row.intValue() >= 0) {
                mapping.scrollTo(row.intValue());
                mapping.getSelectionModel().select(row.intValue());
            }
        });
        viewModel.load();
    }

    /**
     * An id typed straight into the table (Tab goes on to the next), bound to its line; Markaz's
     * own id shows greyed while it is empty, and a refused id is marked with the reason.
     */
    private static final class IdCell extends TableCell<Dhis2SettingsViewModel.Line, String> {
        private final TextField field = new TextField();
        private final Function<Dhis2SettingsViewModel.Line, StringProperty> property;
        private final Function<Dhis2SettingsViewModel.Line, StringProperty> error;
        private final Function<Dhis2SettingsViewModel.Line, String> own;
        private Dhis2SettingsViewModel.Line bound;

        IdCell(Function<Dhis2SettingsViewModel.Line, StringProperty> property,
               Function<Dhis2SettingsViewModel.Line, StringProperty> error, Function<Dhis2SettingsViewModel.Line, String> own) {
            this.property = property;
            this.error = error;
            this.own = own;
            field.getStyleClass().add("dhis2-id");
            setGraphic(null);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                field.textProperty().unbindBidirectional(property.apply(bound));
                field.tooltipProperty().unbind();
                field.styleProperty().unbind();
                bound = null;
            }
            Dhis2SettingsViewModel.Line line = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (line == null) {
                setGraphic(null);
                return;
            }
            bound = line;
            field.setPromptText(own.apply(line));
            field.textProperty().bindBidirectional(property.apply(line));
            StringProperty refused = error.apply(line);
            field.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                    () -> refused.get().isEmpty() ? null : new Tooltip(refused.get()), refused));
            field.styleProperty().bind(javafx.beans.binding.Bindings.when(refused.isEmpty()).then("")
                    .otherwise("-fx-border-color: #c0392b;"));
            setGraphic(field);
        }
    }

    /** Where the keyboard starts: the org unit. */
    public TextField keysStart() {
        return orgUnit;
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void importCsv() {
        viewModel.importCsv();
    }
}
