package org.markaz.register;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.markaz.shared.ChildRow;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Cells;
import org.markaz.core.ui.Tables;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.DateFields;

/**
 * Binds the daily register. In the list, P marks the selected child present and A absent, and
 * the selection moves on; Page Up and Page Down go a day back and forward.
 */
public final class RegisterView {

    private final RegisterViewModel viewModel;
    private final Localization localization;

    @FXML private VBox root;
    @FXML private DatePicker date;
    @FXML private Label dayState;
    @FXML private Button closeDay;
    @FXML private TableView<RegisterEntry> entries;
    @FXML private TableColumn<RegisterEntry, String> serviceColumn;
    @FXML private TableColumn<RegisterEntry, String> childColumn;
    @FXML private TableColumn<RegisterEntry, String> markColumn;
    @FXML private Node details;
    @FXML private Label detailsTitle;
    @FXML private RadioButton present;
    @FXML private RadioButton absent;
    @FXML private TextField arrivedAt;
    @FXML private TextField leftAt;
    @FXML private ComboBox<String> broughtBy;
    @FXML private ComboBox<String> collectedBy;
    @FXML private ComboBox<AbsenceReason> absenceReason;
    @FXML private TextField note;
    @FXML private Label totals;
    @FXML private Node visitorBox;
    @FXML private TextField visitorSearch;
    @FXML private ComboBox<ChildRow> visitor;
    @FXML private Label message;
    @FXML private TableView<WeekRow> week;
    @FXML private javafx.scene.control.Tab weekTab;
    @FXML private Label weekLegend;

    public RegisterView(RegisterViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    @FXML
    private void initialize() {
        Tables.wrapHeaders(entries);
        DateFields.install(date, localization);
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        dayState.textProperty().bind(viewModel.dayStateProperty());
        closeDay.setVisible(viewModel.mayClose());
        closeDay.setManaged(viewModel.mayClose());
        closeDay.disableProperty().bind(viewModel.closedProperty().or(viewModel.busyProperty()));

        entries.setItems(viewModel.entries());
        entries.setPlaceholder(new Label(localization.text("register.nobody")));
        serviceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.serviceText(c.getValue())));
        serviceColumn.setCellFactory(Cells.shortWithTooltip(viewModel::serviceFullText));
        childColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().childName()));
        markColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.markText(c.getValue())));
        Tables.keepValuesWhole(entries);
        entries.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> viewModel.selectedProperty().set(entry));
        viewModel.selectedProperty().addListener((obs, old, entry) -> {
            if (entry != null && entries.getSelectionModel().getSelectedItem() != entry) {
                entries.getSelectionModel().select(entry);
            }
        });
        // the character typed, not the key pressed: under a Russian or Tajik layout P types З and A types Ф
        entries.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            if (viewModel.keyTyped(event.getCharacter(), entries.getSelectionModel().getSelectedItem())) {
                event.consume();
            }
        });
        // a filter, not a handler: the list would otherwise take Page Up and Page Down to scroll
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.PAGE_UP) {
                viewModel.previousDay();
                event.consume();
            } else if (event.getCode() == KeyCode.PAGE_DOWN) {
                viewModel.nextDay();
                event.consume();
            }
        });

        ToggleGroup presence = new ToggleGroup();
        present.setToggleGroup(presence);
        absent.setToggleGroup(presence);
        present.setSelected(viewModel.presentProperty().get());
        viewModel.presentProperty().addListener((obs, old, isPresent) -> (isPresent ? present : absent).setSelected(true));
        presence.selectedToggleProperty().addListener((obs, old, toggle) -> viewModel.presentProperty().set(toggle == present));
        arrivedAt.textProperty().bindBidirectional(viewModel.arrivedAtProperty());
        leftAt.textProperty().bindBidirectional(viewModel.leftAtProperty());
        broughtBy.setItems(viewModel.carers());
        broughtBy.getEditor().textProperty().bindBidirectional(viewModel.broughtByProperty());
        collectedBy.setItems(viewModel.carers());
        collectedBy.getEditor().textProperty().bindBidirectional(viewModel.collectedByProperty());
        Choices.installKeys(absenceReason, AbsenceReason.values(), AbsenceReason::nameKey, localization);
        absenceReason.valueProperty().bindBidirectional(viewModel.absenceReasonProperty());
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        for (Node whenPresent : new Node[] {arrivedAt, leftAt, broughtBy, collectedBy}) {
            whenPresent.disableProperty().bind(viewModel.presentProperty().not());
        }
        absenceReason.disableProperty().bind(viewModel.presentProperty());
        detailsTitle.textProperty().bind(viewModel.selectedProperty().map(entry -> entry.childName()));
        details.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty()));

        totals.textProperty().bind(viewModel.totalsProperty());
        visitorSearch.textProperty().bindBidirectional(viewModel.visitorSearchProperty());
        Choices.install(visitor, viewModel.visitorMatches(), row -> row.fullName() + " (" + row.familyCode() + ")");
        visitor.setItems(viewModel.visitorMatches());
        viewModel.visitorMatches().addListener((javafx.collections.ListChangeListener<ChildRow>) change -> {
            if (!viewModel.visitorMatches().isEmpty()) {
                visitor.getSelectionModel().selectFirst();
            }
        });
        visitor.valueProperty().bindBidirectional(viewModel.visitorProperty());
        visitorBox.setVisible(viewModel.mayMark());
        visitorBox.setManaged(viewModel.mayMark());
        details.setVisible(viewModel.mayMark());
        message.textProperty().bind(viewModel.messageProperty());

        week.setItems(viewModel.week());
        weekLegend.setText(viewModel.weekLegend());
        viewModel.weekShownProperty().bind(weekTab.selectedProperty());
        week.setPlaceholder(new Label(localization.text("register.nobody")));
        viewModel.weekStartProperty().addListener((obs, old, monday) -> weekColumns(monday));
        // the list arrives from the background: select its first child then, ready for P and A
        viewModel.entries().addListener((javafx.collections.ListChangeListener<RegisterEntry>) change -> {
            if (entries.getSelectionModel().isEmpty() && !entries.getItems().isEmpty()) {
                entries.getSelectionModel().selectFirst();
            }
        });
        viewModel.load();
    }

    /** Where the keys start: the list, so the first key pressed marks a child. */
    public Node keysStart() {
        return entries;
    }

    private void weekColumns(java.time.LocalDate monday) {
        week.getColumns().clear();
        TableColumn<WeekRow, String> name = new TableColumn<>(localization.text("field.fullName"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().childName()));
        name.setPrefWidth(190);
        week.getColumns().add(name);
        for (int d = 0; d < 7; d++) {
            java.time.LocalDate day = monday.plusDays(d);
            TableColumn<WeekRow, String> column = new TableColumn<>(
                    day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, localization.language().locale())
                            + "\n" + localization.formatDate(day).substring(0, 5));
            column.setMinWidth(62);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.weekCell(c.getValue(), day)));
            week.getColumns().add(column);
        }
        Tables.wrapHeaders(week);
    }

    @FXML
    private void previousDay() {
        viewModel.previousDay();
    }

    @FXML
    private void nextDay() {
        viewModel.nextDay();
    }

    @FXML
    private void printDay() {
        viewModel.printDay();
    }

    @FXML
    private void closeDay() {
        viewModel.closeDay();
    }

    @FXML
    private void saveDetails() {
        viewModel.saveDetails();
    }

    @FXML
    private void addVisitor() {
        viewModel.addVisitor();
    }
}
