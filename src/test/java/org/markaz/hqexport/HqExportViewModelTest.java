package org.markaz.hqexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.SameThreadTaskExecutor;
import org.markaz.core.ui.UiContext;
import org.markaz.testsupport.ScriptedDialogs;
import org.markaz.testsupport.TestServices;

/** The export screen's state: the table beside the period before, the package made after the questions, the log. */
class HqExportViewModelTest {

    @TempDir
    static Path dir;
    private static TestServices test;
    private final Localization english = new Localization(Language.ENGLISH);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void sample() throws Exception {
        test = TestServices.sampleCentreIn(new DataDirectory(Files.createDirectories(dir.resolve("data"))));
    }

    @AfterAll
    static void close() {
        test.close();
    }

    private HqExportViewModel viewModel(String username) {
        return new HqExportViewModel(new UiContext(english, dialogs, new SameThreadTaskExecutor(), test.clock()),
                test.signIn(username), test.services().get(HqExportService.class));
    }

    @Test
    void theLastClosedQuarterIsShownBesideTheOneBeforeAndItsPackageIsMade() throws Exception {
        HqExportViewModel vm = viewModel("director");
        assertEquals("2026Q3", vm.periodProperty().get());
        assertTrue(vm.mayAddNamedRecords());
        vm.show();
        assertEquals("", vm.messageProperty().get());
        assertEquals("Compared with 2026Q2", vm.comparedWithProperty().get());
        assertEquals("Families supported", vm.lines().get(0).indicator());
        assertFalse(vm.lines().get(0).value().isEmpty());
        assertFalse(vm.lines().get(0).value().equals("0"), "the sample centre supported families in the quarter");
        assertFalse(vm.lines().get(0).previous().isEmpty());

        dialogs.folder = Files.createDirectories(dir.resolve("usb"));
        dialogs.answers.add(true); // "register days left open: go on?" (if the sample has any)
        vm.createPackage();
        assertEquals("", vm.messageProperty().get());
        assertTrue(Files.exists(dir.resolve("usb").resolve("KHJ-2026Q3.zip")));
        assertEquals(5, vm.log().size(), "the sample's four packages of last year, and this one");
        assertEquals("2026Q3", vm.log().get(0).period());
    }

    @Test
    void namedRecordsWithoutAReasonAreRefusedBesideTheField() {
        HqExportViewModel vm = viewModel("director");
        vm.namedProperty().set(true);
        vm.createPackage();
        assertEquals(english.text("error.hqNamedNeedsReason"), vm.reasonErrorProperty().get());
        assertFalse(viewModel("admin").mayAddNamedRecords());
    }

    @Test
    void aPeriodChosenWhileAnotherIsCountedShowsItsOwnFiguresNotTheSlowerOnesFinishingLater() {
        org.markaz.testsupport.ManualTaskExecutor tasks = new org.markaz.testsupport.ManualTaskExecutor();
        HqExportViewModel vm = new HqExportViewModel(new UiContext(english, dialogs, tasks, test.clock()),
                test.signIn("director"), test.services().get(HqExportService.class));
        vm.periodProperty().set("2026Q3");
        vm.show();
        vm.periodProperty().set("2026Q1");
        vm.show();
        tasks.runNewest(); // 2026Q1 counted first
        assertEquals("Compared with 2025Q4", vm.comparedWithProperty().get());
        java.util.List<HqExportViewModel.Line> first = java.util.List.copyOf(vm.lines());
        assertFalse(vm.busyProperty().get(), "the newest count has finished");
        tasks.runAll(); // then the 2026Q3 asked before it finishes
        assertEquals("Compared with 2025Q4", vm.comparedWithProperty().get(), "the older count is not shown");
        assertEquals(first, vm.lines());
    }
}
