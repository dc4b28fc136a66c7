package org.markaz.core.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table for {@link PdfDocument}: columns sharing the page width by relative weights, a header
 * row repeated at the top of every page the table reaches, and body rows whose cells wrap.
 *
 * <pre>
 * Table children = Table.of(Table.column("№", 0.4f, Table.Align.RIGHT), Table.column(nameTitle, 3))
 *         .row("1", "Ҷамшед Қодиров");
 * </pre>
 */
public final class Table {

    public enum Align { LEFT, CENTER, RIGHT }

    /** A column: its header text, its share of the width (relative to the others) and how its cells align. */
    public record Column(String title, float weight, Align align) {
        public Column {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("a column needs a positive weight: " + title);
            }
            title = title == null ? "" : title;
            align = align == null ? Align.LEFT : align;
        }
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean header;
    private final boolean grid;
    private final boolean boldFirstColumn;
    private float fontSize = 9;
    private float minRowHeight;

    private Table(List<Column> columns, boolean header, boolean grid, boolean boldFirstColumn) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs a column");
        }
        this.columns = List.copyOf(columns);
        this.header = header;
        this.grid = grid;
        this.boldFirstColumn = boldFirstColumn;
    }

    public static Column column(String title, float weight) {
        return new Column(title, weight, Align.LEFT);
    }

    public static Column column(String title, float weight, Align align) {
        return new Column(title, weight, align);
    }

    public static Table of(Column... columns) {
        return new Table(Arrays.asList(columns), true, true, false);
    }

    public static Table of(List<Column> columns) {
        return new Table(columns, true, true, false);
    }

    /** The label/value list of {@link PdfDocument.Builder#keyValues}: no header, no grid, labels bold. */
    static Table keyValues(float labelWeight, float valueWeight) {
        return new Table(List.of(column("", labelWeight), column("", valueWeight)), false, false, true);
    }

    /** A body row; missing cells are blank, null cells are blank. */
    public Table row(String... cells) {
        return row(Arrays.asList(cells));
    }

    public Table row(List<String> cells) {
        if (cells.size() > columns.size()) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells for " + columns.size() + " columns");
        }
        List<String> row = new ArrayList<>(cells);
        while (row.size() < columns.size()) {
            row.add("");
        }
        rows.add(row);
        return this;
    }

    /** Text size of header and body, 9 pt unless set. */
    public Table fontSize(float points) {
        this.fontSize = new TextStyle(false, points).size();
        return this;
    }

    /** The least height of a body row, for forms where people write or sign by hand in the row. */
    public Table minRowHeight(float points) {
        this.minRowHeight = Math.max(0, points);
        return this;
    }

    List<Column> columns() {
        return columns;
    }

    List<List<String>> rows() {
        return rows;
    }

    boolean header() {
        return header;
    }

    boolean grid() {
        return grid;
    }

    boolean boldFirstColumn() {
        return boldFirstColumn;
    }

    float fontSize() {
        return fontSize;
    }

    float minRowHeight() {
        return minRowHeight;
    }
}
