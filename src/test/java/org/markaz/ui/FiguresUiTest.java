package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.figures.SaveTargets;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reports and figures as a director uses them: saving the figures as a PDF and a spreadsheet,
 * the confirmation by the window's corner, what a wrong date or a place that cannot be written
 * says and where; and the screen at 1366x705 in every language with its buttons whole.
 */
class FiguresUiTest extends UiTestSupport {

    @TempDir
    Path saved;

    /** The files the "file chooser" gave, by the name it suggested. */
    private Path folder;

    @Start
    void start(Stage stage) {
        startWindow(stage, true);
        folder = saved;
        // the file chooser of the window cannot be driven by a test: this answers for the user
        services().get(SaveTargets.class).answerWith((format, suggestedName) -> Optional.of(folder.resolve(suggestedName)));
    }

    private void openReports(String username) {
        signIn(username, DEMO_PASSWORD);
        clickAndWait("#nav-reports");
        assertTrue(isShown("#figureLines"));
    }

    @Test
    void aDirectorSavesThePdfAndTheSpreadsheetAndSeesEachConfirmed() throws Exception {
        openReports("director");
        Localization tajik = shellLanguage();
        assertEquals(Language.TAJIK, tajik.language());
        assertEquals("01.10.2026", datePicker("#figuresFrom").getEditor().getText(), "the quarter...");
        assertEquals("23.11.2026", datePicker("#figuresTo").getEditor().getText(), "...up to today, not its end");

        clickAndWait("#saveFiguresPdf");
        Path pdf = saved.resolve("figures-2026-10-01-2026-11-23.pdf");
        assertTrue(Files.size(pdf) > 1000, "the PDF is saved");
        assertNoticeShown(tajik.text("figures.saved", pdf.toString()));

        clickAndWait("#saveFiguresCsv");
        Path csv = saved.resolve("figures-2026-10-01-2026-11-23.csv");
        assertTrue(Files.readString(csv).startsWith("\uFEFF" + tajik.text("field.centreName") + ";"), "the spreadsheet is saved");
        assertNoticeShown(tajik.text("figures.saved", csv.toString()));
        assertFalse(isShown("#figuresExportMessage"));
        assertEquals(List.of(), otherWindows().stream().filter(w -> w instanceof Stage).toList(), "no dialog to close");
    }

    @Test
    void aWrongPeriodIsSaidBesideTheDatesAndAPlaceThatCannotBeWrittenBesideTheButtonsAndNothingIsSaved() throws Exception {
        openReports("admin");
        Localization russian = shellLanguage();
        typeDate("#figuresTo", "01.09.2026");
        clickAndWait("#saveFiguresPdf");
        assertEquals(russian.text("error.datesReversed"), textOf("#figuresMessage"));
        assertFalse(isShown("#figuresExportMessage"));

        typeDate("#figuresFrom", "01.01.1999");
        typeDate("#figuresTo", "31.12.2026");
        clickAndWait("#saveFiguresCsv");
        assertEquals(russian.text("error.periodOutOfRange", 2000, 2100), textOf("#figuresMessage"));
        assertEquals(List.of(), filesSaved(), "nothing saved for a wrong period");

        typeDate("#figuresFrom", "01.10.2026");
        clickAndWait("#showFigures");
        assertFalse(isShown("#figuresMessage"));
        assertEquals(russian.text("figures.cutAtToday", "23.11.2026", "31.12.2026"), textOf("#figuresPeriodNote"),
                "a period ending after today is counted up to today, and the screen says so");

        folder = saved.resolve("USB-stick-taken-out");
        clickAndWait("#saveFiguresPdf");
        assertEquals(russian.text("error.exportNoFolder", folder.toString()), textOf("#figuresExportMessage"));
        assertFalse(isShown("#figuresMessage"));
        assertEquals(List.of(), filesSaved(), "nothing saved where it cannot be");
    }

    @Test
    void theScreenAndItsButtonsFitAt1366x705InEveryLanguage() {
        interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(705);
        });
        openReports("admin");
        for (Language language : List.of(Language.RUSSIAN, Language.TAJIK, Language.ENGLISH)) {
            if (shellLanguage().language() != language) {
                choose("#shellLanguage", shellLanguage().text(language.nameKey()));
                clickAndWait("#nav-reports");
            }
            typeDate("#figuresTo", shellLanguage().formatDate(today().plusMonths(1)));
            clickAndWait("#showFigures");
            assertTrue(isShown("#figuresPeriodNote"));
            double sceneWidth = stage.getScene().getWidth();
            for (String id : List.of("#showFigures", "#saveFiguresPdf", "#saveFiguresCsv")) {
                Button button = lookup(id).queryButton();
                Bounds bounds = button.localToScene(button.getLayoutBounds());
                assertTrue(bounds.getMaxX() <= sceneWidth, language + ": " + id + " runs off the window at " + bounds.getMaxX());
                assertTrue(button.getWidth() >= button.prefWidth(-1) - 0.5, language + ": " + id + " is cut: \""
                        + button.getText() + "\" needs " + button.prefWidth(-1) + ", has " + button.getWidth());
            }
            for (String id : List.of("#figuresPeriodNote")) {
                Labeled label = (Labeled) lookup(id).query();
                Bounds bounds = label.localToScene(label.getLayoutBounds());
                assertTrue(bounds.getMaxX() <= sceneWidth && bounds.getHeight() >= label.prefHeight(label.getWidth()) - 0.5,
                        language + ": " + id + " is cut");
            }
            for (Node cell : lookup("#figureLines .table-cell").queryAll()) {
                if (cell instanceof Labeled shown && shown.getText() != null && !shown.getText().isEmpty()) {
                    assertTrue(shown.getWidth() >= shown.prefWidth(-1) - 0.5, language + ": \"" + shown.getText()
                            + "\" is cut in the list of figures");
                }
            }
            snapshot("figures-" + language.code() + ".png");
        }
    }

    private DatePicker datePicker(String query) {
        return lookup(query).queryAs(DatePicker.class);
    }

    /** Types a date into a date picker's text field and moves on, which is when the picker takes it. */
    private void typeDate(String query, String date) {
        TextField editor = datePicker(query).getEditor();
        clickOn(editor);
        interact(editor::selectAll);
        write(date);
        push(KeyCode.TAB);
        waitUntilIdle();
    }

    private List<Path> filesSaved() throws IOException {
        try (Stream<Path> files = Files.walk(saved)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** The confirmation appears by the window's corner (a ControlsFX notification in a popup of the window). */
    private void assertNoticeShown(String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .filter(Window::isShowing)
                .flatMap(window -> window.getScene() == null ? Stream.empty()
                        : window.getScene().getRoot().lookupAll(".label").stream())
                .anyMatch(node -> node instanceof Labeled label && text.equals(label.getText())));
    }

    /** The window as it is now, saved under target/ to be looked at (the screen at 1366x705 in each language). */
    private void snapshot(String name) {
        WritableImage image = new WritableImage((int) stage.getScene().getWidth(), (int) stage.getScene().getHeight());
        interact(() -> stage.getScene().snapshot(image));
        PixelReader pixels = image.getPixelReader();
        BufferedImage png = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
            javax.imageio.ImageIO.write(png, "png", screenshots.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
