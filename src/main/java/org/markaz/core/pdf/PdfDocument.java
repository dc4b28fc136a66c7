package org.markaz.core.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * The document layer every printout uses: A4 pages with a running header and footer, and blocks
 * (headings, paragraphs, label/value lists, tables, signature lines) that wrap by the real glyph
 * widths and flow onto as many pages as they need. DejaVu Sans is embedded as a subset, so Tajik
 * letters print exactly and files stay small.
 *
 * <pre>
 * PdfDocument.builder(PageOrientation.PORTRAIT)
 *         .header(centreName, title)
 *         .footer(confidentialWord, (page, total) -&gt; pageOfPattern.formatted(page, total))
 *         .heading(childName)
 *         .keyValues(List.of(Map.entry(dateOfBirthLabel, dateOfBirth)))
 *         .table(Table.of(Table.column(needTitle, 2), Table.column(actionTitle, 3)).row(need, action))
 *         .barChart(BarChart.titled(chartTitle).bar(outcomeName, 12, "12"))
 *         .signatureLines(List.of(approvedByLabel))
 *         .writeTo(out);
 * </pre>
 */
public final class PdfDocument {

    private PdfDocument() {
    }

    public static Builder builder(PageOrientation orientation) {
        return new Builder(orientation);
    }

    /** What the document holds, in order; {@link #writeTo} may be called more than once. */
    public static final class Builder {
        private final PageOrientation orientation;
        private final List<Block> blocks = new ArrayList<>();
        private String centreName;
        private String title;
        private String confidential;
        private BiFunction<Integer, Integer, String> pageLabel;
        private String regularFont = DocumentFonts.DEJAVU_SANS;
        private String boldFont = DocumentFonts.DEJAVU_SANS_BOLD;

        private Builder(PageOrientation orientation) {
            this.orientation = Objects.requireNonNull(orientation);
        }

        /** The running header of every page: the centre's name over the document's title. */
        public Builder header(String centreName, String title) {
            this.centreName = centreName;
            this.title = title;
            return this;
        }

        /**
         * The running footer: a word such as "Confidential" on the left (null for none), and on
         * the right the caller's translated label for (page, total), e.g. "Page 1 of 3".
         */
        public Builder footer(String confidentialOrNull, BiFunction<Integer, Integer, String> pageLabel) {
            this.confidential = confidentialOrNull;
            this.pageLabel = pageLabel;
            return this;
        }

        /** Other TrueType fonts (class path resources) instead of DejaVu Sans, for a script it lacks. */
        public Builder fonts(String regularTtfResource, String boldTtfResource) {
            this.regularFont = Objects.requireNonNull(regularTtfResource);
            this.boldFont = Objects.requireNonNull(boldTtfResource);
            return this;
        }

        public Builder heading(String text) {
            blocks.add(layout -> layout.heading(text));
            return this;
        }

        public Builder paragraph(String text) {
            return paragraph(text, TextStyle.BODY);
        }

        public Builder paragraph(String text, TextStyle style) {
            Objects.requireNonNull(style);
            blocks.add(layout -> layout.paragraph(text, style));
            return this;
        }

        /** Labels in bold on the left, values wrapped beside them: the "about the child" part of a form. */
        public Builder keyValues(List<Map.Entry<String, String>> pairs) {
            Table list = Table.keyValues(1, 2).fontSize(TextStyle.BODY.size());
            for (Map.Entry<String, String> pair : pairs) {
                list.row(pair.getKey(), pair.getValue());
            }
            return table(list);
        }

        public Builder table(Table table) {
            Objects.requireNonNull(table);
            blocks.add(layout -> layout.table(table));
            return this;
        }

        /** A horizontal bar chart drawn with the page's own lines and fills, its labels wrapped like any text. */
        public Builder barChart(BarChart chart) {
            Objects.requireNonNull(chart);
            blocks.add(layout -> layout.barChart(chart));
            return this;
        }

        public Builder spacer(float points) {
            blocks.add(layout -> layout.spacer(points));
            return this;
        }

        /** A line to sign on after each label ("Approved by", "Parent or carer"). */
        public Builder signatureLines(List<String> labels) {
            List<String> copy = List.copyOf(labels);
            blocks.add(layout -> layout.signatureLines(copy));
            return this;
        }

        /** Starts a new page, unless the current one is still empty. */
        public Builder pageBreak() {
            blocks.add(Layout::pageBreak);
            return this;
        }

        public void writeTo(OutputStream out) throws IOException {
            synchronized (DocumentFonts.SHARED) {
                render(out);
            }
        }

        private void render(OutputStream out) throws IOException {
            try (PDDocument document = new PDDocument()) {
                DocumentFonts fonts = DocumentFonts.load(document, regularFont, boldFont);
                Layout layout = layOut(fonts);
                List<Layout.Page> pages = layout.pages();
                for (int i = 0; i < pages.size(); i++) {
                    PDPage page = new PDPage(orientation.mediaBox());
                    document.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        draw(content, fonts, layout.header());
                        draw(content, fonts, pages.get(i).ops);
                        draw(content, fonts, layout.footer(i + 1, pages.size()));
                    }
                }
                document.getDocumentInformation().setTitle(title);
                // the trailer's ID is then made from the content, not the clock: the same document gives the
                // same bytes (the HQ package's files are compared across exports, ADR 0020)
                document.setDocumentId(0L);
                document.save(out);
            }
        }

        /** Every block measured and placed; package-private so tests can check the layout itself. */
        Layout layOut(DocumentFonts fonts) {
            Layout layout = new Layout(fonts, orientation, centreName, title, confidential, pageLabel);
            for (Block block : blocks) {
                block.placeOn(layout);
            }
            return layout;
        }
    }

    /** One thing in the document's flow. */
    @FunctionalInterface
    private interface Block {
        void placeOn(Layout layout);
    }

    /** Fills first, then rules, then all text in one text object (fewer operators, a faster, smaller file). */
    private static void draw(PDPageContentStream content, DocumentFonts fonts, List<Layout.Op> ops) throws IOException {
        boolean filled = false;
        for (Layout.Op op : ops) {
            if (op instanceof Layout.Fill fill) {
                content.setNonStrokingColor(0.9f);
                content.addRect(fill.x(), fill.y(), fill.width(), fill.height());
                filled = true;
            }
        }
        if (filled) {
            content.fill();
            content.setNonStrokingColor(0f);
        }
        boolean barred = false;
        for (Layout.Op op : ops) {
            if (op instanceof Layout.Bar bar) {
                content.addRect(bar.x(), bar.y(), bar.width(), bar.height());
                barred = true;
            }
        }
        if (barred) {
            // a muted blue that still prints as a clear mid grey on the office's black-and-white printer
            content.setNonStrokingColor(0.27f, 0.47f, 0.66f);
            content.fill();
            content.setNonStrokingColor(0f);
        }
        boolean ruled = false;
        for (Layout.Op op : ops) {
            if (op instanceof Layout.Rule rule) {
                if (!ruled) {
                    content.setStrokingColor(0.55f);
                    content.setLineWidth(0.4f);
                    ruled = true;
                }
                content.moveTo(rule.x1(), rule.y1());
                content.lineTo(rule.x2(), rule.y2());
            }
        }
        if (ruled) {
            content.stroke();
        }
        PDType0Font current = null;
        float currentSize = 0;
        boolean inText = false;
        for (Layout.Op op : ops) {
            if (op instanceof Layout.Text text) {
                if (!inText) {
                    content.beginText();
                    inText = true;
                }
                PDType0Font font = fonts.font(text.style().bold());
                if (font != current || text.style().size() != currentSize) {
                    content.setFont(font, text.style().size());
                    current = font;
                    currentSize = text.style().size();
                }
                content.setTextMatrix(Matrix.getTranslateInstance(text.x(), text.baseline()));
                content.showText(text.text());
            }
        }
        if (inText) {
            content.endText();
        }
    }
}
