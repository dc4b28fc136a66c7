package org.markaz.figures;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Cells;
import org.markaz.core.ui.DateFields;
import org.markaz.core.ui.FieldDecorations;
import org.markaz.core.ui.Notices;

/** Binds the figures screen and draws its charts. */
public final class FiguresView {

    private final FiguresViewModel viewModel;
    private final Localization localization;

    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private TableView<FiguresViewModel.Line> lines;
    @FXML private TableColumn<FiguresViewModel.Line, String> nameColumn;
    @FXML private TableColumn<FiguresViewModel.Line, String> valueColumn;
    @FXML private BarChart<Number, String> outcomesChart;
    @FXML private BarChart<Number, String> attendanceChart;
    @FXML private Label message;
    @FXML private Label periodNote;
    @FXML private Label exportMessage;
    @FXML private ProgressIndicator saving;
    @FXML private Button savePdf;
    @FXML private Button saveCsv;

    public FiguresView(FiguresViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    @FXML
    private void initialize() {
        DateFields.install(from, localization);
        DateFields.install(to, localization);
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        lines.setItems(viewModel.lines());
        lines.setPlaceholder(new Label(localization.text("table.empty")));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        nameColumn.setCellFactory(Cells.wrapping());
        valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        countsOnly((NumberAxis) outcomesChart.getXAxis());
        draw(outcomesChart, viewModel.outcomes());
        draw(attendanceChart, viewModel.attendance());
        shownWhenSaid(message, viewModel.messageProperty());
        shownWhenSaid(periodNote, viewModel.periodNoteProperty());
        shownWhenSaid(exportMessage, viewModel.exportMessageProperty());
        FieldDecorations decorations = new FieldDecorations(localization);
        decorations.date(from);
        decorations.date(to);
        decorations.showErrors(from, viewModel.fromErrorProperty());
        decorations.showErrors(to, viewModel.toErrorProperty());
        saving.visibleProperty().bind(viewModel.busyProperty());
        saving.managedProperty().bind(viewModel.busyProperty());
        savePdf.disableProperty().bind(viewModel.busyProperty());
        saveCsv.disableProperty().bind(viewModel.busyProperty());
        viewModel.setOnSaved(text -> Notices.confirm(lines, text));
        viewModel.show();
    }

    /** A message line takes room only while it says something. */
    private static void shownWhenSaid(Label label, javafx.beans.property.StringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(text.isNotEmpty());
    }

    /**
     * Horizontal bars: the long names of outcomes and services read on the left. The same bars
     * come back each time, so their values change in place rather than being drawn anew.
     */
    private static void draw(BarChart<Number, String> chart, ObservableList<FiguresViewModel.Bar> bars) {
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        bars.addListener((ListChangeListener<FiguresViewModel.Bar>) change -> {
            if (sameLabels(chart, bars)) {
                List<XYChart.Data<Number, String>> shown = chart.getData().get(0).getData();
                for (int i = 0; i < bars.size(); i++) {
                    shown.get(i).setXValue(bars.get(i).value());
                }
                return;
            }
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            bars.forEach(bar -> series.getData().add(new XYChart.Data<>(bar.value(), bar.label())));
            chart.getData().setAll(List.of(series));
        });
    }

    /** Children are counted whole: the axis labels only whole numbers (no "0.25" between 0 and 1). */
    private void countsOnly(NumberAxis axis) {
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v) ? localization.formatNumber((long) v) : "";
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("the axis only shows numbers");
            }
        });
    }

    private static boolean sameLabels(BarChart<Number, String> chart, List<FiguresViewModel.Bar> bars) {
        if (chart.getData().size() != 1 || chart.getData().get(0).getData().size() != bars.size()) {
            return false;
        }
        List<XYChart.Data<Number, String>> shown = chart.getData().get(0).getData();
        for (int i = 0; i < bars.size(); i++) {
            if (!shown.get(i).getYValue().equals(bars.get(i).label())) {
                return false;
            }
        }
        return true;
    }

    @FXML
    private void show() {
        viewModel.show();
    }

    @FXML
    private void savePdf() {
        viewModel.savePdf();
    }

    @FXML
    private void saveCsv() {
        viewModel.saveCsv();
    }
}
