package org.markaz.hqexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.ProgressListener;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.SameThreadTaskExecutor;
import org.markaz.core.ui.UiContext;
import org.markaz.testsupport.ScriptedDialogs;
import org.markaz.testsupport.TestServices;

/** The consolidation screen's state: packages added and removed, refusals beside the list in the user's language. */
class ConsolidationViewModelTest {

    private static final String PASSPHRASE = "a passphrase for headquarters";
    @TempDir
    static Path dir;
    private static TestServices test;
    private static Path plain;
    private static Path encrypted;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void packages() throws Exception {
        test = TestServices.sampleCentreIn(new DataDirectory(Files.createDirectories(dir.resolve("data"))));
        HqExportService export = test.services().get(HqExportService.class);
        var director = test.signIn("director");
        plain = ((ExportResult.Made) export.export(director, ExportRequest.of(ExportPeriod.parse("2026Q1"),
                Files.createDirectories(dir.resolve("p"))).confirmed(), ProgressListener.NONE)).file();
        encrypted = ((ExportResult.Made) export.export(director, new ExportRequest(ExportPeriod.parse("2026Q2"),
                Files.createDirectories(dir.resolve("e")), PASSPHRASE.toCharArray(), null, true, true), ProgressListener.NONE)).file();
    }

    @AfterAll
    static void close() {
        test.close();
    }

    private ConsolidationViewModel viewModel(Language language) {
        return new ConsolidationViewModel(new UiContext(new Localization(language), dialogs, new SameThreadTaskExecutor(),
                test.clock()), test.signIn("admin"), test.services().get(ConsolidationService.class));
    }

    private static Path out(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    @Test
    void packagesAreAddedOnceAndRemoved() {
        ConsolidationViewModel vm = viewModel(Language.ENGLISH);
        dialogs.files.addAll(List.of(plain, encrypted));
        vm.addPackages();
        vm.addPackages();
        assertEquals(List.of(plain.toAbsolutePath(), encrypted.toAbsolutePath()), vm.packages(), "each file once");
        vm.selectedProperty().set(plain.toAbsolutePath());
        vm.removeSelected();
        assertEquals(List.of(encrypted.toAbsolutePath()), vm.packages());
    }

    @Test
    void anEncryptedPackageIsRefusedInTajikWithoutItsPassphraseAndCombinedWithIt() throws IOException {
        ConsolidationViewModel vm = viewModel(Language.TAJIK);
        Localization tajik = new Localization(Language.TAJIK);
        dialogs.files.addAll(List.of(plain, encrypted));
        vm.addPackages();
        Path folder = out("tg");
        vm.folderProperty().set(folder.toString());
        vm.consolidate();
        assertEquals(tajik.text("error.hqPackageEncrypted", encrypted.getFileName().toString()), vm.messageProperty().get());
        vm.passphraseProperty().set("not the passphrase at all");
        vm.consolidate();
        assertEquals(tajik.text("error.hqWrongPassphrase", encrypted.getFileName().toString()), vm.messageProperty().get());
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "nothing written on a refusal");
        }
        assertTrue(dialogs.notices.isEmpty());

        vm.passphraseProperty().set(PASSPHRASE);
        vm.periodsProperty().set("2026Q1, 2026Q2");
        vm.consolidate();
        assertEquals("", vm.messageProperty().get());
        assertTrue(Files.exists(folder.resolve(ConsolidationService.CSV_FILE)));
        assertEquals(1, dialogs.notices.size());
        assertTrue(dialogs.notices.get(0).contains(ConsolidationService.PDF_FILE), dialogs.notices.get(0));
    }

    @Test
    void aBadPeriodAMissingOneAndAMissingFolderAreShownBesideTheirFields() throws IOException {
        Localization english = new Localization(Language.ENGLISH);
        ConsolidationViewModel vm = viewModel(Language.ENGLISH);
        vm.consolidate();
        assertEquals(english.text("error.hqNoPackages"), vm.packagesErrorProperty().get());
        dialogs.files.add(plain);
        vm.addPackages();
        assertEquals("", vm.packagesErrorProperty().get());
        vm.consolidate();
        assertEquals(english.text("error.hqConsolidateFolderNeeded"), vm.folderErrorProperty().get());
        Path folder = out("en");
        vm.folderProperty().set(folder.toString());
        vm.periodsProperty().set("2026Q5");
        vm.consolidate();
        assertFalse(vm.periodsErrorProperty().get().isEmpty());
        vm.periodsProperty().set("2026Q1 2026Q2");
        vm.consolidate();
        assertEquals(english.text("error.hqPeriodMissing", "KHJ", "2026Q2"), vm.messageProperty().get());
        assertEquals("", vm.periodsErrorProperty().get());
        Path notAPackage = Files.writeString(dir.resolve("minutes.zip"), "minutes of the meeting");
        dialogs.files.add(notAPackage);
        vm.addPackages();
        vm.periodsProperty().set("");
        vm.consolidate();
        assertEquals(english.text("error.hqNotAPackage", "minutes.zip"), vm.messageProperty().get());
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "nothing written on a refusal");
        }
    }
}
