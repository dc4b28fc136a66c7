package org.markaz.figures;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.DateFields;

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
        valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        countsOnly((NumberAxis) outcomesChart.getXAxis());
        draw(outcomesChart, viewModel.outcomes());
        draw(attendanceChart, viewModel.attendance());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.show();
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
}
