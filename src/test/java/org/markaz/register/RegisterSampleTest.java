package org.markaz.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.markaz.core.security.Actor;
import org.markaz.shared.ServiceType;
import org.markaz.testsupport.TestServices;

/** The register's share of the sample centre: four weeks of marks, the days closed but yesterday. */
class RegisterSampleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static TestServices test;
    private static RegisterService register;
    private static Actor admin;

    @BeforeAll
    static void loadOnce() {
        test = TestServices.sampleCentre();
        register = test.services().get(RegisterService.class);
        admin = test.signIn("admin");
    }

    @AfterAll
    static void close() {
        test.close();
    }

    @Test
    void todaysRegisterExpectsChildrenStillToBeMarked() {
        DaySheet today = register.day(admin, TODAY);
        assertTrue(today.entries().size() >= 15, today.entries().size() + " expected today");
        assertTrue(today.entries().stream().allMatch(entry -> entry.mark() == null));
        assertFalse(today.closed());
    }

    @Test
    void pastWorkingDaysAreFullyMarkedAndClosedButYesterdayIsOpen() {
        DaySheet friday = register.day(admin, TODAY.minusDays(3));
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
        DaySheet sunday = register.day(admin, TODAY.minusDays(1));
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

    private static int count(String sql, Object... binds) {
        return test.database().dsl().fetchOne(sql, binds).get(0, Integer.class);
    }
}
