package org.markaz.hqexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.MarkazException;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.testsupport.TestServices;

/** The sample centre's year of exports: last year's four quarters in the log, cheap, and "Save again" says the file is not kept. */
class HqExportSampleTest {

    @TempDir
    Path dir;

    @Test
    void lastYearsFourQuartersAreInTheLogAsTheDirectorMadeThem() throws Exception {
        try (TestServices test = TestServices.inDirectory(new DataDirectory(Files.createDirectories(dir.resolve("data"))))
                .withSampleCentre()) {
            var director = test.signIn("director");
            HqExportService export = test.services().get(HqExportService.class);
            List<ExportRecord> log = export.log(director);
            int year = java.time.LocalDate.now(test.clock()).getYear() - 1;
            assertEquals(List.of(year + "Q4", year + "Q3", year + "Q2", year + "Q1"), log.stream().map(ExportRecord::period).toList(),
                    "the newest first");
            for (ExportRecord row : log) {
                assertEquals("director", row.madeBy());
                ExportPeriod period = ExportPeriod.parse(row.period());
                assertTrue(row.madeAt().isAfter(period.to().atStartOfDay(test.clock().getZone()).toInstant()), "made after the quarter");
                assertTrue(row.sha256().matches("[0-9a-f]{64}"));
            }
            Path stick = Files.createDirectories(dir.resolve("stick"));
            MarkazException refused = assertThrows(MarkazException.class, () -> export.saveAgain(director, log.get(0).id(), stick));
            assertEquals("error.hqPackageNotKept", refused.messageKey());
            assertTrue(new Localization(Language.TAJIK).message(refused).contains(year + "Q4"));
            try (var files = Files.list(stick)) {
                assertEquals(0, files.count(), "nothing written");
            }
        }
    }

    @Test
    void theShareCostsTheSampleLittle() {
        try (TestServices test = TestServices.sampleFamilies()) {
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                test.database().dsl().execute("delete from hq_export");
                long start = System.nanoTime();
                new HqExportSample().load(new SampleContext(test.services()));
                best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            }
            assertEquals(4, test.count("hq_export"));
            assertTrue(best < 150, "the share took " + best + " ms");
        }
    }
}
