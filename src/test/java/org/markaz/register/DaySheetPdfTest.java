package org.markaz.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.markaz.admissions.ServiceType;
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
            assertTrue(document.getNumberOfPages() >= 3);
            assertTrue(new PDFTextStripper().getText(document).contains("Кӯдак 59"));
        }
    }
}
