package org.markaz.core.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ListProperty;
import javafx.beans.property.SimpleListProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Callback;

/** What every table of the program does alike. */
public final class Tables {

    /** What a column's heading takes beside its label: the header's padding and the sort arrow. */
    private static final double HEADER_ROOM = 20;
    /** Headings are drawn bold in the program's font (markaz.css: DejaVu Sans, 13px). */
    private static final Font HEADING_FONT = Font.font("DejaVu Sans",
            FontWeight.BOLD, 13);
    /** The key in a column's properties for the width its heading needs (two lines at most). */
    private static final String HEADING_WIDTH = "markaz.headingWidth";
    /** A cell's padding left and right, with a little to spare so that rounding never ends a value in "…". */
    private static final double CELL_ROOM = 12;
    /** The key in a column's properties for the width it was designed with (FXML or code). */
    private static final String DESIGNED_WIDTH = "markaz.designedWidth";
    /** The key in a table's properties for the watch on its rows, which lives as long as the table. */
    private static final String ROWS_WATCHED = "markaz.rowsWatched";
    /** Room kept for the vertical scroll bar a long table shows. */
    private static final double VERTICAL_SCROLL_BAR = 16;
    /** No value column grows wider than this; the free-text columns keep the rest of the table. */
    private static final double WIDEST_VALUE_COLUMN = 340;
    /** A free-text column keeps room for a few words: a name or two, the start of a reason. */
    private static final double NARROWEST_FREE_TEXT = 110;
    /**
     * Texts more than this many letters shorter than a column's longest are not measured: in real
     * values four letters more outweigh the differences between letters.
     */
    private static final int LONGEST_SLACK = 4;
    /** Rows measured for a column's width: the first screenfuls are what is read. */
    private static final int MEASURED_ROWS = 300;
    /** The key in a column's properties that marks it as free text, shown whole in a tooltip when cut. */
    public static final String FREE_TEXT = "markaz.freeText";
    /** The key in a tooltip's properties that marks it as one of these, showing a cut cell's whole text. */
    private static final String WHOLE_TEXT = "markaz.wholeText";

    private Tables() {
    }

    /** The narrowest width at which {@code text} takes at most two lines, none of its words broken. */
    private static double narrowestInTwoLines(String text) {
        Text measure = new Text(text);
        measure.setFont(HEADING_FONT);
        double oneLine = measure.getLayoutBounds().getWidth();
        double longestWord = 0;
        for (String word : text.split("\\s+")) {
            measure.setText(word);
            longestWord = Math.max(longestWord, measure.getLayoutBounds().getWidth());
        }
        measure.setText(text);
        double lineHeight = HEADING_FONT.getSize() * 1.5;
        double width = Math.max(longestWord, oneLine / 2);
        while (width < oneLine) {
            measure.setWrappingWidth(width);
            if (measure.getLayoutBounds().getHeight() < 2 * lineHeight) {
                break;
            }
            width += 4;
        }
        return Math.ceil(width);
    }

    /**
     * Every value column of {@code table} is kept at least as wide as its widest value (of the
     * first {@value #MEASURED_ROWS} rows), so that a status, a reason from a list, a date or a
     * name is never cut; {@code freeText} columns (what people typed, lists of items) take what is
     * left. A value wider than {@value #WIDEST_VALUE_COLUMN} px, or free text that does not fit,
     * shows its whole text in a tooltip. Measured again whenever the rows change.
     */
    @SafeVarargs
    public static <S> void keepValuesWhole(TableView<S> table, TableColumn<S, ?>... freeText) {
        Set<TableColumn<S, ?>> free = Set.of(freeText);
        table.getColumns().forEach(Tables::designedWidth); // before any is changed
        for (TableColumn<S, ?> column : free) {
            column.getProperties().put(FREE_TEXT, Boolean.TRUE);
            column.setMinWidth(Math.max(column.getMinWidth(), NARROWEST_FREE_TEXT));
        }
        // a value column stops growing at WIDEST_VALUE_COLUMN: a longer value (a name of 60 letters) is cut too
        table.getColumns().forEach(Tables::showWholeInTooltip);
        Runnable fit = () -> fit(table, free);
        // a list refreshed row by row sends a change per row: measured once, after the last
        boolean[] fitting = {false};
        ListChangeListener<S> rowsChanged = change -> {
            if (!fitting[0]) {
                fitting[0] = true;
                Platform.runLater(() -> {
                    fitting[0] = false;
                    fit.run();
                });
            }
        };
        // follows the table's list, and says so when another list is set, even an equal (empty) one
        ListProperty<S> rows = new SimpleListProperty<>();
        rows.bind(table.itemsProperty());
        rows.addListener(rowsChanged);
        table.getProperties().put(ROWS_WATCHED, rows); // kept as long as the table
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // the widths are set here
        fit.run();
        table.widthProperty().addListener((observable, was, now) -> fillOrScroll(table));
    }

    private static <S> void fit(TableView<S> table, Set<TableColumn<S, ?>> free) {
        if (table.getItems() == null) {
            return;
        }
        Text measure = new Text();
        measure.setFont(cellFont(table));
        int rows = Math.min(table.getItems().size(), MEASURED_ROWS);
        for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
            if (free.contains(column)) {
                continue;
            }
            double widest = 0;
            for (String value : longestValues(column, rows)) {
                measure.setText(value);
                widest = Math.max(widest, measure.getLayoutBounds().getWidth());
            }
            if (widest > 0) {
                double heading = (double) column.getProperties().getOrDefault(HEADING_WIDTH, 0.0);
                column.setMinWidth(Math.max(heading, Math.min(WIDEST_VALUE_COLUMN, Math.ceil(widest + CELL_ROOM))));
            }
        }
        fillOrScroll(table);
    }

    /**
     * The columns fill the table's width when their minimums fit, the free-text ones (or, without
     * any, all) taking a share of the room left in proportion to their designed width; when they
     * do not fit, each keeps its minimum and the table scrolls sideways. Done here rather than by
     * JavaFX's constrained policy, which does not run again when a minimum grows and then
     * squeezes or overflows the columns.
     */
    private static void fillOrScroll(TableView<?> table) {
        if (table.getWidth() <= 0) {
            return;
        }
        List<? extends TableColumn<?, ?>> columns = table.getVisibleLeafColumns();
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - VERTICAL_SCROLL_BAR;
        double spare = Math.max(0, room - columns.stream().mapToDouble(TableColumn::getMinWidth).sum());
        // the room to spare goes to what people typed, which is what is left cut; else to every column
        boolean anyFreeText = columns.stream().anyMatch(Tables::isFreeText);
        ToDoubleFunction<TableColumn<?, ?>> share = column ->
                !anyFreeText || isFreeText(column) ? designedWidth(column) : 0;
        double weights = columns.stream().mapToDouble(share).sum();
        for (TableColumn<?, ?> column : columns) {
            column.setPrefWidth(Math.floor(column.getMinWidth() + spare * share.applyAsDouble(column) / weights));
        }
    }

    private static boolean isFreeText(TableColumn<?, ?> column) {
        return column.getProperties().containsKey(FREE_TEXT);
    }

    /** The width the column was laid out with, kept as its share of any room to spare. */
    private static double designedWidth(TableColumn<?, ?> column) {
        return (double) column.getProperties().computeIfAbsent(DESIGNED_WIDTH, key -> column.getPrefWidth());
    }

    /**
     * The column's longest texts among its first {@code rows} values: only they can be the widest,
     * give or take a few narrow letters, and measuring every row of a long list takes too long.
     */
    private static List<String> longestValues(TableColumn<?, ?> column, int rows) {
        Set<String> values = new HashSet<>();
        int longest = 0;
        for (int row = 0; row < rows; row++) {
            Object value = column.getCellData(row);
            if (value instanceof CharSequence || value instanceof Number) {
                String text = value.toString();
                if (text.length() >= longest - LONGEST_SLACK && values.add(text)) {
                    longest = Math.max(longest, text.length());
                }
            }
        }
        int cut = longest - LONGEST_SLACK;
        return values.stream().filter(text -> text.length() >= cut).toList();
    }

    /** The font the table's cells are drawn in (the program's style sheet sets it), as a shown cell has it. */
    private static Font cellFont(TableView<?> table) {
        Node cell = table.lookup(".table-cell");
        return cell instanceof Labeled labeled ? labeled.getFont()
                : Font.font("DejaVu Sans", 13);
    }

    private static <S, T> void showWholeInTooltip(TableColumn<S, T> column) {
        Callback<TableColumn<S, T>, TableCell<S, T>> made = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<S, T> cell = made.call(c);
            InvalidationListener look = changed -> showWholeIfCut(cell);
            cell.textProperty().addListener(look);
            cell.widthProperty().addListener(look);
            cell.fontProperty().addListener(look);
            cell.tooltipProperty().addListener(look); // a cell that takes its own tooltip away leaves room for this one
            return cell;
        });
    }

    /**
     * Gives the cell a tooltip of its whole text while the text is cut, and takes it away when not;
     * a tooltip the cell set itself (a column that explains its values) is left alone.
     */
    private static void showWholeIfCut(Labeled cell) {
        Tooltip current = cell.getTooltip();
        boolean ours = current != null && current.getProperties().containsKey(WHOLE_TEXT);
        if (current != null && !ours) {
            return;
        }
        if (isCut(cell)) {
            if (!ours || !cell.getText().equals(current.getText())) {
                Tooltip whole = new Tooltip(cell.getText());
                whole.getProperties().put(WHOLE_TEXT, Boolean.TRUE);
                cell.setTooltip(whole);
            }
        } else if (ours) {
            cell.setTooltip(null);
        }
    }

    /** Whether the cell's text is wider than the room inside it, so that JavaFX ends it in "…". */
    private static boolean isCut(Labeled cell) {
        if (cell.getText() == null || cell.getText().isBlank()) {
            return false;
        }
        Text measure = new Text(cell.getText());
        measure.setFont(cell.getFont());
        return measure.getLayoutBounds().getWidth() > cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
    }

    /**
     * A column's name takes two lines when the column is narrow ("Анҷоми пешбинишуда"), rather
     * than losing its end: JavaFX's own header label never wraps, so each gets one that does.
     */
    public static void wrapHeaders(TableView<?> table) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (column.getGraphic() != null || column.getText() == null) {
                continue;
            }
            Label header = new Label(column.getText());
            header.setWrapText(true);
            header.setTextAlignment(TextAlignment.CENTER);
            header.setAlignment(Pos.CENTER);
            header.setMinHeight(Region.USE_PREF_SIZE);
            // the heading's own padding and the sort arrow's room: a label told it has more wraps into
            // fewer lines than it needs, and the header row clips the first and last
            header.prefWidthProperty().bind(column.widthProperty().subtract(HEADER_ROOM));
            // JavaFX sizes the header row once; a heading never needs more than the two lines it has
            double narrowest = narrowestInTwoLines(column.getText()) + HEADER_ROOM;
            column.getProperties().put(HEADING_WIDTH, narrowest);
            column.setMinWidth(Math.max(column.getMinWidth(), narrowest));
            column.setGraphic(header);
            column.setText(null);
        }
    }
}
