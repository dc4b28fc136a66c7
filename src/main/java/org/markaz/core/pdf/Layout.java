package org.markaz.core.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Measures every block and places it on pages, before anything is drawn: only then is the page
 * count known for "page X of Y". Every line is wrapped to the width it is drawn in and every
 * row is as tall as its tallest cell, so text can neither be cut nor overlap.
 *
 * <p>Coordinates are PDF points from the bottom left of the page; {@code y} is the top of the
 * room left on the current page and falls as blocks are placed.
 */
final class Layout {

    static final float MARGIN = 36;
    static final float CELL_PADDING_X = 3;
    static final float CELL_PADDING_Y = 2.5f;

    static final TextStyle CENTRE_STYLE = new TextStyle(false, 9);
    static final TextStyle TITLE_STYLE = new TextStyle(true, 12);
    static final TextStyle HEADING_STYLE = new TextStyle(true, 13);
    static final TextStyle FOOTER_STYLE = new TextStyle(false, 8);
    static final TextStyle CONFIDENTIAL_STYLE = new TextStyle(true, 8);

    /** A row no taller than this share of a page moves whole to the next page rather than split. */
    private static final float KEEP_ROW_WHOLE = 0.25f;
    /** Room to sign above a signature line. */
    private static final float SIGNING_SPACE = 22;

    /** What a page shows: text lines, thin grey rules and light grey fills. */
    sealed interface Op permits Text, Rule, Fill {
    }

    record Text(float x, float baseline, TextStyle style, String text) implements Op {
    }

    record Rule(float x1, float y1, float x2, float y2) implements Op {
    }

    record Fill(float x, float y, float width, float height) implements Op {
    }

    /** The body of one page; the running header and footer are added when it is drawn. */
    static final class Page {
        final List<Op> ops = new ArrayList<>();
    }

    private final DocumentFonts fonts;
    private final LineBreaker breaker;
    private final BiFunction<Integer, Integer, String> pageLabel;
    private final float left;
    private final float right;
    private final float bodyTop;
    private final float bottom;
    private final float footerTop;
    private final List<Op> header = new ArrayList<>();
    private final List<Op> footer = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();

    private Page page;
    private float y;
    /** True until the current page's body gets something: a page break or a kept-together row does not leave it blank. */
    private boolean pageEmpty;

    Layout(DocumentFonts fonts, PageOrientation orientation, String centreName, String title, String confidential,
           BiFunction<Integer, Integer, String> pageLabel) {
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
        this.pageLabel = pageLabel;
        this.left = MARGIN;
        this.right = orientation.width() - MARGIN;
        float top = orientation.height() - MARGIN;
        if (centreName != null || title != null) {
            top = lines(header, centreName, CENTRE_STYLE, left, width(), top);
            top = lines(header, title, TITLE_STYLE, left, width(), top) - 3;
            header.add(new Rule(left, top, right, top));
            top -= 10;
        }
        this.bodyTop = top;
        int footerLines = 0;
        if (confidential != null) {
            footerLines = breaker.wrap(fonts.printable(confidential, true), CONFIDENTIAL_STYLE, confidentialWidth()).size();
        }
        if (pageLabel != null) {
            // The widest label the document can have; digits are equally wide in DejaVu.
            footerLines = Math.max(footerLines, labelLines(9999, 9999).size());
        }
        this.footerTop = MARGIN + footerLines * fonts.leading(FOOTER_STYLE);
        if (footerLines > 0) {
            lines(footer, confidential, CONFIDENTIAL_STYLE, left, confidentialWidth(), footerTop);
            footer.add(new Rule(left, footerTop + 3, right, footerTop + 3));
            this.bottom = footerTop + 3 + 8;
        } else {
            this.bottom = MARGIN;
        }
        newPage();
    }

    List<Page> pages() {
        return pages;
    }

    List<Op> header() {
        return header;
    }

    /** The footer of one page: the fixed part and "page X of Y", right-aligned. */
    List<Op> footer(int pageNumber, int pageCount) {
        if (pageLabel == null) {
            return footer;
        }
        List<Op> ops = new ArrayList<>(footer);
        float top = footerTop;
        for (String line : labelLines(pageNumber, pageCount)) {
            ops.add(new Text(right - fonts.width(line, FOOTER_STYLE), top - fonts.ascent(FOOTER_STYLE), FOOTER_STYLE, line));
            top -= fonts.leading(FOOTER_STYLE);
        }
        return ops;
    }

    void heading(String text) {
        if (!pageEmpty) {
            skip(6);
        }
        List<String> lines = breaker.wrap(fonts.printable(text, true), HEADING_STYLE, width());
        // Keep a heading with the first lines under it.
        float needed = lines.size() * fonts.leading(HEADING_STYLE) + 3 * fonts.leading(TextStyle.BODY);
        if (needed > room() && !pageEmpty) {
            newPage();
        }
        flow(lines, HEADING_STYLE);
        skip(4);
    }

    void paragraph(String text, TextStyle style) {
        flow(breaker.wrap(fonts.printable(text, style.bold()), style, width()), style);
        skip(style.size() * 0.5f);
    }

    void spacer(float points) {
        skip(points);
    }

    void pageBreak() {
        if (!pageEmpty) {
            newPage();
        }
    }

    /** A line to sign on after each label, with room above it for the signature. */
    void signatureLines(List<String> labels) {
        TextStyle style = TextStyle.BODY;
        float leading = fonts.leading(style);
        for (String label : labels) {
            List<String> lines = breaker.wrap(fonts.printable(label, false), style, width() / 2);
            if (SIGNING_SPACE + lines.size() * leading > room() && !pageEmpty) {
                newPage();
            }
            skip(SIGNING_SPACE);
            flow(lines, style);
            String last = lines.get(lines.size() - 1);
            float lineY = y + leading - fonts.ascent(style) - 2;
            page.ops.add(new Rule(left + fonts.width(last, style) + 6, lineY, right, lineY));
        }
        skip(6);
    }

    void table(Table table) {
        new TablePlacer(table).place();
        skip(8);
    }

    private float width() {
        return right - left;
    }

    private float confidentialWidth() {
        return width() * 0.55f;
    }

    private List<String> labelLines(int pageNumber, int pageCount) {
        return breaker.wrap(fonts.printable(pageLabel.apply(pageNumber, pageCount), false), FOOTER_STYLE, width() * 0.4f);
    }

    private float room() {
        return y - bottom;
    }

    private void skip(float points) {
        y -= Math.min(points, room());
    }

    private void newPage() {
        page = new Page();
        pages.add(page);
        y = bodyTop;
        pageEmpty = true;
    }

    /** Lines one under another, continuing on a new page where the room ends. */
    private void flow(List<String> lines, TextStyle style) {
        float leading = fonts.leading(style);
        for (String line : lines) {
            if (leading > room() && !pageEmpty) {
                newPage();
            }
            if (!line.isEmpty()) {
                page.ops.add(new Text(left, y - fonts.ascent(style), style, line));
            }
            y -= leading;
            pageEmpty = false;
        }
    }

    /** Wraps text into ops from {@code top} down; returns the top of what follows. */
    private float lines(List<Op> ops, String text, TextStyle style, float x, float maxWidth, float top) {
        if (text == null) {
            return top;
        }
        for (String line : breaker.wrap(fonts.printable(text, style.bold()), style, maxWidth)) {
            ops.add(new Text(x, top - fonts.ascent(style), style, line));
            top -= fonts.leading(style);
        }
        return top;
    }

    /** A row measured: each cell's wrapped lines. */
    private record Row(List<List<String>> cells, boolean header) {
        int lineCount() {
            int most = 1;
            for (List<String> cell : cells) {
                most = Math.max(most, cell.size());
            }
            return most;
        }
    }

    /**
     * Places one table: the header at the top of each page it reaches, then rows; a row that does
     * not fit moves to the next page when it is small, and is otherwise split line by line (the
     * continuation repeats only the header), so even a row taller than a page is printed whole.
     */
    private final class TablePlacer {
        private final Table table;
        private final TextStyle regular;
        private final TextStyle bold;
        private final float leading;
        private final float[] edges;
        private final Row header;
        private boolean onPage;
        private boolean rowsOnPage;
        private float segmentTop;

        TablePlacer(Table table) {
            this.table = table;
            this.regular = new TextStyle(false, table.fontSize());
            this.bold = new TextStyle(true, table.fontSize());
            this.leading = Math.max(fonts.leading(regular), fonts.leading(bold));
            this.edges = edges(table.columns());
            this.header = table.header() ? measure(table.columns().stream().map(Table.Column::title).toList(), true) : null;
        }

        void place() {
            float freshRoom = bodyTop - bottom - headerHeight();
            if (table.rows().isEmpty()) {
                startSegment(0); // an empty table still shows its header: "nothing given out" reads better than nothing
            }
            for (List<String> cells : table.rows()) {
                Row row = measure(cells, false);
                int from = 0;
                while (from < row.lineCount()) {
                    float rest = height(row, from, row.lineCount());
                    boolean small = rest <= freshRoom * KEEP_ROW_WHOLE;
                    if (!onPage) {
                        startSegment(small ? rest : 2 * CELL_PADDING_Y + 2 * leading);
                    }
                    if (rest <= room()) {
                        drawPiece(row, from, row.lineCount(), rest);
                        break;
                    }
                    int fit = (int) Math.floor((room() - 2 * CELL_PADDING_Y) / leading);
                    if (rowsOnPage && (small || fit < 2)) {
                        nextPage();
                        continue;
                    }
                    int to = from + Math.max(1, Math.min(fit, row.lineCount() - from - 1));
                    drawPiece(row, from, to, height(row, from, to));
                    from = to;
                    nextPage();
                }
            }
            endSegment();
        }

        private float[] edges(List<Table.Column> columns) {
            float total = 0;
            for (Table.Column column : columns) {
                total += column.weight();
            }
            float[] x = new float[columns.size() + 1];
            x[0] = left;
            for (int c = 0; c < columns.size(); c++) {
                x[c + 1] = x[c] + width() * columns.get(c).weight() / total;
            }
            x[columns.size()] = right;
            return x;
        }

        private Row measure(List<String> cells, boolean isHeader) {
            List<List<String>> wrapped = new ArrayList<>(cells.size());
            for (int c = 0; c < cells.size(); c++) {
                TextStyle style = style(c, isHeader);
                float cellWidth = edges[c + 1] - edges[c] - insetLeft(c) - CELL_PADDING_X;
                wrapped.add(breaker.wrap(fonts.printable(cells.get(c), style.bold()), style, cellWidth));
            }
            return new Row(wrapped, isHeader);
        }

        private TextStyle style(int column, boolean isHeader) {
            return isHeader || (table.boldFirstColumn() && column == 0) ? bold : regular;
        }

        private float headerHeight() {
            return header == null ? 0 : height(header, 0, header.lineCount());
        }

        /** Height of lines [from, to) of a row; a whole row is at least the table's least row height. */
        private float height(Row row, int from, int to) {
            float height = 2 * CELL_PADDING_Y + (to - from) * leading;
            return from == 0 && to == row.lineCount() && !row.header() ? Math.max(height, table.minRowHeight()) : height;
        }

        /** Starts the table on this page, or on the next if the header and {@code firstPiece} of a row do not fit. */
        private void startSegment(float firstPiece) {
            if (headerHeight() + firstPiece > room() && !pageEmpty) {
                newPage();
            }
            segmentTop = y;
            onPage = true;
            rowsOnPage = false;
            if (table.grid()) {
                page.ops.add(new Rule(left, y, right, y));
            }
            if (header != null) {
                page.ops.add(new Fill(left, y - headerHeight(), width(), headerHeight()));
                drawPiece(header, 0, header.lineCount(), headerHeight());
                rowsOnPage = false;
            }
            pageEmpty = false;
        }

        private void drawPiece(Row row, int from, int to, float height) {
            for (int c = 0; c < row.cells().size(); c++) {
                TextStyle style = style(c, row.header());
                Table.Align align = table.columns().get(c).align();
                List<String> lines = row.cells().get(c);
                float baseline = y - CELL_PADDING_Y - fonts.ascent(style);
                for (int i = from; i < Math.min(to, lines.size()); i++) {
                    String line = lines.get(i);
                    if (!line.isEmpty()) {
                        page.ops.add(new Text(x(c, align, fonts.width(line, style)), baseline, style, line));
                    }
                    baseline -= leading;
                }
            }
            y -= height;
            rowsOnPage = true;
            pageEmpty = false;
            if (table.grid()) {
                page.ops.add(new Rule(left, y, right, y));
            }
        }

        private float x(int column, Table.Align align, float lineWidth) {
            return switch (align) {
                case LEFT -> edges[column] + insetLeft(column);
                case RIGHT -> edges[column + 1] - CELL_PADDING_X - lineWidth;
                case CENTER -> (edges[column] + insetLeft(column) + edges[column + 1] - CELL_PADDING_X - lineWidth) / 2;
            };
        }

        /** Without a grid the first column lines up with the paragraphs around the table. */
        private float insetLeft(int column) {
            return table.grid() || column > 0 ? CELL_PADDING_X : 0;
        }

        private void nextPage() {
            endSegment();
            newPage();
        }

        private void endSegment() {
            if (onPage && table.grid()) {
                for (float edge : edges) {
                    page.ops.add(new Rule(edge, segmentTop, edge, y));
                }
            }
            onPage = false;
        }
    }
}
