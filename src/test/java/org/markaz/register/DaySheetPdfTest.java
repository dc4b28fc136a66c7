package org.markaz.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.markaz.shared.ServiceType;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;

class DaySheetPdfTest {

    private static byte[] pdf(DaySheet sheet, Language language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DaySheetPdf.write(sheet, "Маркази дастгирии оила ва кӯдак, Хуҷанд", new Localization(language), out);
        return out.toByteArray();
    }

    @Test
    void theDaySheetShowsTajikNamesTimesCarersAndTotals() throws Exception {
        DaySheet sheet = new DaySheet(LocalDate.of(2026, 11, 23), List.of(
                new RegisterEntry(1, "Ҷамшед Қодиров", ServiceType.DAY_CARE, 10L,
                        new Mark(true, LocalTime.of(8, 5), LocalTime.of(16, 30), "Гулчеҳра Қодирова", "Ғафур Қодиров", null, null),
                        List.of()),
                new RegisterEntry(2, "Малика Саидова", ServiceType.SHORT_STAY_7DAY, 11L, Mark.absent(AbsenceReason.ILL), List.of())),
                Instant.parse("2026-11-23T13:00:00Z"), "admin");
        try (PDDocument document = Loader.loadPDF(pdf(sheet, Language.TAJIK))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Ҷамшед Қодиров"), text);
            assertTrue(text.contains("Гулчеҳра Қодирова"), text);
            assertTrue(text.contains("08:05"), text);
            assertTrue(text.contains("23.11.2026"), text);
            assertTrue(text.contains(new Localization(Language.TAJIK).text("absence.ill")), text);
            assertEquals(1, document.getNumberOfPages());
        }
    }

    @Test
    void aLongListContinuesOnMorePages() throws Exception {
        List<RegisterEntry> entries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            entries.add(new RegisterEntry(i, "Кӯдак " + i, ServiceType.DAY_RESPITE, (long) i, null, List.of()));
        }
        try (PDDocument document = Loader.loadPDF(pdf(new DaySheet(LocalDate.of(2026, 11, 23), entries, null, null),
                Language.RUSSIAN))) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3);
            assertTrue(new PDFTextStripper().getText(document).contains("Кӯдак 59"));
            for (int page = 1; page <= pages; page++) {
                String text = pageText(document, page);
                assertTrue(text.contains("Страница " + page + " из " + pages), text);
                assertTrue(text.contains("Кто привёл"), "the column headings repeat on page " + page);
            }
        }
    }

    /**
     * The old sheet cut long text with "…" and placed columns at fixed x positions. Now every
     * long text is printed whole, wrapped in its own column, and no two glyphs on a page overlap.
     */
    @Test
    void longNamesServicesCarersAndAbsenceReasonsArePrintedWholeWithoutOverlapping() throws Exception {
        Localization tajik = new Localization(Language.TAJIK);
        ServiceType longestService = java.util.Arrays.stream(ServiceType.values())
                .max(java.util.Comparator.comparingInt(service -> tajik.text(service.nameKey()).length())).orElseThrow();
        String child = "Абдураҳмонова-Қодирова Гулчеҳра Ҷамшедовна Мӯъминзода";
        String brought = "Ғафуров Абдуллоҳ Ҷамшедович (бобояш аз тарафи модар, бо ваколатнома аз ҷамоат)";
        String collected = "Қодирова-Раҳимова Шаҳнозаи Ҳакимовна, хоҳари калонии кӯдак";
        String note = "Модар субҳ занг зад: кӯдак табларза дорад, духтури оилавӣ ӯро то ҷумъа дар хона нигоҳ доштанро"
                + " маслиҳат дод; маълумотномаи тиббӣ баъдтар оварда мешавад. "
                + "Рақамиҳуҷҷативаколатнома№0012345678901234567890123456789012345678901234567890";
        List<RegisterEntry> entries = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            entries.add(new RegisterEntry(i, child + " " + i, longestService, (long) i,
                    new Mark(true, LocalTime.of(8, i), LocalTime.of(17, i), brought, collected, null, null), List.of()));
            entries.add(new RegisterEntry(100 + i, "Малика Саидова " + i, null, null,
                    new Mark(false, null, null, null, null, AbsenceReason.OTHER, note), List.of()));
        }
        try (PDDocument document = Loader.loadPDF(pdf(new DaySheet(LocalDate.of(2026, 11, 23), entries,
                Instant.parse("2026-11-23T13:00:00Z"), "admin"), Language.TAJIK))) {
            String all = squeezed(new PDFTextStripper().getText(document));
            assertFalse(all.contains("…"), "nothing is cut");
            for (String whole : List.of(child + " 11", tajik.text(longestService.nameKey()), brought, collected,
                    tajik.text("register.absent") + ": " + tajik.text("absence.other") + ". " + note,
                    tajik.text("register.unplanned"))) {
                assertTrue(all.contains(squeezed(whole)), whole);
            }
            assertTrue(document.getNumberOfPages() > 1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertNoGlyphsOverlap(glyphs(document, page), page);
            }
        }
    }

    private static void assertNoGlyphsOverlap(List<TextPosition> glyphs, int page) {
        List<TextPosition> inked = glyphs.stream().filter(glyph -> !glyph.getUnicode().isBlank()).toList();
        assertTrue(inked.size() > 50, "page " + page + " has text");
        float tolerance = 0.05f;
        for (int i = 0; i < inked.size(); i++) {
            TextPosition a = inked.get(i);
            assertTrue(a.getXDirAdj() >= 0 && a.getXDirAdj() + a.getWidthDirAdj() <= a.getPageWidth(), a.getUnicode());
            for (int j = i + 1; j < inked.size(); j++) {
                TextPosition b = inked.get(j);
                boolean acrossOverlap = a.getXDirAdj() + a.getWidthDirAdj() - tolerance > b.getXDirAdj()
                        && b.getXDirAdj() + b.getWidthDirAdj() - tolerance > a.getXDirAdj();
                boolean downOverlap = bottom(a) - tolerance > top(b) && bottom(b) - tolerance > top(a);
                assertFalse(acrossOverlap && downOverlap, "page " + page + ": '" + a.getUnicode() + "' at "
                        + a.getXDirAdj() + "," + a.getYDirAdj() + " overlaps '" + b.getUnicode() + "' at "
                        + b.getXDirAdj() + "," + b.getYDirAdj());
            }
        }
    }

    /**
     * A glyph's box from DejaVu's ascent to its descent (0.93 and 0.24 em): PDFBox's own glyph
     * height is smaller than the ink, which would let lines drawn too close pass.
     */
    private static float top(TextPosition glyph) {
        return glyph.getYDirAdj() - 0.93f * glyph.getFontSizeInPt();
    }

    private static float bottom(TextPosition glyph) {
        return glyph.getYDirAdj() + 0.24f * glyph.getFontSizeInPt();
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String pageText(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static List<TextPosition> glyphs(PDDocument document, int page) throws Exception {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
                super.processTextPosition(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return glyphs;
    }
}
