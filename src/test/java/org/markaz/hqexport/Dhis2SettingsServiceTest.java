package org.markaz.hqexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.ProgressListener;
import org.markaz.core.ValidationException;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

/** The DHIS2 settings: every cell listed, ids checked before anything is written, audited, used by the package. */
class Dhis2SettingsServiceTest {

    @TempDir
    static Path dir;
    private static TestServices test;
    private static Dhis2SettingsService dhis2;
    private static Actor director;

    @BeforeAll
    static void sample() throws IOException {
        test = TestServices.sampleCentreIn(new DataDirectory(Files.createDirectories(dir.resolve("data"))));
        dhis2 = test.services().get(Dhis2SettingsService.class);
        director = test.signIn("director");
    }

    @AfterAll
    static void close() {
        test.close();
    }

    private static List<Dhis2SettingsService.Mapping> asShown(Dhis2SettingsService.Settings settings) {
        List<Dhis2SettingsService.Mapping> mappings = new ArrayList<>();
        for (Dhis2SettingsService.Row row : settings.rows()) {
            mappings.add(new Dhis2SettingsService.Mapping(row.cell().code(), row.cell().disaggregation(),
                    row.dataElement() == null ? "" : row.dataElement(), row.optionCombo() == null ? "" : row.optionCombo()));
        }
        return mappings;
    }

    private int[] counts() {
        return new int[] {test.count("dhis2_mapping"), test.count("setting"), test.count("audit_event")};
    }

    @Test
    void idsSetAreSavedAuditedAndUsedByThePackage() throws IOException {
        Dhis2SettingsService.Settings settings = dhis2.settings(director);
        assertEquals("", settings.orgUnit());
        assertTrue(settings.rows().size() > 20, "every cell of the table: " + settings.rows().size());
        Dhis2SettingsService.Row first = settings.rows().get(0);
        assertEquals("FAMILIES_SUPPORTED", first.cell().code());
        assertEquals("", first.cell().disaggregation(), "the total first");
        assertNull(first.dataElement());
        assertTrue(first.ownDataElement().matches("[A-Za-z][A-Za-z0-9]{10}"));
        assertTrue(settings.rows().stream().anyMatch(row -> row.cell().disaggregation().equals("sex:F")));

        List<Dhis2SettingsService.Mapping> mappings = asShown(settings);
        mappings.set(0, new Dhis2SettingsService.Mapping(first.cell().code(), "", " fbfJHSPpUQD ", ""));
        int audited = test.count("audit_event");
        dhis2.save(director, "ImspTQPwCqd", mappings);
        assertEquals(1, test.count("dhis2_mapping"));
        assertEquals(audited + 2, test.count("audit_event"), "the org unit and the one mapping, each audited");
        Dhis2SettingsService.Settings saved = dhis2.settings(director);
        assertEquals("ImspTQPwCqd", saved.orgUnit());
        assertEquals("fbfJHSPpUQD", saved.rows().get(0).dataElement());
        assertEquals(Dhis2.DEFAULT_OPTION_COMBO, saved.rows().get(0).optionCombo(), "no combo: DHIS2's default");

        dhis2.save(director, "ImspTQPwCqd", asShown(saved));
        assertEquals(audited + 2, test.count("audit_event"), "saving again what is there writes nothing");

        Path made = ((ExportResult.Made) test.services().get(HqExportService.class).export(director,
                ExportRequest.of(ExportPeriod.parse("2026Q2"), Files.createDirectories(dir.resolve("usb"))).confirmed(),
                ProgressListener.NONE)).file();
        String values = new String(HqExportServiceTest.entries(made, null).get(PackageContents.DHIS2_VALUES), StandardCharsets.UTF_8);
        assertTrue(values.contains("\"orgUnit\": \"ImspTQPwCqd\"") || values.contains("\"orgUnit\":\"ImspTQPwCqd\""), values.substring(0, 300));
        assertTrue(values.contains("fbfJHSPpUQD"));

        List<Dhis2SettingsService.Mapping> cleared = asShown(dhis2.settings(director));
        cleared.set(0, new Dhis2SettingsService.Mapping(first.cell().code(), "", "", ""));
        dhis2.save(director, "", cleared);
        assertEquals(0, test.count("dhis2_mapping"), "cleared: Markaz's own ids again");
        assertEquals("", dhis2.settings(director).orgUnit());
    }

    @Test
    void aBadIdIsRefusedOnItsRowAndNothingIsWritten() {
        Dhis2SettingsService.Settings settings = dhis2.settings(director);
        List<Dhis2SettingsService.Mapping> mappings = asShown(settings);
        Dhis2SettingsService.Row third = settings.rows().get(3);
        mappings.set(1, new Dhis2SettingsService.Mapping(settings.rows().get(1).cell().code(),
                settings.rows().get(1).cell().disaggregation(), "Abcdefghij1", "Abcdefghij2"));
        int[] before = counts();
        for (String bad : List.of("1bcdefghijk", "Abcdefghij", "Abcdefghijkl", "Abcdef-hijk", "Абвгдежзийк", "'; drop --")) {
            mappings.set(3, new Dhis2SettingsService.Mapping(third.cell().code(), third.cell().disaggregation(), bad, ""));
            var refused = assertThrows(Dhis2SettingsService.RowRefused.class, () -> dhis2.save(director, "ImspTQPwCqd", mappings),
                    bad);
            assertEquals(3, refused.row());
            assertEquals("error.dhis2BadUid", refused.messageKey());
            assertEquals(Dhis2SettingsService.Column.DATA_ELEMENT, refused.column());
        }
        mappings.set(3, new Dhis2SettingsService.Mapping(third.cell().code(), third.cell().disaggregation(), "Abcdefghij1", "HllvX50cXC"));
        assertEquals(Dhis2SettingsService.Column.OPTION_COMBO, assertThrows(Dhis2SettingsService.RowRefused.class,
                () -> dhis2.save(director, "ImspTQPwCqd", mappings)).column());
        mappings.set(3, new Dhis2SettingsService.Mapping(third.cell().code(), third.cell().disaggregation(), "", "Abcdefghij1"));
        assertEquals("error.dhis2ComboWithoutElement", assertThrows(Dhis2SettingsService.RowRefused.class,
                () -> dhis2.save(director, "ImspTQPwCqd", mappings)).messageKey());
        mappings.set(3, new Dhis2SettingsService.Mapping(third.cell().code(), third.cell().disaggregation(), "", ""));
        var orgUnit = assertThrows(ValidationException.class, () -> dhis2.save(director, "Khujand-1", mappings));
        assertEquals("error.dhis2BadOrgUnit", orgUnit.messageKey());
        assertTrue(List.of(orgUnit.arguments()).contains(new org.markaz.core.Validation.FieldName(Dhis2SettingsService.ORG_UNIT_FIELD)));
        assertEquals(List.of(before[0], before[1], before[2]), List.of(counts()[0], counts()[1], counts()[2]), "nothing written");
        assertThrows(AccessDeniedException.class, () -> dhis2.save(test.signIn("keyworker"), "", List.of()));
        assertThrows(AccessDeniedException.class, () -> dhis2.settings(test.signIn("bookkeeper")));
    }

    @Test
    void aMappingFileIsImportedWholeOrNotAtAll() throws IOException {
        Path good = dir.resolve("mapping.csv");
        Files.writeString(good, "\uFEFFcode;disaggregation;dataElement;categoryOptionCombo\r\n"
                + "FAMILIES_SUPPORTED;;Fam0000001a;\r\n"
                + "FAMILIES_SUPPORTED;sex:F;Fam0000002b;Cat0000001a\r\n", StandardCharsets.UTF_8);
        assertEquals(2, dhis2.importCsv(director, good));
        assertEquals(2, test.count("dhis2_mapping"));

        int[] before = counts();
        Path unknown = dir.resolve("unknown.csv");
        Files.writeString(unknown, "code;disaggregation;dataElement;categoryOptionCombo\n"
                + "FAMILIES_SUPPORTED;;Fam0000009z;\n"
                + "NOT_AN_INDICATOR;;Fam0000003c;\n");
        var refused = assertThrows(Dhis2SettingsService.RowRefused.class, () -> dhis2.importCsv(director, unknown));
        assertEquals(3, refused.row(), "the file's line");
        assertEquals("error.dhis2UnknownIndicator", refused.messageKey());
        Path twice = Files.writeString(dir.resolve("twice.csv"), "FAMILIES_SUPPORTED;;Fam0000009z;\nFAMILIES_SUPPORTED;;Fam0000008z;\n");
        assertEquals("error.dhis2Twice", assertThrows(Dhis2SettingsService.RowRefused.class,
                () -> dhis2.importCsv(director, twice)).messageKey());
        Path columns = Files.writeString(dir.resolve("columns.csv"), "FAMILIES_SUPPORTED;Fam0000009z\n");
        assertEquals("error.dhis2ImportColumns", assertThrows(Dhis2SettingsService.RowRefused.class,
                () -> dhis2.importCsv(director, columns)).messageKey());
        Path badId = Files.writeString(dir.resolve("bad.csv"), "FAMILIES_SUPPORTED;;=HYPERLINK(\"x\");\n");
        assertEquals("error.dhis2BadUid", assertThrows(Dhis2SettingsService.RowRefused.class,
                () -> dhis2.importCsv(director, badId)).messageKey());
        Path big = dir.resolve("big.csv");
        Files.write(big, new byte[(int) Dhis2SettingsService.MAX_IMPORT_BYTES + 1]);
        assertEquals("error.dhis2ImportTooBig", assertThrows(ValidationException.class, () -> dhis2.importCsv(director, big))
                .messageKey());
        Path binary = dir.resolve("photo.csv");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F'});
        assertEquals("error.dhis2ImportUnreadable", assertThrows(ValidationException.class, () -> dhis2.importCsv(director, binary))
                .messageKey());
        Path empty = Files.writeString(dir.resolve("empty.csv"), "code;disaggregation;dataElement;categoryOptionCombo\n");
        assertEquals("error.dhis2ImportEmpty", assertThrows(ValidationException.class, () -> dhis2.importCsv(director, empty))
                .messageKey());
        assertEquals("error.dhis2ImportUnreadable", assertThrows(ValidationException.class,
                () -> dhis2.importCsv(director, dir.resolve("missing.csv"))).messageKey());
        int[] after = counts();
        assertEquals(List.of(before[0], before[1], before[2]), List.of(after[0], after[1], after[2]), "nothing written");
        assertFalse(dhis2.settings(director).rows().stream().anyMatch(row -> "Fam0000009z".equals(row.dataElement())));
        assertInstanceOf(AccessDeniedException.class, assertThrows(RuntimeException.class,
                () -> dhis2.importCsv(test.signIn("keyworker"), good)));

        // the test leaves no mapping behind for the others
        dhis2.save(director, "", List.of(new Dhis2SettingsService.Mapping("FAMILIES_SUPPORTED", "", "", ""),
                new Dhis2SettingsService.Mapping("FAMILIES_SUPPORTED", "sex:F", "", "")));
        assertEquals(0, test.count("dhis2_mapping"));
    }
}
