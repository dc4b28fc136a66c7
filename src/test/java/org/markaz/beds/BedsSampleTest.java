package org.markaz.beds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

class BedsSampleTest {

    private final TestServices test = TestServices.inMemory().withSampleCentre();
    private final BedsService beds = test.services().get(BedsService.class);
    private final Actor admin = test.signIn("admin");
    private final LocalDate today = LocalDate.now(test.clock());

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void theSampleCentreHasItsBedsAQuarterOfBookingsInEveryStatusAndAWaitingList() {
        List<Bed> all = beds.beds(admin);
        assertEquals(30, all.stream().filter(b -> b.unit() == BedUnit.RESPITE).count());
        assertEquals(8, all.stream().filter(b -> b.unit() == BedUnit.RESPITE).map(Bed::room).distinct().count());
        assertEquals(4, all.stream().filter(b -> b.unit() == BedUnit.MOTHER_AND_BABY).count());
        BedCalendar quarter = beds.calendar(admin, today.minusDays(45), today.plusDays(45), true);
        Set<BookingStatus> statuses = quarter.bookings().stream().map(Booking::status).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(BookingStatus.class), statuses);
        assertEquals(3, beds.waitingList(admin).size());
        assertTrue(beds.needsABed(admin).isEmpty(), "every short stay of the sample has its bed");
        assertTrue(beds.arrivalsAndLeavings(admin, today, today.plusDays(1)).size() >= 3, "arrivals and leavings on Today");
    }
}
