package org.markaz.admissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.markaz.shared.ServiceType;
import org.markaz.testsupport.TestServices;

/** The admissions' share of the sample centre: every service in use, recent discharges, referrals. */
class AdmissionsSampleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static TestServices test;

    @BeforeAll
    static void loadOnce() {
        test = TestServices.sampleCentre();
    }

    @AfterAll
    static void close() {
        test.close();
    }

    @Test
    void everyServiceHasChildrenEnrolledNow() {
        for (ServiceType service : ServiceType.values()) {
            if (service == ServiceType.RESIDENTIAL_RESPITE) {
                continue; // admitted at check-in on a respite bed: the beds' share of the sample plans those stays
            }
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
        // residential respite stays are the beds' share: admitted and discharged at check-in and check-out
        assertBetween(6, 10, count("select count(*) from enrolment where ends_on between ? and ? and service <> 'RESIDENTIAL_RESPITE'",
                TODAY.minusMonths(6), TODAY));
        assertEquals(5, count("select count(distinct discharge_outcome) from enrolment where ends_on is not null"));
        assertEquals(2, count("select count(*) from referral where decision = 'PENDING'"));
        assertEquals(0, count("select count(*) from enrolment where service like 'SHORT_STAY%' and referral_id is null"));
        assertTrue(count("select count(*) from referral where cru_reference like 'ШҲК-2026/%'") >= 5);
    }

    private static int count(String sql, Object... binds) {
        return test.database().dsl().fetchOne(sql, binds).get(0, Integer.class);
    }

    private static void assertBetween(int low, int high, int actual) {
        assertTrue(actual >= low && actual <= high, actual + " is not between " + low + " and " + high);
    }
}
