package org.markaz.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.markaz.shared.ServiceType;
import org.markaz.testsupport.TestServices;

/** The sample centre gives the figures something to show: its admissions, discharges and register. */
class FiguresSampleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void figuresOfTheLastNinetyDaysShowAdmissionsDischargesAndAttendance() {
        try (TestServices test = TestServices.sampleCentre()) {
            Figures f = test.services().get(FiguresService.class).compute(test.signIn("director"), TODAY.minusDays(90),
                    TODAY);
            assertTrue(f.admissions() >= 5, f.admissions() + " admissions");
            assertTrue(f.discharges() >= 4, f.discharges() + " discharges");
            assertEquals(6, f.residentsOnLastDay());
            int present = f.attendance().values().stream().mapToInt(Figures.Attendance::presentDays).sum();
            int marked = f.attendance().values().stream().mapToInt(Figures.Attendance::markedDays).sum();
            double rate = (double) present / marked;
            assertTrue(marked > 400, marked + " marks");
            assertTrue(rate >= 0.8 && rate <= 0.95, "attendance " + rate);
            double dayCare = f.attendance().get(ServiceType.DAY_CARE).rate();
            assertTrue(dayCare >= 0.75 && dayCare <= 0.95, "day care attendance " + dayCare);
        }
    }
}
