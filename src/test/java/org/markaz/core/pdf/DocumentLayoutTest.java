package org.markaz.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.markaz.core.pdf.PdfTexts.glyphs;
import static org.markaz.core.pdf.PdfTexts.occurrences;
import static org.markaz.core.pdf.PdfTexts.pageText;
import static org.markaz.core.pdf.PdfTexts.render;
import static org.markaz.core.pdf.PdfTexts.squeezed;
import static org.markaz.core.pdf.PdfTexts.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class DocumentLayoutTest {

    private static final String HEADER_MARK = "Сарлавҳаи-ҷадвал";

    @Test
    void aFortyRowTableRepeatsItsHeaderOnEveryPage() throws Exception {
        Table table = Table.of(Table.column("№", 0.5f), Table.column(HEADER_MARK, 4), Table.column("Эзоҳ", 6));
        for (int i = 1; i <= 40; i++) {
            table.row(Integer.toString(i), "Кӯдак " + i, "Сатри якум\nСатри дуюм\nСатри сеюм");
        }
        try (PDDocument document = render(PdfDocument.builder(PageOrientation.PORTRAIT).table(table))) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "40 rows of 3 lines should need more than a page: " + pages);
            assertEquals(pages, occurrences(text(document), HEADER_MARK));
            for (int page = 1; page <= pages; page++) {
                assertTrue(pageText(document, page).contains(HEADER_MARK), "no header on page " + page);
            }
            String all = squeezed(text(document));
            for (int i = 1; i <= 40; i++) {
                assertTrue(all.contains("Кӯдак" + i + "Сатриякум"), "row " + i);
            }
        }
    }

    /**
     * Each column holds only one kind of character (digits, Cyrillic, Latin), so every glyph read
     * back tells which column it belongs to; none may lie outside that column's padding.
     */
    @Test
    void longCellTextWrapsAndNoGlyphLeavesItsColumn() throws Exception {
        float[] weights = {1, 3, 2};
        String longDigits = "1234567890".repeat(6);
        String longTajik = "ҳқғҷӣӯ".repeat(10);
        Table table = Table.of(Table.column("0", weights[0]), Table.column("Ном", weights[1]),
                Table.column("Note", weights[2], Table.Align.RIGHT));
        table.row(longDigits, "Ҷамшед " + longTajik + " Қодиров", "a very long remark " + "x".repeat(60) + " end");
        table.row("7", "", null);
        table.row("", "Гулчеҳра Қодирова-Ғафурова-Саидова-Раҳимова-Назарова", "short");
        try (PDDocument document = render(PdfDocument.builder(PageOrientation.PORTRAIT).table(table))) {
            float left = Layout.MARGIN;
            float width = PageOrientation.PORTRAIT.width() - 2 * Layout.MARGIN;
            float[] edges = {left, left + width / 6, left + width * 4 / 6, left + width};
            List<TextPosition> glyphs = glyphs(document, 1);
            assertTrue(glyphs.size() > 200);
            for (TextPosition glyph : glyphs) {
                if (glyph.getUnicode().isBlank()) {
                    continue;
                }
                int column = column(glyph.getUnicode());
                float from = edges[column] + Layout.CELL_PADDING_X - 0.01f;
                float to = edges[column + 1] - Layout.CELL_PADDING_X + 0.01f;
                assertTrue(glyph.getXDirAdj() >= from && glyph.getXDirAdj() + glyph.getWidthDirAdj() <= to,
                        "'" + glyph.getUnicode() + "' at " + glyph.getXDirAdj() + "+" + glyph.getWidthDirAdj()
                                + " outside column " + column + " [" + from + ", " + to + "]");
            }
            String all = squeezed(text(document));
            assertTrue(all.contains(longDigits), all);
            assertTrue(all.contains("Ҷамшед" + longTajik + "Қодиров"), all);
            assertTrue(all.contains("averylongremark" + "x".repeat(60) + "end"), all);
            assertTrue(all.contains("ГулчеҳраҚодирова-Ғафурова-Саидова-Раҳимова-Назарова"), all);
        }
    }

    @Test
    void aRowTallerThanAPageSplitsAcrossPagesUnderTheRepeatedHeader() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            lines.add("сатри " + i);
        }
        Table table = Table.of(Table.column(HEADER_MARK, 1), Table.column("Матн", 3))
                .row("Кӯдак", String.join("\n", lines))
                .row("охир", "баъд");
        try (PDDocument document = render(PdfDocument.builder(PageOrientation.PORTRAIT).paragraph("Пеш аз ҷадвал")
                .table(table))) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "150 lines cannot fit one page");
            assertEquals(pages, occurrences(text(document), HEADER_MARK));
            assertTrue(pageText(document, 1).contains("сатри 1\n"), "the row starts on the first page, under the paragraph");
            String all = text(document);
            int previous = -1;
            for (String line : lines) {
                int at = all.indexOf(line + "\n");
                assertTrue(at > previous, line + " missing or out of order");
                previous = at;
            }
            assertEquals(1, occurrences(all, "Кӯдак"), "the continuation repeats only the header");
            assertTrue(all.indexOf("охир") > previous);
        }
    }

    @Test
    void aSmallRowThatDoesNotFitMovesWholeToTheNextPage() throws Exception {
        Table table = Table.of(Table.column("А", 1));
        for (int i = 1; i <= 100; i++) {
            table.row("як " + i + "\nду " + i + "\nсе " + i);
        }
        try (PDDocument document = render(PdfDocument.builder(PageOrientation.PORTRAIT).table(table))) {
            assertTrue(document.getNumberOfPages() > 2);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                String text = pageText(document, page);
                for (int i = 1; i <= 100; i++) {
                    assertEquals(text.contains("як " + i + "\n"), text.contains("се " + i + "\n"),
                            "row " + i + " split at page " + page);
                }
            }
        }
    }

    @Test
    void landscapePagesAreLandscapeAndPortraitPagesPortrait() throws Exception {
        Table table = Table.of(Table.column("Ном", 1));
        for (int i = 0; i < 80; i++) {
            table.row("Кӯдак " + i);
        }
        try (PDDocument landscape = render(PdfDocument.builder(PageOrientation.LANDSCAPE).table(table));
             PDDocument portrait = render(PdfDocument.builder(PageOrientation.PORTRAIT).table(table))) {
            assertTrue(landscape.getNumberOfPages() > 1);
            for (PDPage page : landscape.getPages()) {
                assertEquals(842, page.getMediaBox().getWidth(), 1);
                assertEquals(595, page.getMediaBox().getHeight(), 1);
                assertEquals(0, page.getRotation());
            }
            for (PDPage page : portrait.getPages()) {
                assertTrue(page.getMediaBox().getHeight() > page.getMediaBox().getWidth());
            }
        }
    }

    @Test
    void everyPageHasTheRunningHeaderAndPageXOfYInTheFooter() throws Exception {
        try (PDDocument document = render(PdfBenchmark.sampleDocument())) {
            assertEquals(3, document.getNumberOfPages(), "the benchmark's document must be the 3 pages it claims");
            for (int page = 1; page <= 3; page++) {
                String text = pageText(document, page);
                assertTrue(text.contains("Саҳифаи " + page + " аз 3"), text);
                assertTrue(text.contains("Махфӣ"), text);
                assertTrue(text.contains("Маркази дастгирии оила ва кӯдак, Хуҷанд"), text);
                assertTrue(text.contains("Рӯйхати кӯдакон ва хизматрасониҳо"), text);
            }
        }
    }

    @Test
    void keyValuesHeadingsSignatureLinesAndPageBreaksAllPrint() throws Exception {
        try (PDDocument document = render(PdfDocument.builder(PageOrientation.PORTRAIT)
                .pageBreak()
                .heading("Дар бораи кӯдак")
                .keyValues(List.of(Map.entry("Ному насаб", "Ҷамшед Қодиров"), Map.entry("Суроға", "")))
                .spacer(20)
                .paragraph("Сатри якум\nСатри дуюм", TextStyle.BOLD)
                .pageBreak()
                .pageBreak()
                .signatureLines(List.of("Директор", "Падар ё модар")))) {
            assertEquals(2, document.getNumberOfPages(), "a break on an empty page adds none");
            String first = pageText(document, 1);
            assertTrue(first.contains("Ному насаб Ҷамшед Қодиров"), first);
            assertTrue(first.contains("Сатри якум\nСатри дуюм"), first);
            assertTrue(pageText(document, 2).contains("Падар ё модар"));
        }
    }

    @Test
    void anEmptyDocumentIsOnePageWithItsHeaderAndFooter() throws Exception {
        try (PDDocument document = render(PdfDocument.builder(PageOrientation.PORTRAIT)
                .header("Марказ", null).footer(null, (page, total) -> page + "/" + total))) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(text(document).contains("1/1"));
        }
    }

    private static int column(String glyph) {
        int c = glyph.codePointAt(0);
        if (Character.isDigit(c)) {
            return 0;
        }
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC || c == '-' ? 1 : 2;
    }
}
