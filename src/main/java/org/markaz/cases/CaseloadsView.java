package org.markaz.cases;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.Tables;

/**
 * Binds the caseloads screen. Rows that want attention (an overdue review, a programme near its
 * end, absences this week) are highlighted; on the key workers' tab Ctrl and Shift choose several
 * cases to reassign at once.
 */
public final class CaseloadsView {

    private final CaseloadsViewModel viewModel;
    private final Localization localization;
    private final java.util.function.LongConsumer onOpenCase;

    @FXML private VBox root;
    @FXML private Label count;
    @FXML private HBox limitBox;
    @FXML private TextField limit;
    @FXML private Label limitError;
    @FXML private Label message;
    @FXML private TabPane tabs;
    @FXML private Tab mineTab;
    @FXML private Tab workersTab;
    @FXML private TableView<CaseRow> mine;
    @FXML private TableView<CaseRow> unassigned;
    @FXML private TableView<CaseRow> everyCase;
    @FXML private StackPane chartBox;
    @FXML private HBox reassignBox;
    @FXML private ComboBox<KeyWorker> reassignTo;
    @FXML private Button reassign;
    @FXML private Label details;
    @FXML private Button openCase;
    @FXML private HBox printBox;
    @FXML private javafx.scene.control.DatePicker reviewWeek;
    @FXML private Button printWeek;
    @FXML private Button printWeekOnPrinter;
    @FXML private javafx.scene.control.ProgressBar printProgress;
    @FXML private Button cancelPrint;
    @FXML private Label printMessage;

    public CaseloadsView(CaseloadsViewModel viewModel, Localization localization, java.util.function.LongConsumer onOpenCase) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.onOpenCase = onOpenCase;
    }

    @FXML
    private void initialize() {
        count.textProperty().bind(viewModel.countProperty());
        viewModel.overLimitProperty().addListener((obs, was, over) -> count.getStyleClass().setAll(over ? "error-text" : "subtitle"));
        limit.textProperty().bindBidirectional(viewModel.limitProperty());
        limit.setEditable(viewModel.mayReassign());
        limitBox.setVisible(viewModel.mayReassign());
        limitBox.setManaged(viewModel.mayReassign());
        limitError.textProperty().bind(viewModel.limitErrorProperty());
        message.textProperty().bind(viewModel.messageProperty());
        for (Label shownWhenSaid : List.of(limitError, message)) {
            shownWhenSaid.managedProperty().bind(shownWhenSaid.textProperty().isNotEmpty());
            shownWhenSaid.visibleProperty().bind(shownWhenSaid.textProperty().isNotEmpty());
        }
        details.textProperty().bind(viewModel.detailsProperty());

        columns(mine, false);
        columns(unassigned, false);
        columns(everyCase, true);
        mine.setItems(viewModel.mine());
        unassigned.setItems(viewModel.unassigned());
        everyCase.setItems(viewModel.everyOpenCase());
        mine.setPlaceholder(new Label(localization.text("cases.noneOwn")));
        unassigned.setPlaceholder(new Label(localization.text("cases.noneUnassigned")));
        everyCase.setPlaceholder(new Label(localization.text("cases.noneOpen")));
        for (TableView<CaseRow> table : List.of(mine, unassigned, everyCase)) {
            table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
            if (viewModel.mayOpenCases()) {
                // Enter or a double click opens the case's record
                table.setOnKeyPressed(event -> {
                    if (event.getCode() == javafx.scene.input.KeyCode.ENTER) {
                        openCase();
                        event.consume();
                    }
                });
                table.setOnMouseClicked(event -> {
                    if (event.getClickCount() == 2) {
                        openCase();
                    }
                });
            }
        }
        openCase.setVisible(viewModel.mayOpenCases());
        openCase.setManaged(viewModel.mayOpenCases());
        openCase.disableProperty().bind(viewModel.selectedProperty().map(row -> !viewModel.mayOpen(row)).orElse(true));
        everyCase.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        everyCase.getSelectionModel().getSelectedItems().addListener((ListChangeListener<CaseRow>) change ->
                viewModel.chosen().setAll(everyCase.getSelectionModel().getSelectedItems()));

        if (!viewModel.hasOwnCaseload()) {
            tabs.getTabs().remove(mineTab);
        }
        if (!viewModel.showsEveryWorker()) {
            tabs.getTabs().remove(workersTab);
        }
        reassignBox.setVisible(viewModel.mayReassign());
        reassignBox.setManaged(viewModel.mayReassign());
        Choices.install(reassignTo, viewModel.workers(), viewModel::workerText);
        reassignTo.setItems(viewModel.workers());
        reassignTo.valueProperty().bindBidirectional(viewModel.reassignToProperty());
        reassign.disableProperty().bind(viewModel.busyProperty());
        printBox.setVisible(viewModel.mayPrintReviews());
        printBox.setManaged(viewModel.mayPrintReviews());
        org.markaz.core.ui.DateFields.install(reviewWeek, localization);
        reviewWeek.valueProperty().bindBidirectional(viewModel.reviewWeekProperty());
        printWeek.disableProperty().bind(viewModel.printingProperty());
        printWeekOnPrinter.disableProperty().bind(viewModel.printingProperty());
        viewModel.setPrinter(file -> PdfPrinting.print(file, printWeek, viewModel.printMessageProperty()::set, localization));
        printProgress.progressProperty().bind(viewModel.printProgressProperty());
        // shown, and given room, only while printing: the week's date keeps its width the rest of the time
        printProgress.visibleProperty().bind(viewModel.printingProperty());
        printProgress.managedProperty().bind(viewModel.printingProperty());
        cancelPrint.visibleProperty().bind(viewModel.printingProperty());
        cancelPrint.managedProperty().bind(viewModel.printingProperty());
        printMessage.textProperty().bind(viewModel.printMessageProperty());
        chart();
        viewModel.load();
    }

    /** Adds a tab of the cases area (the parenting groups) after the caseloads' own; {@code onShown} runs each time it is chosen. */
    void addTab(String id, String titleKey, Node content, Runnable onShown) {
        Tab tab = new Tab(localization.text(titleKey), content);
        tab.setId(id);
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                onShown.run();
            }
        });
        tabs.getTabs().add(tab);
    }

    /** The first table a user works in: their own cases, or the unassigned ones for someone with no caseload. */
    public Node keysStart() {
        return viewModel.hasOwnCaseload() ? mine : unassigned;
    }

    /** Open cases and overdue reviews per key worker, side by side. */
    private void chart() {
        CategoryAxis workers = new CategoryAxis();
        NumberAxis cases = new NumberAxis();
        // whole cases: a fixed range from 0 with a tick per case (or per five on a long caseload)
        cases.setMinorTickVisible(false);
        cases.setAutoRanging(false);
        cases.setLowerBound(0);
        cases.setUpperBound(1);
        cases.setTickUnit(1);
        BarChart<String, Number> chart = new BarChart<>(workers, cases);
        chart.setId("caseloadChart");
        chart.setAnimated(false);
        chart.setTitle(localization.text("cases.chartTitle"));
        XYChart.Series<String, Number> open = new XYChart.Series<>();
        open.setName(localization.text("cases.openCases"));
        XYChart.Series<String, Number> overdue = new XYChart.Series<>();
        overdue.setName(localization.text("cases.overdueReviews"));
        chart.getData().setAll(List.of(open, overdue));
        viewModel.workers().addListener((ListChangeListener<KeyWorker>) change -> {
            // a category per worker: two workers of the same name would share one, which the chart cannot draw
            java.util.Map<String, Long> named = viewModel.workers().stream().collect(java.util.stream.Collectors.groupingBy(
                    KeyWorker::name, java.util.stream.Collectors.counting()));
            java.util.function.Function<KeyWorker, String> category = w -> named.get(w.name()) > 1
                    ? w.name() + " (" + w.staffId() + ")" : w.name();
            open.getData().setAll(viewModel.workers().stream()
                    .map(w -> new XYChart.Data<String, Number>(category.apply(w), w.openCases())).toList());
            overdue.getData().setAll(viewModel.workers().stream()
                    .map(w -> new XYChart.Data<String, Number>(category.apply(w), w.overdueReviews())).toList());
            int most = viewModel.workers().stream().mapToInt(KeyWorker::openCases).max().orElse(0);
            cases.setUpperBound(Math.max(1, most + 1));
            cases.setTickUnit(most > 20 ? 5 : 1);
        });
        chartBox.getChildren().setAll(chart);
    }

    private void columns(TableView<CaseRow> table, boolean withWorker) {
        TableColumn<CaseRow, String> children = column("cases.children", 170, CaseRow::children);
        table.getColumns().add(column("cases.family", 90, CaseRow::familyCode));
        table.getColumns().add(children);
        if (withWorker) {
            table.getColumns().add(column("cases.keyWorker", 140, row -> row.keyWorkerName() == null
                    ? localization.text("cases.unassigned") : row.keyWorkerName()));
        }
        table.getColumns().add(column("cases.type", 110, viewModel::typeText));
        table.getColumns().add(column("cases.days", 60, viewModel::daysText));
        table.getColumns().add(column("cases.programmeEnds", 110, viewModel::programmeEndText));
        table.getColumns().add(column("cases.nextReview", 110, viewModel::reviewText));
        if (!withWorker) {
            table.getColumns().add(column("cases.lastContact", 100, row -> viewModel.dateText(row.lastContactOn())));
            table.getColumns().add(column("cases.status", 150, viewModel::statusText));
            table.getColumns().add(column("cases.absences", 70, viewModel::absencesText));
        }
        Tables.wrapHeaders(table);
        Tables.keepValuesWhole(table, children);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(CaseRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("attention-row");
                if (!empty && row != null && viewModel.needsAttention(row)) {
                    getStyleClass().add("attention-row");
                }
            }
        });
    }

    private TableColumn<CaseRow, String> column(String titleKey, double width, Function<CaseRow, String> text) {
        TableColumn<CaseRow, String> column = new TableColumn<>(localization.text(titleKey));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    @FXML
    private void openCase() {
        CaseRow row = viewModel.selectedProperty().get();
        if (row != null && viewModel.mayOpen(row)) {
            onOpenCase.accept(row.id());
        }
    }

    @FXML
    private void printWeek() {
        viewModel.printReviewWeek();
    }

    @FXML
    private void printWeekOnPrinter() {
        viewModel.printReviewWeekOnPrinter();
    }

    @FXML
    private void cancelPrint() {
        viewModel.cancelPrinting();
    }

    @FXML
    private void saveLimit() {
        viewModel.saveLimit();
    }

    @FXML
    private void reassign() {
        viewModel.reassign();
    }
}
