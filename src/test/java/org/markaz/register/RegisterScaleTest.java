package org.markaz.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.markaz.app.Features;
import org.markaz.core.demo.Samples;
import org.markaz.testsupport.ScaleDataset;
import org.markaz.testsupport.TestServices;

/** The register's share of the scale dataset, generated with every feature's, and the whole dataset's reproducibility. */
class RegisterScaleTest {

    private static final long SEED = 42;
    private static final ZoneId ZONE = ZoneId.of("Asia/Dushanbe");

    private static TestServices test;
    private static Map<String, Integer> written;

    @BeforeAll
    static void useTheSharedDataset() {
        test = ScaleDataset.services();
        written = ScaleDataset.written();
    }

    @Test
    void theExpectedDaysOfTheNewestEnrolmentsAreMarkedAndClosedButTheLast() {
        assertBetween(200_000, 260_000, test.count("register_mark"));
        for (String table : List.of("register_mark", "register_day")) {
            assertEquals(test.count(table), written.get(table), table);
        }
        int present = count("select count(*) from register_mark where status = 'PRESENT'");
        assertBetween(test.count("register_mark") * 82 / 100, test.count("register_mark") * 90 / 100, present);
        assertEquals(count("select count(distinct on_date) from register_mark") - 1, test.count("register_day"));
        assertEquals(0, count("select count(*) from register_mark where on_date >= ?", LocalDate.ofInstant(
                test.clock().instant(), ZONE)));
    }

    @Test
    void marksFallOnTheEnrolmentsDays() {
        assertEquals(0, count("select count(*) from register_mark m join enrolment e on e.id = m.enrolment_id "
                + "where m.child_id <> e.child_id or m.on_date < e.starts_on or (e.ends_on is not null and m.on_date > e.ends_on) "
                + "or (e.weekdays is not null and position(cast(iso_day_of_week(m.on_date) as varchar), e.weekdays) = 0)"));
        assertEquals(0, count("select count(*) from register_mark m join enrolment e on e.id = m.enrolment_id "
                + "where e.service = 'SHORT_STAY_WEEKDAY' and iso_day_of_week(m.on_date) > 5"));
        // respite admissions are the beds' share, written after the register's: their nights carry no marks
        assertEquals(0, count("select count(*) from register_mark m join enrolment e on e.id = m.enrolment_id "
                + "where e.service = 'RESIDENTIAL_RESPITE'"));
        assertTrue(count("select count(*) from enrolment where service = 'RESIDENTIAL_RESPITE'") > 5_000);
        assertEquals(0, count("select count(*) from register_mark m where m.brought_by is not null and not exists "
                + "(select 1 from child_carer l join carer c on c.id = l.carer_id "
                + "where l.child_id = m.child_id and c.full_name = m.brought_by)"));
    }

    /** Later in the same day too: the history ends at the start of today, whatever the hour. */
    @Test
    void theSameSeedOnTheSameDayGivesTheSameRowsInEveryTable() {
        try (TestServices again = TestServices.inMemory()) {
            again.clock().advance(Duration.ofHours(10));
            assertEquals(LocalDate.ofInstant(test.clock().instant(), ZONE), LocalDate.ofInstant(again.clock().instant(), ZONE));
            assertEquals(written, Samples.generateScaleDataset(again.services(), Features.all(), SEED));
            for (String table : written.keySet()) {
                assertEquals(test.count(table), again.count(table), table);
            }
            for (String rows : List.of("select full_name, date_of_birth from child order by id limit 50",
                    "select child_id, service, starts_on, ends_on from enrolment order by id desc limit 50",
                    "select child_id, on_date, status, brought_by from register_mark order by id desc limit 50")) {
                assertEquals(test.database().dsl().fetch(rows).formatCSV(), again.database().dsl().fetch(rows).formatCSV(),
                        rows);
            }
        }
    }

    private static int count(String sql, Object... binds) {
        return test.database().dsl().fetchOne(sql, binds).get(0, Integer.class);
    }

    private static void assertBetween(int low, int high, int actual) {
        assertTrue(actual >= low && actual <= high, actual + " is not between " + low + " and " + high);
    }
}
