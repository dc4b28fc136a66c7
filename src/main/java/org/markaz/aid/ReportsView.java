package org.markaz.aid;

import java.io.File;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Cells;
import org.markaz.core.ui.DateFields;
import org.markaz.core.ui.FieldDecorations;
import org.markaz.core.ui.Tables;

/**
 * The aid's reports tab: the month's statement to save (PDF or spreadsheet), and for a period the
 * aid by category and by family beside a chart of spending by month, stacked by category. Built
 * in code: two small forms over two tables and a chart.
 */
public final class ReportsView {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    private final ReportsViewModel viewModel;
    private final Localization text;
    private final AidTexts texts;
    private final VBox root = new VBox(8);
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final StackedBarChart<String, Number> chart;

    public ReportsView(ReportsViewModel viewModel, Localization text) {
        this.viewModel = viewModel;
        this.text = text;
        this.texts = new AidTexts(text);
        viewModel.setSpreadsheetTarget(this::chooseSpreadsheet);
        FieldDecorations marks = new FieldDecorations(text);

        month.setId("aidReportMonth");
        month.setItems(viewModel.months());
        AidTexts.cells(month, shown -> MONTH.format(shown));
        month.valueProperty().bindBidirectional(viewModel.monthProperty());
        marks.showErrors(month, viewModel.statement().errors().of("aid.field.month"));
        Button pdf = button("aidStatementPdf", "aid.report.savePdf", viewModel::saveStatementPdf);
        Button spreadsheet = button("aidStatementCsv", "aid.report.saveSpreadsheet", viewModel::saveStatementSpreadsheet);
        HBox statementRow = row(label("aid.field.month", month), month, pdf, spreadsheet);
        Label statementMessage = message("aidStatementMessage", viewModel.statement());

        DatePicker from = new DatePicker();
        from.setId("aidReportFrom");
        DateFields.install(from, text);
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("aidReportTo");
        DateFields.install(to, text);
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        marks.date(from);
        marks.date(to);
        marks.showErrors(from, viewModel.period().errors().of("aid.field.from"));
        marks.showErrors(to, viewModel.period().errors().of("aid.field.to"));
        Button show = button("aidReportShow", "aid.report.show", viewModel::load);
        to.setOnAction(event -> viewModel.load());
        HBox periodRow = row(label("aid.field.from", from), from, label("aid.field.to", to), to, show);
        Label periodMessage = message("aidReportMessage", viewModel.period());

        TableView<AidTotals.ByCategory> categories = new TableView<>(viewModel.byCategory());
        categories.setId("aidByCategory");
        TableColumn<AidTotals.ByCategory, String> category = column(text.text("aid.field.category"), 220,
                row -> text.text(row.category().nameKey()));
        category.setCellFactory(Cells.wrapping());
        categories.getColumns().add(category);
        categories.getColumns().add(column(text.text("aid.report.handoutsCount"), 70, row -> Integer.toString(row.handouts())));
        categories.getColumns().add(column(text.text("aid.report.families"), 70, row -> Integer.toString(row.families())));
        categories.getColumns().add(column(text.text("aid.report.units"), 70, row -> Integer.toString(row.units())));
        categories.setPrefHeight(240);
        TableView<AidTotals.ByFamily> families = new TableView<>(viewModel.byFamily());
        families.setId("aidByFamily");
        families.getColumns().add(column(text.text("aid.field.family"), 100, AidTotals.ByFamily::familyCode));
        families.getColumns().add(column(text.text("aid.report.handoutsCount"), 80, row -> Integer.toString(row.handouts())));
        families.getColumns().add(column(text.text("aid.report.units"), 70, row -> Integer.toString(row.units())));
        TableColumn<AidTotals.ByFamily, String> items = column(text.text("aid.field.items"), 240, row -> row.items().stream()
                .map(item -> texts.name(item.item()) + " × " + item.quantity()).reduce((a, b) -> a + ", " + b).orElse(""));
        items.setCellFactory(Cells.wrapping());
        families.getColumns().add(items);
        for (TableView<?> table : java.util.List.of(categories, families)) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
            table.setPlaceholder(AidTexts.placeholder(text.text("table.empty")));
            Tables.wrapHeaders(table);
            table.setMinWidth(0);
        }
        VBox.setVgrow(families, Priority.ALWAYS);
        VBox tables = new VBox(8, categories, families);
        tables.setPrefWidth(470);
        tables.setMinWidth(0);

        CategoryAxis months = new CategoryAxis();
        NumberAxis somoni = new NumberAxis();
        somoni.setLabel(text.text("aid.report.spentSomoni"));
        chart = new StackedBarChart<>(months, somoni);
        chart.setId("aidSpendingChart");
        chart.setTitle(text.text("aid.report.spendingChart"));
        chart.setAnimated(false);
        chart.setMinWidth(0);
        chart.setPrefWidth(420);
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(tables, Priority.ALWAYS);
        viewModel.spending().addListener((ListChangeListener<AidTotals.Spending>) change -> drawChart());
        HBox results = new HBox(12, tables, chart);
        VBox.setVgrow(results, Priority.ALWAYS);

        root.setPadding(new Insets(10));
        root.getChildren().addAll(section("aid.report.statementSection"), statementRow, statementMessage, new Separator(),
                section("aid.report.periodSection"), periodRow, periodMessage, results);
    }

    public Node root() {
        return root;
    }

    /** Where the keys start: the month of the statement. */
    public Node keysStart() {
        return month;
    }

    /** Reads the period's reports (when the tab is opened: they read a whole period). */
    public void reload() {
        viewModel.load();
    }

    /** One series per category, the months in order along the bottom; whole somoni (the bars are a picture, not the books). */
    private void drawChart() {
        Map<AidCategory, XYChart.Series<String, Number>> series = new EnumMap<>(AidCategory.class);
        for (AidTotals.Spending spent : viewModel.spending()) {
            XYChart.Series<String, Number> line = series.computeIfAbsent(spent.category(), category -> {
                XYChart.Series<String, Number> created = new XYChart.Series<>();
                created.setName(text.text(category.nameKey()));
                return created;
            });
            line.getData().add(new XYChart.Data<>(MONTH.format(spent.month()), spent.diram() / 100));
        }
        CategoryAxis axis = (CategoryAxis) chart.getXAxis();
        axis.getCategories().setAll(viewModel.spending().stream().map(s -> MONTH.format(s.month())).distinct().toList());
        chart.getData().setAll(series.values());
    }

    private Optional<Path> chooseSpreadsheet(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.text("aid.report.saveSpreadsheet"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.text("aid.report.spreadsheetType") + " (CSV)", "*.csv"));
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(text.text(key));
        button.setId(id);
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        button.disableProperty().bind(viewModel.busyProperty());
        return button;
    }

    private Label label(String key, Node field) {
        Label label = new Label(text.text(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setLabelFor(field);
        return label;
    }

    private Label section(String key) {
        Label label = new Label(text.text(key));
        label.getStyleClass().add("section-title");
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label message(String id, Form form) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.textProperty().bind(form.messageProperty());
        return label;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
