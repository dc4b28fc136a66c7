package org.markaz.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.MarkazException;
import org.markaz.core.ValidationException;
import org.markaz.core.centre.CentreDetails;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.SameThreadTaskExecutor;
import org.markaz.core.ui.UiContext;
import org.markaz.shared.ServiceType;
import org.markaz.testsupport.ScriptedDialogs;
import org.markaz.testsupport.TestServices;

/**
 * The figures saved as a PDF and as a spreadsheet, on the sample centre in a real H2 database:
 * read back with PDFBox's text stripper and with Commons CSV, they say what the screen says, in
 * every language, and a refusal leaves no file behind.
 */
class FiguresExportServiceTest {

    /** The tests' clock says 23.11.2026: the quarter so far. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate QUARTER_START = LocalDate.of(2026, 10, 1);
    private static final String CENTRE_NAME = "Маркази \"Умед\"; ш. Хуҷанд";

    private static TestServices test;
    private static Actor director;

    @TempDir
    Path out;

    @BeforeAll
    static void openTheSampleCentre() throws Exception {
        test = TestServices.sampleCentre();
        Actor admin = test.signIn("admin");
        CentreDetails centre = test.services().centres().current(admin).orElseThrow();
        // quotes and the spreadsheet's separator in the name: both must come back whole
        test.services().centres().update(admin, new CentreDetails(CENTRE_NAME, centre.code(), centre.region(),
                centre.address(), centre.directorName()));
        director = test.signIn("director");
    }

    @AfterAll
    static void close() {
        test.close();
    }

    private static FiguresExportService exports() {
        return test.services().get(FiguresExportService.class);
    }

    private static Localization language(Language language) {
        return new Localization(language, test.services().zone());
    }

    /** What the screen shows for the period, line by line, in that language. */
    private static List<FiguresViewModel.Line> screen(Language language, LocalDate from, LocalDate to) {
        FiguresViewModel viewModel = new FiguresViewModel(new UiContext(language(language), new ScriptedDialogs(),
                new SameThreadTaskExecutor(), test.clock()), director, test.services().get(FiguresService.class), exports(),
                SaveTargets.NONE, test.services().audit());
        viewModel.fromProperty().set(from);
        viewModel.toProperty().set(to);
        viewModel.show();
        return List.copyOf(viewModel.lines());
    }

    private static String pdfText(PDDocument document) throws Exception {
        return new PDFTextStripper().getText(document);
    }

    @Test
    void thePdfPrintsTheScreensFiguresWithCentrePeriodChartsAndPageOfInEveryLanguage() throws Exception {
        for (Language language : Language.values()) {
            Localization text = language(language);
            Path file = out.resolve("figures-" + language.code() + ".pdf");
            FiguresExportService.Saved saved = exports().save(director, ExportFormat.PDF, QUARTER_START, TODAY, text, file, false);
            assertEquals(file, saved.file());
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                int pages = document.getNumberOfPages();
                String all = pdfText(document);
                List<String> lines = all.lines().map(String::strip).toList();
                assertTrue(all.contains(CENTRE_NAME), all);
                assertTrue(all.contains(text.text("figures.pdfTitle", text.text("figures.period", text.formatDate(QUARTER_START),
                        text.formatDate(TODAY)))), all);
                for (int page = 1; page <= pages; page++) {
                    assertTrue(pageText(document, page).contains(text.text("pdf.pageOf", page, pages)), "page " + page + " of " + pages);
                    PDRectangle box = document.getPage(page - 1).getMediaBox();
                    assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.5);
                    assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.5);
                    assertNothingOutsideTheMargins(document, page);
                }
                for (String title : List.of("figures.outcomesChart", "figures.attendanceChart", "figures.admissions",
                        "figures.discharges", "figures.stays", "figures.total")) {
                    assertTrue(lines.contains(text.text(title)) || all.contains(text.text(title)), title + " in " + language);
                }
                assertFiguresOfTheScreenArePrinted(screen(language, QUARTER_START, TODAY), lines, text);
                assertTrue(all.contains(text.text("figures.printed", text.formatDateTime(test.clock().instant()),
                        director.fullName())), "who printed it and when");
                assertFontsEmbedded(document);
            }
        }
    }

    /**
     * Every figure of the screen, label and value, on one line of the PDF: a total as the "Total"
     * line under its heading, attendance split into its columns.
     */
    private static void assertFiguresOfTheScreenArePrinted(List<FiguresViewModel.Line> screen, List<String> pdf, Localization text) {
        Language language = text.language();
        assertTrue(screen.size() > 15, "the screen shows the figures: " + screen);
        for (FiguresViewModel.Line line : screen) {
            String label = line.name().strip();
            if (label.equals(text.text("figures.admissions")) || label.equals(text.text("figures.discharges"))) {
                int heading = pdf.indexOf(label);
                String total = text.text("figures.total") + " " + line.value();
                assertTrue(heading >= 0 && pdf.subList(heading, pdf.size()).stream().filter(l -> l.startsWith(text.text("figures.total")))
                        .findFirst().orElse("").equals(total), language + ": " + total + " under " + label + " in " + pdf);
            } else if (line.value().contains("(")) {
                // "Attendance: Day care" = "86% (412 of 480 days)" prints as a row: service, 86%, 412, 480
                List<String> numbers = new ArrayList<>();
                java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\d[\\d\\u00a0 ]*").matcher(line.value());
                while (number.find()) {
                    numbers.add(number.group().strip());
                }
                String service = label.substring(label.indexOf(':') + 1).strip();
                String row = pdf.stream().filter(l -> l.startsWith(service) && l.contains(numbers.get(0) + "%")).findFirst()
                        .orElseThrow(() -> new AssertionError(language + ": no attendance row for " + line + " in " + pdf));
                assertTrue(row.endsWith(numbers.get(1) + " " + numbers.get(2)), row + " for " + line);
            } else {
                assertTrue(pdf.stream().anyMatch(l -> l.startsWith(label) && l.endsWith(" " + line.value())),
                        language + ": \"" + label + "\" = " + line.value() + " not printed; lines: " + pdf);
            }
        }
    }

    private static void assertNothingOutsideTheMargins(PDDocument document, int page) throws Exception {
        PDPage pdPage = document.getPage(page - 1);
        float width = pdPage.getMediaBox().getWidth();
        float height = pdPage.getMediaBox().getHeight();
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
        for (TextPosition glyph : glyphs) {
            assertTrue(glyph.getXDirAdj() >= 35.9 && glyph.getXDirAdj() + glyph.getWidthDirAdj() <= width - 35.9
                    && glyph.getYDirAdj() >= 30 && glyph.getYDirAdj() <= height - 30,
                    "'" + glyph.getUnicode() + "' at " + glyph.getXDirAdj() + "," + glyph.getYDirAdj() + " on page " + page);
        }
    }

    private static void assertFontsEmbedded(PDDocument document) throws Exception {
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("DejaVu"), font.getName());
            }
        }
    }

    private static String pageText(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    @Test
    void theSpreadsheetHasAByteOrderMarkSemicolonsCyrillicIntactAndNumbersAsNumbers() throws Exception {
        Localization russian = language(Language.RUSSIAN);
        Path file = out.resolve("figures.csv");
        Figures figures = exports().save(director, ExportFormat.CSV, QUARTER_START, TODAY, russian, file, false).figures();

        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String content = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(content.contains("\"Маркази \"\"Умед\"\"; ш. Хуҷанд\""), "the name quoted, its quotes doubled: " + content);
        assertTrue(content.contains("\r\n"), "lines end in CR LF");

        List<CSVRecord> records;
        try (var parser = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(content))) {
            records = parser.getRecords();
        }
        assertEquals(List.of(russian.text("field.centreName"), CENTRE_NAME), records.get(0).toList());
        assertEquals(List.of(russian.text("figures.firstDay"), "2026-10-01"), records.get(1).toList());
        assertEquals(List.of(russian.text("figures.lastDay"), "2026-11-23"), records.get(2).toList());
        Map<String, String> values = new java.util.LinkedHashMap<>();
        boolean inTable = false;
        for (CSVRecord record : records) {
            if (inTable) {
                assertEquals(3, record.size(), record.toString());
                values.put(record.get(0) + " / " + record.get(1), record.get(2));
            }
            inTable |= record.size() == 3 && record.get(0).equals("Раздел");
        }
        assertTrue(inTable, "the table's header: " + records);
        assertEquals(Integer.toString(figures.admissions()), values.get("Зачисления / Всего"));
        assertEquals(Integer.toString(figures.discharges()), values.get("Выписки / Всего"));
        assertEquals(Integer.toString(figures.admissionsByService().getOrDefault(ServiceType.MOTHER_AND_BABY, 0)),
                values.get("Зачисления / Отделение «Мать и дитя»"), "Cyrillic and guillemets intact: " + values.keySet());
        assertEquals(Integer.toString(figures.residentsOnLastDay()),
                values.get("Пребывание в центре / Детей живёт в центре на 23.11.2026"));
        assertEquals(FiguresCsv.decimal(figures.averageShortStayDays()),
                values.get("Пребывание в центре / Средняя длительность краткосрочного пребывания, дней"));
        Figures.Attendance dayCare = figures.attendance().get(ServiceType.DAY_CARE);
        assertEquals(Long.toString(FiguresText.percent(dayCare)), values.get("Посещаемость, % / Дневной уход и реабилитация"));
        assertEquals(Integer.toString(dayCare.presentDays()), values.get("Дней присутствия / Дневной уход и реабилитация"));
        assertEquals(Integer.toString(dayCare.markedDays()), values.get("Отмечено дней / Дневной уход и реабилитация"));
        for (var entry : values.entrySet()) {
            assertTrue(entry.getValue().matches("\\d+(,\\d)?|"), "a bare number: " + entry);
        }
        assertTrue(values.keySet().stream().anyMatch(key -> key.contains("пн-пт")), "a label with a comma stays one cell");
    }

    @Test
    void decimalsHaveOneDigitAfterAComma() {
        assertEquals("30", FiguresCsv.decimal(30.0));
        assertEquals("30,5", FiguresCsv.decimal(30.5));
        assertEquals("12,3", FiguresCsv.decimal(12.345));
        assertEquals("", FiguresCsv.decimal(null));
    }

    @Test
    void aPeriodEndingAfterTodayIsCountedUpToTodayAndTheFilesSaySo() throws Exception {
        Localization english = language(Language.ENGLISH);
        LocalDate quarterEnd = LocalDate.of(2026, 12, 31);
        Path pdf = out.resolve("cut.pdf");
        Figures figures = exports().save(director, ExportFormat.PDF, QUARTER_START, quarterEnd, english, pdf, false).figures();
        assertEquals(TODAY, figures.to());
        assertEquals(quarterEnd, figures.askedTo());
        String note = english.text("figures.cutAtToday", "23/11/2026", "31/12/2026");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String all = pdfText(document);
            assertTrue(all.replaceAll("\\s+", " ").contains(note), all);
            assertTrue(all.contains("Children staying at the centre on 23/11/2026"), all);
            assertFalse(all.contains("31/12/2026 "), "the future day is named only in the note");
        }
        Path csv = out.resolve("cut.csv");
        exports().save(director, ExportFormat.CSV, QUARTER_START, quarterEnd, english, csv, false);
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(content.contains("Last day;2026-11-23\r\n"), content);
        assertTrue(content.contains(note), content);
    }

    @Test
    void refusedPeriodsTargetsAndRolesWriteNothing() throws Exception {
        Localization tajik = language(Language.TAJIK);
        Path target = out.resolve("figures.pdf");
        Map<String, Runnable> refusals = new java.util.LinkedHashMap<>();
        refusals.put("dates the wrong way round", () -> exports().save(director, ExportFormat.PDF, TODAY, QUARTER_START, tajik,
                target, false));
        refusals.put("a date before 2000", () -> exports().save(director, ExportFormat.PDF, LocalDate.of(1999, 12, 31), TODAY,
                tajik, target, false));
        refusals.put("a date after 2100", () -> exports().save(director, ExportFormat.CSV, QUARTER_START, LocalDate.of(2101, 1, 1),
                tajik, target, false));
        refusals.put("a period that has not started", () -> exports().save(director, ExportFormat.CSV, TODAY.plusDays(1),
                TODAY.plusDays(30), tajik, target, false));
        refusals.put("no date", () -> exports().save(director, ExportFormat.CSV, null, TODAY, tajik, target, false));
        refusals.put("a folder that is not there", () -> exports().save(director, ExportFormat.PDF, QUARTER_START, TODAY, tajik,
                out.resolve("USB").resolve("figures.pdf"), false));
        refusals.put("a folder given as the file", () -> exports().save(director, ExportFormat.PDF, QUARTER_START, TODAY, tajik,
                out, true));
        refusals.put("a file as the folder", () -> {
            try {
                Files.writeString(out.resolve("a-file"), "x");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            exports().save(director, ExportFormat.PDF, QUARTER_START, TODAY, tajik, out.resolve("a-file").resolve("f.pdf"), true);
        });
        for (var refusal : refusals.entrySet()) {
            MarkazException refused = assertThrows(MarkazException.class, refusal.getValue()::run, refusal.getKey());
            assertFalse(tajik.message(refused).startsWith("!"), refusal.getKey() + ": " + tajik.message(refused));
            assertEquals(List.of(out.resolve("a-file")).stream().filter(Files::exists).toList(), filesIn(out),
                    refusal.getKey() + " wrote nothing");
        }
        assertThrows(AccessDeniedException.class, () -> exports().save(test.signIn("keyworker"), ExportFormat.PDF, QUARTER_START,
                TODAY, tajik, target, false));
        assertThrows(AccessDeniedException.class, () -> exports().save(test.signIn("bookkeeper"), ExportFormat.CSV, QUARTER_START,
                TODAY, tajik, target, false));
        assertFalse(Files.exists(target));
    }

    @Test
    void anExistingFileIsKeptUnlessReplacingWasAskedForAndThenReplacedWhole() throws Exception {
        Localization tajik = language(Language.TAJIK);
        Path target = Files.writeString(out.resolve("figures.csv"), "the old file");
        ValidationException refused = assertThrows(ValidationException.class, () -> exports().save(director, ExportFormat.CSV,
                QUARTER_START, TODAY, tajik, target, false));
        assertEquals("error.exportExists", refused.messageKey());
        assertEquals("the old file", Files.readString(target));

        exports().save(director, ExportFormat.CSV, QUARTER_START, TODAY, tajik, target, true);
        assertTrue(Files.readString(target, StandardCharsets.UTF_8).contains("Ҳамагӣ"), "replaced by the figures in Tajik");
        assertEquals(List.of(target), filesIn(out), "no temporary file left beside it");
    }

    @Test
    void theSuggestedFileNameCarriesThePeriodCounted() {
        FiguresPeriod period = test.services().get(FiguresService.class).period(QUARTER_START, LocalDate.of(2026, 12, 31));
        assertEquals("figures-2026-10-01-2026-11-23.pdf", ExportFormat.PDF.fileName(period));
        assertEquals("figures-2026-10-01-2026-11-23.csv", ExportFormat.CSV.fileName(period));
    }

    private static List<Path> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
