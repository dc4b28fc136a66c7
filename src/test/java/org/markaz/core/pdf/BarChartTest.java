package org.markaz.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.markaz.core.pdf.PdfTexts.glyphs;
import static org.markaz.core.pdf.PdfTexts.pageText;
import static org.markaz.core.pdf.PdfTexts.render;
import static org.markaz.core.pdf.PdfTexts.squeezed;
import static org.markaz.core.pdf.PdfTexts.text;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static final String TITLE = "Кӯдакон куҷо рафтанд";

    /** The bars of each page, as laid out (before drawing). */
    private static List<List<Layout.Bar>> bars(PdfDocument.Builder builder) throws Exception {
        synchronized (DocumentFonts.SHARED) {
            try (PDDocument document = new PDDocument()) {
                Layout layout = builder.layOut(DocumentFonts.load(document, DocumentFonts.DEJAVU_SANS,
                        DocumentFonts.DEJAVU_SANS_BOLD));
                List<List<Layout.Bar>> pages = new ArrayList<>();
                for (Layout.Page page : layout.pages()) {
                    pages.add(page.ops.stream().filter(Layout.Bar.class::isInstance).map(Layout.Bar.class::cast).toList());
                }
                return pages;
            }
        }
    }

    @Test
    void barsAreAsLongAsTheirValuesAndEveryLabelValueAndScaleNumberPrintsWhole() throws Exception {
        BarChart chart = BarChart.titled(TITLE)
                .bar("Ба волидайн баргардонида шуд", 12, "12")
                .bar("Парастории хешовандон", 3, "3")
                .bar("Фарзандхонӣ", 0, "0");
        PdfDocument.Builder builder = PdfDocument.builder(PageOrientation.PORTRAIT).barChart(chart);

        List<Layout.Bar> drawn = bars(builder).get(0);
        assertEquals(2, drawn.size(), "a bar of 0 is no bar");
        assertEquals(4, drawn.get(0).width() / drawn.get(1).width(), 0.001, "12 is four times 3");
        assertEquals(drawn.get(0).x(), drawn.get(1).x(), 0.001, "bars start on one axis");
        assertTrue(drawn.get(0).y() > drawn.get(1).y(), "in the order given, top down");

        try (PDDocument document = render(builder)) {
            String all = squeezed(text(document));
            for (String part : List.of(TITLE, "Баволидайнбаргардонидашуд", "Парасториихешовандон", "Фарзандхонӣ")) {
                assertTrue(all.contains(squeezed(part)), part + " in " + all);
            }
            String lines = text(document);
            for (String number : List.of("12", "3", "0", "2", "4", "6", "8", "10")) {
                assertTrue(lines.lines().anyMatch(line -> List.of(line.strip().split("\\s+")).contains(number)),
                        number + " in " + lines);
            }
        }
    }

    @Test
    void aFixedMaximumScalesPercentagesToAHundred() throws Exception {
        BarChart chart = BarChart.titled("Ҳузур, %").maximum(100).tickLabels(tick -> tick + "%")
                .bar("Нигоҳубини рӯзона", 50, "50%")
                .bar("Бозиҳо", 100, "100%");
        List<Layout.Bar> drawn = bars(PdfDocument.builder(PageOrientation.PORTRAIT).barChart(chart)).get(0);
        assertEquals(2, drawn.get(1).width() / drawn.get(0).width(), 0.001);
        assertEquals(new BarChart.Scale(20, 100), chart.scale());
        try (PDDocument document = render(PdfDocument.builder(PageOrientation.PORTRAIT).barChart(chart))) {
            String all = squeezed(text(document));
            assertTrue(all.contains("0%20%40%60%80%100%"), all);
        }
    }

    @Test
    void longLabelsWrapAndNoGlyphLeavesThePageMargins() throws Exception {
        String longLabel = "Ба муассисаи интернатӣ ё томактабӣ гузаронида шуд, ки ин номи хеле дароз аст ва бояд печад";
        BarChart chart = BarChart.titled(TITLE).bar(longLabel, 7, "7").bar("Дигар", 1234567, "1 234 567");
        try (PDDocument document = render(PdfDocument.builder(PageOrientation.PORTRAIT).barChart(chart))) {
            assertTrue(squeezed(text(document)).contains(squeezed(longLabel)), text(document));
            assertTrue(squeezed(text(document)).contains("1234567"), text(document));
            float right = PageOrientation.PORTRAIT.width() - Layout.MARGIN;
            for (TextPosition glyph : glyphs(document, 1)) {
                assertTrue(glyph.getXDirAdj() >= Layout.MARGIN - 0.01f
                                && glyph.getXDirAdj() + glyph.getWidthDirAdj() <= right + 0.01f,
                        "'" + glyph.getUnicode() + "' at " + glyph.getXDirAdj() + " leaves the margins");
            }
        }
    }

    @Test
    void aChartThatDoesNotFitTheRoomLeftStartsOnTheNextPageWhole() throws Exception {
        PdfDocument.Builder builder = PdfDocument.builder(PageOrientation.PORTRAIT)
                .paragraph("Сатр\n".repeat(55))
                .barChart(chart(8));
        List<List<Layout.Bar>> pages = bars(builder);
        assertEquals(2, pages.size());
        assertEquals(0, pages.get(0).size());
        assertEquals(8, pages.get(1).size());
    }

    @Test
    void aChartTallerThanAPageContinuesWithItsScaleUnderEachPart() throws Exception {
        PdfDocument.Builder builder = PdfDocument.builder(PageOrientation.PORTRAIT).barChart(chart(70));
        List<List<Layout.Bar>> pages = bars(builder);
        assertEquals(2, pages.size());
        assertEquals(70, pages.get(0).size() + pages.get(1).size());
        try (PDDocument document = render(builder)) {
            for (int page = 1; page <= 2; page++) {
                assertTrue(squeezed(pageText(document, page)).contains("020406080"), "the scale on page " + page);
            }
        }
    }

    @Test
    void anEmptyChartPrintsItsTitleAndWhyItIsEmpty() throws Exception {
        BarChart chart = BarChart.titled(TITLE).emptyText("Дар ин давра қайдҳо нестанд");
        try (PDDocument document = render(PdfDocument.builder(PageOrientation.PORTRAIT).barChart(chart))) {
            String all = squeezed(text(document));
            assertTrue(all.contains(squeezed(TITLE) + "Дарин"), all);
            assertTrue(all.contains("қайдҳонестанд"), all);
        }
    }

    @Test
    void theScaleStepsByOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(new BarChart.Scale(1, 1), BarChart.titled(null).bar("", 0, "0").scale());
        assertEquals(new BarChart.Scale(1, 5), BarChart.titled(null).bar("", 5, "5").scale());
        assertEquals(new BarChart.Scale(2, 8), BarChart.titled(null).bar("", 7, "7").scale());
        assertEquals(new BarChart.Scale(5, 15), BarChart.titled(null).bar("", 13, "13").scale());
        assertEquals(new BarChart.Scale(50, 250), BarChart.titled(null).bar("", 201, "201").scale());
        assertEquals(List.of(0L, 20L, 40L, 60L, 80L, 100L), BarChart.titled(null).maximum(100).scale().ticks());
        assertThrows(IllegalArgumentException.class, () -> BarChart.titled(null).bar("", -1, "-1"));
        assertThrows(IllegalArgumentException.class, () -> BarChart.titled(null).bar("", Double.NaN, "?"));
    }

    private static BarChart chart(int bars) {
        BarChart chart = BarChart.titled(TITLE);
        for (int i = 1; i <= bars; i++) {
            chart.bar("Хизматрасонӣ " + i, i, Integer.toString(i));
        }
        return chart;
    }
}
