package org.markaz.hqexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.markaz.core.ValidationException;

class ExportPeriodTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026Q3", "2026q3", " 2026Q3 ", "2026Й3", "2026й3", "2026К3", "2026к3"})
    void aQuarterTypedWithEitherLayoutIsTheQuarter(String typed) {
        ExportPeriod quarter = ExportPeriod.parse(typed);
        assertEquals("2026Q3", quarter.label());
        assertEquals(LocalDate.of(2026, 7, 1), quarter.from());
        assertEquals(LocalDate.of(2026, 9, 30), quarter.to());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026Q5", "2026Й5", "Й2026", "2026ЙЙ3", "2026Ц3", "26-09", "2026-13", "2026-9"})
    void anythingElseIsRefused(String typed) {
        assertEquals("error.hqPeriodFormat", assertThrows(ValidationException.class, () -> ExportPeriod.parse(typed)).messageKey());
    }
}
