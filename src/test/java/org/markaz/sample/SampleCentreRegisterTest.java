package org.markaz.sample;

import org.markaz.figures.FiguresService;
import org.markaz.register.RegisterService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.markaz.shared.ServiceType;
import org.markaz.core.security.Actor;
import org.markaz.figures.Figures;
import org.markaz.register.DaySheet;
import org.markaz.register.RegisterEntry;
import org.markaz.testsupport.TestServices;

class SampleCentreRegisterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static TestServices test;
    private static Actor admin;
    private static Actor director;

    @BeforeAll
    static void loadOnce() {
        test = TestServices.inMemory().withSampleCentre();
        admin = test.signIn("admin");
        director = test.signIn("director");
    }

    @AfterAll
    static void close() {
        test.close();
    }

    @Test
    void everyServiceHasChildrenEnrolledNow() {
        for (ServiceType service : ServiceType.values()) {
            int open = count("select count(*) from enrolment where service = ? and ends_on is null", service.name());
            assertTrue(open > 0, service + " has nobody");
        }
        assertBetween(10, 14, count("select count(*) from enrolment where service = 'DAY_CARE' and ends_on is null"));
        assertEquals(3, count("select count(*) from enrolment where service = 'SHORT_STAY_7DAY' and ends_on is null"));
        assertEquals(2, count("select count(*) from enrolment where service = 'SHORT_STAY_WEEKDAY' and ends_on is null"));
        assertEquals(1, count("select count(*) from enrolment e join carer c on c.id = e.mother_carer_id "
                + "where e.service = 'MOTHER_AND_BABY' and c.full_name = 'Шаҳноза Бобоева'"));
        // one stay is past five months, so the screens warn about it
        assertEquals(1, count("select count(*) from enrolment where ends_on is null and service like 'SHORT_STAY%' "
                + "and starts_on <= ?", TODAY.minusMonths(5)));
    }

    @Test
    void pastEnrolmentsEndedInTheLastSixMonthsWithTheirOutcomes() {
        assertBetween(6, 10, count("select count(*) from enrolment where ends_on between ? and ?",
                TODAY.minusMonths(6), TODAY));
        assertEquals(5, count("select count(distinct discharge_outcome) from enrolment where ends_on is not null"));
        assertEquals(2, count("select count(*) from referral where decision = 'PENDING'"));
        assertEquals(0, count("select count(*) from enrolment where service like 'SHORT_STAY%' and referral_id is null"));
        assertTrue(count("select count(*) from referral where cru_reference like 'ШҲК-2026/%'") >= 5);
    }

    @Test
    void todaysRegisterExpectsChildrenStillToBeMarked() {
        DaySheet today = test.services().get(RegisterService.class).day(admin, TODAY);
        assertTrue(today.entries().size() >= 15, today.entries().size() + " expected today");
        assertTrue(today.entries().stream().allMatch(entry -> entry.mark() == null));
        assertFalse(today.closed());
    }

    @Test
    void pastWorkingDaysAreFullyMarkedAndClosedButYesterdayIsOpen() {
        DaySheet friday = test.services().get(RegisterService.class).day(admin, TODAY.minusDays(3));
        assertEquals(DayOfWeek.FRIDAY, friday.date().getDayOfWeek());
        assertTrue(friday.entries().size() >= 15, friday.entries().size() + " expected on Friday");
        assertTrue(friday.entries().stream().allMatch(entry -> entry.mark() != null));
        assertTrue(friday.closed());
        List<RegisterEntry> present = friday.entries().stream()
                .filter(e -> e.service().isDayService() && e.mark().present()).toList();
        assertFalse(present.isEmpty());
        present.forEach(e -> {
            assertNotNull(e.mark().arrivedAt());
            assertTrue(e.carers().contains(e.mark().broughtBy()), e.mark().broughtBy());
        });
        DaySheet sunday = test.services().get(RegisterService.class).day(admin, TODAY.minusDays(1));
        assertTrue(sunday.entries().stream().allMatch(e -> e.mark() != null && !e.service().isDayService()
                && e.service() != ServiceType.SHORT_STAY_WEEKDAY));
        assertNull(sunday.closedAt());
        assertEquals(count("select count(distinct on_date) from register_mark") - 1, test.count("register_day"));
    }

    @Test
    void aDayCareChildHasMissedTheirLastThreeDays() {
        long childId = count("select c.id from child c where c.full_name = 'Ойбек Эргашев'");
        List<String> last = test.database().dsl().fetch("select status from register_mark where child_id = ? "
                + "order by on_date desc limit 4", childId).getValues(0, String.class);
        assertEquals(List.of("ABSENT", "ABSENT", "ABSENT"), last.subList(0, 3));
    }

    @Test
    void figuresOfTheLastNinetyDaysShowAdmissionsDischargesAndAttendance() {
        Figures f = test.services().get(FiguresService.class).compute(director, TODAY.minusDays(90), TODAY);
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

    private static DSLContext dsl() {
        return test.database().dsl();
    }

    private static int count(String sql, Object... binds) {
        return dsl().fetchOne(sql, binds).get(0, Integer.class);
    }

    private static void assertBetween(int low, int high, int actual) {
        assertTrue(actual >= low && actual <= high, actual + " is not between " + low + " and " + high);
    }
}
