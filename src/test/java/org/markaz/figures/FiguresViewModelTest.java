package org.markaz.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.SameThreadTaskExecutor;
import org.markaz.core.ui.UiContext;
import org.markaz.testsupport.ScriptedDialogs;
import org.markaz.testsupport.TestServices;

/** The figures screen's ViewModel without a screen: the period it starts with, and saving files. */
class FiguresViewModelTest {

    private static TestServices test;

    @TempDir
    Path out;

    /** What the file chooser was asked (format and suggested name), and what it answers. */
    private final List<String> asked = new ArrayList<>();
    private Path answer;
    private final List<String> confirmations = new ArrayList<>();

    @BeforeAll
    static void sampleCentre() {
        test = TestServices.sampleCentre();
    }

    @AfterAll
    static void close() {
        test.close();
    }

    private FiguresViewModel viewModel() {
        var services = test.services();
        FiguresViewModel viewModel = new FiguresViewModel(new UiContext(new Localization(Language.ENGLISH, services.zone()),
                new ScriptedDialogs(), new SameThreadTaskExecutor(), test.clock()), test.signIn("director"),
                services.get(FiguresService.class), services.get(FiguresExportService.class), (format, suggested) -> {
                    asked.add(format + " " + suggested);
                    return Optional.ofNullable(answer);
                }, services.audit());
        viewModel.setOnSaved(confirmations::add);
        return viewModel;
    }

    @Test
    void theScreenStartsWithTheQuarterUpToTodayNotItsEndInTheFuture() {
        FiguresViewModel figures = viewModel();
        assertEquals(LocalDate.of(2026, 10, 1), figures.fromProperty().get());
        assertEquals(LocalDate.of(2026, 11, 23), figures.toProperty().get());
        figures.show();
        assertEquals("", figures.periodNoteProperty().get());
        assertTrue(figures.lines().stream().anyMatch(line -> line.name().equals("Children staying at the centre on 23/11/2026")));
    }

    @Test
    void aPeriodEndingAfterTodayIsShownUpToTodayWithANote() {
        FiguresViewModel figures = viewModel();
        figures.toProperty().set(LocalDate.of(2026, 12, 31));
        figures.show();
        assertEquals("Counted up to today, 23/11/2026: the period chosen ends on 31/12/2026, and the days after today have not"
                + " come yet.", figures.periodNoteProperty().get());
        assertEquals(LocalDate.of(2026, 12, 31), figures.toProperty().get(), "what the user typed stays as typed");
        assertTrue(figures.lines().stream().anyMatch(line -> line.name().equals("Children staying at the centre on 23/11/2026")));
    }

    @Test
    void savingAsksForAFileNamedByThePeriodSavesItAndConfirms() throws Exception {
        FiguresViewModel figures = viewModel();
        figures.toProperty().set(LocalDate.of(2026, 12, 31));
        answer = out.resolve("figures-2026-10-01-2026-11-23.pdf");
        figures.savePdf();
        assertEquals(List.of("PDF figures-2026-10-01-2026-11-23.pdf"), asked);
        assertTrue(Files.size(answer) > 1000);
        assertEquals(List.of("Saved as " + answer), confirmations);
        assertFalse(figures.busyProperty().get());

        answer = out.resolve("for the director");
        figures.saveCsv();
        assertEquals("CSV figures-2026-10-01-2026-11-23.csv", asked.get(1));
        Path csv = out.resolve("for the director.csv");
        assertTrue(Files.exists(csv), "the extension is added to a name typed without it");
        assertEquals("Saved as " + csv, confirmations.get(1));
    }

    @Test
    void aWrongPeriodIsSaidByTheDatesAndNoFileIsAskedFor() throws Exception {
        FiguresViewModel figures = viewModel();
        figures.fromProperty().set(LocalDate.of(2026, 11, 1));
        figures.toProperty().set(LocalDate.of(2026, 10, 1));
        answer = out.resolve("figures.pdf");
        figures.savePdf();
        assertEquals("The end date is before the start date.", figures.messageProperty().get());
        assertEquals("The end date is before the start date.", figures.toErrorProperty().get(), "the last day is marked");
        assertEquals("", figures.fromErrorProperty().get());
        assertEquals(List.of(), asked);

        figures.fromProperty().set(LocalDate.of(1999, 10, 1));
        figures.toProperty().set(LocalDate.of(2026, 10, 1));
        figures.saveCsv();
        assertTrue(figures.messageProperty().get().contains("between the years 2000 and 2100"), figures.messageProperty().get());
        assertFalse(figures.fromErrorProperty().get().isEmpty(), "the first day is marked");
        assertEquals("", figures.toErrorProperty().get());
        assertEquals(List.of(), asked);
        assertEquals(List.of(), confirmations);
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aTargetThatCannotBeWrittenIsSaidByTheSaveButtonsAndNothingIsWritten() throws Exception {
        FiguresViewModel figures = viewModel();
        answer = out.resolve("USB-stick-taken-out").resolve("figures.pdf");
        figures.savePdf();
        assertTrue(figures.exportMessageProperty().get().startsWith("The folder "), figures.exportMessageProperty().get());
        assertEquals("", figures.messageProperty().get());
        assertEquals(List.of(), confirmations);
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }

        answer = null; // cancelled: nothing said, nothing written
        figures.savePdf();
        assertEquals("", figures.exportMessageProperty().get());
    }
}
