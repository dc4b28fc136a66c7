package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.ProgressListener;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.hqexport.ConsolidationService;
import org.markaz.hqexport.ExportPeriod;
import org.markaz.hqexport.ExportRequest;
import org.markaz.hqexport.ExportResult;
import org.markaz.hqexport.HqExportService;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The headquarters area: the export as a director opens it, and the consolidation of packages. */
class HqExportUiTest extends UiTestSupport {

    @TempDir
    Path files;

    @Start
    void start(Stage stage) {
        startWindow(stage, true);
    }

    @Test
    void aDirectorSeesTheQuarterBesideTheOneBefore() {
        signIn("director", DEMO_PASSWORD);
        clickAndWait("#nav-hqexport");
        assertTrue(isShown("#hqLines"));
        assertTrue(isShown("#hqNamed"), "a director may add named records");
        assertTrue(textOf("#hqComparedWith").contains("2026Q2"), textOf("#hqComparedWith"));
        saveScreen("hq-export-director");
    }

    @Test
    void aQuarterTypedWithARussianLayoutIsShownOnEnter() {
        signIn("director", DEMO_PASSWORD);
        clickAndWait("#nav-hqexport");
        javafx.scene.control.ComboBox<?> period = lookup("#hqPeriod").queryAs(javafx.scene.control.ComboBox.class);
        clickOn(period.getEditor());
        interact(period.getEditor()::selectAll);
        write("2026й2"); // the keys of 2026Q2 with a Russian layout
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntilIdle();
        assertTrue(textOf("#hqComparedWith").contains("2026Q1"), textOf("#hqComparedWith"));
        assertEquals("", textOf("#hqMessage"), "no complaint about the period");
        assertEquals("2026Q2", period.getValue(), "shown as the program writes it");
    }

    @Test
    void anEncryptedPackageIsRefusedInTajikUntilItsPassphraseIsGiven() throws Exception {
        String passphrase = "a passphrase for headquarters";
        Path made = ((ExportResult.Made) services().get(HqExportService.class).export(signedInActor("director", DEMO_PASSWORD),
                new ExportRequest(ExportPeriod.parse("2026Q2"), Files.createDirectories(files.resolve("stick")),
                        passphrase.toCharArray(), null, true, true), ProgressListener.NONE)).file();
        Path out = Files.createDirectories(files.resolve("hq"));
        services().accounts().changeOwnLanguage(administrator(), Language.TAJIK);
        Localization tajik = new Localization(Language.TAJIK);
        interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(705);
        });
        signIn("admin", DEMO_PASSWORD);
        clickAndWait("#nav-hqexport");
        openTab("hqTabConsolidate");
        // the file chooser is the system's own: the files it would return go straight into the list
        ListView<Path> packages = lookup("#hqPackages").queryListView();
        interact(() -> packages.getItems().add(made));
        interact(() -> lookup("#hqConsolidateFolder").queryAs(TextInputControl.class).setText(out.toString()));
        clickAndWait("#hqConsolidate");
        assertEquals(tajik.text("error.hqPackageEncrypted", made.getFileName().toString()), textOf("#hqConsolidateMessage"));
        saveScreen("hq-consolidate-refused-tg");
        try (var written = Files.list(out)) {
            assertEquals(0, written.count());
        }

        typeInto("#hqConsolidatePassphrase", passphrase);
        clickAndWait("#hqConsolidate");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(out.resolve(ConsolidationService.PDF_FILE)));
        assertEquals("", textOf("#hqConsolidateMessage"));
        assertFalse(Files.exists(out.resolve(ConsolidationService.CSV_FILE + ".part")));
    }

    @Test
    void theLogShowsEachChecksumWholeAndTheDhis2TabMarksABadId() throws Exception {
        var director = signedInActor("director", DEMO_PASSWORD);
        services().get(HqExportService.class).export(director, ExportRequest.of(ExportPeriod.parse("2026Q2"),
                Files.createDirectories(files.resolve("stick"))).confirmed(), ProgressListener.NONE);
        services().accounts().changeOwnLanguage(director, Language.TAJIK);
        Localization tajik = new Localization(Language.TAJIK);
        interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(705);
        });
        signIn("director", DEMO_PASSWORD);
        clickAndWait("#nav-hqexport");
        clickRow("#hqLog", 0);
        String checksum = textOf("#hqLogChecksum");
        assertTrue(checksum.matches("[0-9a-f]{64}"), "the whole checksum, to read out or copy: " + checksum);
        saveScreen("hq-export-log-tg");

        openTab("hqTabDhis2");
        javafx.scene.control.TableView<?> mapping = lookup("#dhis2Mapping").queryTableView();
        assertTrue(mapping.getItems().size() > 20, "every cell of the table");
        TextInputControl first = lookup(".dhis2-id").queryAs(TextInputControl.class);
        clickOn(first);
        write("12345");
        clickAndWait("#dhis2Save");
        assertTrue(textOf("#dhis2Message").endsWith(tajik.text("error.dhis2BadUid", "12345")), textOf("#dhis2Message"));
        saveScreen("hq-dhis2-refused-tg");
    }
}
