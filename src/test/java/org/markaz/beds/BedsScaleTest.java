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
        System.out.println("scale bookings: " + bookings);
        assertTrue(bookings >= 12_000 && bookings <= 18_000, "bookings: " + bookings);
        assertEquals(34, test.count("bed"));
        for (String column : new String[] {"bed_id", "child_id"}) {
            assertEquals(0, test.database().dsl().fetchOne("select count(*) from booking a join booking b on a.id < b.id and a."
                    + column + " = b." + column + " and a.first_night <= b.last_night and b.first_night <= a.last_night "
                    + "where a.status <> 'CANCELLED' and b.status <> 'CANCELLED'").get(0, Integer.class), column);
        }
        LocalDate today = LocalDate.now(test.clock());
        var calendar = test.services().get(BedsService.class).calendar(test.signIn("admin"), today.minusMonths(3), today, false);
        assertTrue(calendar.bookings().size() > 50, "a busy quarter: " + calendar.bookings().size());
    }
}
