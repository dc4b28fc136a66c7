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

    static final TextStyle CHART_TITLE_STYLE = new TextStyle(true, 10);
    static final TextStyle CHART_TEXT_STYLE = new TextStyle(false, 9);
    static final TextStyle CHART_SCALE_STYLE = new TextStyle(false, 7.5f);
    static final float BAR_HEIGHT = 10;

    /** A row no taller than this share of a page moves whole to the next page rather than split. */
    private static final float KEEP_ROW_WHOLE = 0.25f;
    /** Room to sign above a signature line. */
    private static final float SIGNING_SPACE = 22;

    /** What a page shows: text lines, thin grey rules, light grey fills and the bars of charts. */
    sealed interface Op permits Text, Rule, Fill, Bar {
    }

    record Text(float x, float baseline, TextStyle style, String text) implements Op {
    }

    record Rule(float x1, float y1, float x2, float y2) implements Op {
    }

    record Fill(float x, float y, float width, float height) implements Op {
    }

    /** A chart's bar: a solid fill darker than {@link Fill}, so it prints clearly in black and white. */
    record Bar(float x, float y, float width, float height) implements Op {
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

    void barChart(BarChart chart) {
        new ChartPlacer(chart).place();
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

    /**
     * Places one bar chart: its title kept with the first row, one row per bar (label, bar, value),
     * and the scale under the rows. A chart that fits on a fresh page but not in the room left
     * starts on the next page; a taller one continues there, with the scale under each part.
     */
    private final class ChartPlacer {
        private static final float ROW_GAP = 4;
        private static final float LABEL_GAP = 6;
        private static final float VALUE_GAP = 3;

        private final BarChart chart;
        private final BarChart.Scale scale;
        private final List<String> title;
        private float barStart;
        private float barEnd;
        private float segmentTop;

        ChartPlacer(BarChart chart) {
            this.chart = chart;
            this.scale = chart.scale();
            this.title = chart.title() == null ? List.of()
                    : breaker.wrap(fonts.printable(chart.title(), true), CHART_TITLE_STYLE, width());
        }

        void place() {
            if (chart.bars().isEmpty()) {
                List<String> empty = breaker.wrap(fonts.printable(chart.emptyText(), false), TextStyle.BODY, width());
                keepTogether(titleHeight() + empty.size() * fonts.leading(TextStyle.BODY));
                placeTitle();
                flow(empty, TextStyle.BODY);
                return;
            }
            float labelWidth = Math.min(width() * 0.42f, widestLabel());
            float valueWidth = 0;
            for (BarChart.Bar bar : chart.bars()) {
                valueWidth = Math.max(valueWidth, fonts.width(fonts.printable(bar.shownValue(), false), CHART_TEXT_STYLE));
            }
            float lastTick = fonts.width(fonts.printable(chart.tickLabel(scale.end()), false), CHART_SCALE_STYLE);
            barStart = left + labelWidth + LABEL_GAP;
            barEnd = right - Math.max(valueWidth + VALUE_GAP, lastTick / 2);
            List<List<String>> labels = new ArrayList<>();
            float rows = 0;
            for (BarChart.Bar bar : chart.bars()) {
                List<String> lines = breaker.wrap(fonts.printable(bar.label(), false), CHART_TEXT_STYLE, labelWidth);
                labels.add(lines);
                rows += rowHeight(lines);
            }
            if (!keepTogether(titleHeight() + rows + scaleHeight())) {
                keepTogether(titleHeight() + rowHeight(labels.get(0)) + scaleHeight());
            }
            placeTitle();
            segmentTop = y;
            boolean rowsInSegment = false;
            for (int i = 0; i < labels.size(); i++) {
                float height = rowHeight(labels.get(i));
                if (rowsInSegment && height + scaleHeight() > room()) {
                    placeScale();
                    newPage();
                    segmentTop = y;
                }
                placeRow(chart.bars().get(i), labels.get(i), height);
                rowsInSegment = true;
            }
            placeScale();
        }

        /** Starts a new page when {@code height} fits on a fresh one but not in the room left; true when it fits here now. */
        private boolean keepTogether(float height) {
            if (height <= room()) {
                return true;
            }
            if (!pageEmpty && height <= bodyTop - bottom) {
                newPage();
                return true;
            }
            return false;
        }

        private float widestLabel() {
            float widest = 0;
            for (BarChart.Bar bar : chart.bars()) {
                for (String line : fonts.printable(bar.label(), false).split("\n")) {
                    widest = Math.max(widest, fonts.width(line, CHART_TEXT_STYLE));
                }
            }
            return widest;
        }

        private float titleHeight() {
            return title.isEmpty() ? 0 : title.size() * fonts.leading(CHART_TITLE_STYLE) + 3;
        }

        private float rowHeight(List<String> label) {
            return Math.max(label.size() * fonts.leading(CHART_TEXT_STYLE), BAR_HEIGHT) + ROW_GAP;
        }

        private float scaleHeight() {
            return 3 + fonts.leading(CHART_SCALE_STYLE);
        }

        private void placeTitle() {
            if (!title.isEmpty()) {
                flow(title, CHART_TITLE_STYLE);
                skip(3);
            }
        }

        private void placeRow(BarChart.Bar bar, List<String> label, float height) {
            float top = y - ROW_GAP / 2;
            float block = height - ROW_GAP;
            // the label's lines centred on the bar: a one-line label sits beside it, a longer one around it
            float baseline = top - (block - label.size() * fonts.leading(CHART_TEXT_STYLE)) / 2 - fonts.ascent(CHART_TEXT_STYLE);
            for (String line : label) {
                if (!line.isEmpty()) {
                    page.ops.add(new Text(left, baseline, CHART_TEXT_STYLE, line));
                }
                baseline -= fonts.leading(CHART_TEXT_STYLE);
            }
            float middle = top - block / 2;
            float length = (float) ((barEnd - barStart) * Math.min(bar.value(), scale.end()) / scale.end());
            if (length > 0) {
                page.ops.add(new Bar(barStart, middle - BAR_HEIGHT / 2, length, BAR_HEIGHT));
            }
            String value = fonts.printable(bar.shownValue(), false);
            if (!value.isEmpty()) {
                page.ops.add(new Text(barStart + length + VALUE_GAP, middle - CHART_TEXT_STYLE.size() * 0.36f,
                        CHART_TEXT_STYLE, value));
            }
            y -= height;
            pageEmpty = false;
        }

        /** The axis and grid of the rows placed on this page since {@code segmentTop}, and the scale's numbers under them. */
        private void placeScale() {
            page.ops.add(new Rule(barStart, segmentTop, barStart, y));
            page.ops.add(new Rule(barStart, y, barEnd, y));
            float baseline = y - 3 - fonts.ascent(CHART_SCALE_STYLE);
            for (long tick : scale.ticks()) {
                float x = barStart + (barEnd - barStart) * tick / scale.end();
                if (tick > 0) {
                    // a light grey fill, drawn under the bars and the values, where a rule would cross them
                    page.ops.add(new Fill(x - 0.3f, y, 0.6f, segmentTop - y));
                }
                String label = fonts.printable(chart.tickLabel(tick), false);
                float labelWidth = fonts.width(label, CHART_SCALE_STYLE);
                float labelX = Math.max(left, Math.min(right - labelWidth, x - labelWidth / 2));
                page.ops.add(new Text(labelX, baseline, CHART_SCALE_STYLE, label));
            }
            y -= scaleHeight();
            pageEmpty = false;
        }
    }
}
