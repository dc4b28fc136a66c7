package org.markaz.hqexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The DHIS2 settings screen's state: cells in words, a refused id marked on its row, the file imported. */
class Dhis2SettingsViewModelTest {

    @TempDir
    static Path dir;
    private static TestServices test;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Localization tajik = new Localization(Language.TAJIK);

    @BeforeAll
    static void sample() throws Exception {
        test = TestServices.sampleCentreIn(new DataDirectory(Files.createDirectories(dir.resolve("data"))));
    }

    @AfterAll
    static void close() {
        test.close();
    }

    private Dhis2SettingsViewModel viewModel() {
        Dhis2SettingsViewModel vm = new Dhis2SettingsViewModel(new UiContext(tajik, dialogs, new SameThreadTaskExecutor(),
                test.clock()), test.signIn("admin"), test.services().get(Dhis2SettingsService.class));
        vm.load();
        return vm;
    }

    @Test
    void aBadIdIsMarkedOnItsRowInTajikAndAGoodOneIsSaved() {
        Dhis2SettingsViewModel vm = viewModel();
        assertEquals(tajik.text("dhis2.total"), vm.lines().get(0).breakdown());
        assertTrue(vm.lines().stream().anyMatch(line -> line.breakdown().startsWith(tajik.text("hq.dimension.sex") + ": ")));
        assertTrue(vm.ownOrgUnitProperty().get().matches("[A-Za-z][A-Za-z0-9]{10}"));

        vm.lines().get(2).dataElementProperty().set("12345");
        vm.save();
        assertEquals(2, vm.refusedRowProperty().get());
        assertEquals(tajik.text("error.dhis2BadUid", "12345"), vm.lines().get(2).dataElementErrorProperty().get());
        assertEquals("", vm.lines().get(2).optionComboErrorProperty().get(), "only the id refused is marked");
        assertTrue(vm.messageProperty().get().startsWith(vm.lines().get(2).indicator() + ", "), vm.messageProperty().get());
        assertEquals(0, test.count("dhis2_mapping"));

        vm.lines().get(2).dataElementProperty().set("Abcdefghij1");
        vm.orgUnitProperty().set("not an id");
        vm.save();
        assertEquals(tajik.text("error.dhis2BadOrgUnit", "not an id"), vm.orgUnitErrorProperty().get());
        assertEquals("", vm.lines().get(2).dataElementErrorProperty().get(), "the row is right now");
        assertEquals(0, test.count("dhis2_mapping"));

        vm.orgUnitProperty().set("ImspTQPwCqd");
        vm.save();
        assertEquals("", vm.messageProperty().get());
        assertEquals(java.util.List.of(tajik.text("dhis2.saved")), dialogs.notices);
        assertEquals(1, test.count("dhis2_mapping"));
        vm.lines().get(2).dataElementProperty().set("");
        vm.orgUnitProperty().set("");
        vm.save();
        assertEquals(0, test.count("dhis2_mapping"));
    }

    @Test
    void aWrongLineOfAMappingFileIsNamed() throws Exception {
        Dhis2SettingsViewModel vm = viewModel();
        dialogs.files.add(Files.writeString(dir.resolve("mapping.csv"), "code;disaggregation;dataElement;categoryOptionCombo\n"
                + "FAMILIES_SUPPORTED;;Fam0000001a;\nFAMILIES_SUPPORTED;;Fam0000002a;\n"));
        vm.importCsv();
        assertEquals(tajik.text("dhis2.importLine", 3, tajik.text("error.dhis2Twice", "FAMILIES_SUPPORTED", "")),
                vm.messageProperty().get());
        assertEquals(0, test.count("dhis2_mapping"));
    }
}
