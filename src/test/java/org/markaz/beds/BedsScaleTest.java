package org.markaz.beds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.markaz.testsupport.ScaleDataset;
import org.markaz.testsupport.TestServices;

/** The beds' share of the scale dataset: about 15,000 bookings over ten years, never two on a bed's or a child's night. */
class BedsScaleTest {

    private final TestServices test = ScaleDataset.services();

    @Test
    void tenYearsOfBookingsWithoutAnOverlap() {
        int bookings = test.count("booking");
        assertTrue(bookings >= 12_000 && bookings <= 18_000, "bookings: " + bookings);
        assertEquals(34, test.count("bed"));
        assertEquals(bookings, ScaleDataset.written().get("booking"));
        for (String column : new String[] {"bed_id", "child_id"}) {
            assertEquals(0, count("select count(*) from booking a join booking b on a.id < b.id and a."
                    + column + " = b." + column + " and a.first_night <= b.last_night and b.first_night <= a.last_night "
                    + "where a.status <> 'CANCELLED' and b.status <> 'CANCELLED'"), column);
        }
        LocalDate today = LocalDate.now(test.clock());
        var calendar = test.services().get(BedsService.class).calendar(test.signIn("admin"), today.minusMonths(3), today, false);
        assertTrue(calendar.bookings().size() > 50, "a busy quarter: " + calendar.bookings().size());
    }

    @Test
    void everyNightOfABookingIsHeldOnceAndNothingElse() {
        int nights = count("select coalesce(sum(datediff(day, first_night, last_night) + 1), 0) from booking where status <> 'CANCELLED'");
        assertEquals(nights, test.count("bed_night"));
        assertEquals(nights, test.count("child_night"));
        assertEquals(0, count("select count(*) from bed_night n join booking b on b.id = n.booking_id "
                + "where n.bed_id <> b.bed_id or n.night < b.first_night or n.night > b.last_night or b.status = 'CANCELLED'"));
        assertEquals(0, count("select count(*) from child_night n join booking b on b.id = n.booking_id "
                + "where n.child_id <> b.child_id or n.night < b.first_night or n.night > b.last_night"));
    }

    @Test
    void statusesFollowTodayAndStaysHaveTheirAdmissions() {
        LocalDate today = LocalDate.now(test.clock());
        assertEquals(0, count("select count(*) from booking where status in ('PLANNED', 'CANCELLED') and first_night <= ?", today));
        assertEquals(0, count("select count(*) from booking where status = 'CHECKED_OUT' and last_night >= ?", today));
        assertEquals(0, count("select count(*) from booking where status in ('CHECKED_IN', 'CHECKED_OUT') and enrolment_id is null"));
        assertEquals(0, count("select count(*) from booking b join enrolment e on e.id = b.enrolment_id "
                + "where e.child_id <> b.child_id or e.service <> b.service or e.starts_on > b.first_night"));
        assertEquals(0, count("select count(*) from booking b join bed d on d.id = b.bed_id where d.unit <> b.unit"));
        assertEquals(0, count("select count(*) from booking where unit = 'MOTHER_AND_BABY' and mother_carer_id is null"));
        for (String status : new String[] {"PLANNED", "CHECKED_IN", "CHECKED_OUT", "CANCELLED"}) {
            assertTrue(count("select count(*) from booking where status = ?", status) > 0, status);
        }
        // the centre takes children under seven
        assertEquals(0, count("select count(*) from booking b join child c on c.id = b.child_id "
                + "where b.first_night >= dateadd(year, 7, c.date_of_birth)"));
    }

    private int count(String sql, Object... binds) {
        return test.database().dsl().fetchOne(sql, binds).get(0, Integer.class);
    }
}
