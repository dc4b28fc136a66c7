package org.markaz.beds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.children.BirthCertificate;
import org.markaz.children.ChildConfirmations;
import org.markaz.children.ChildDetails;
import org.markaz.children.ChildSaveResult;
import org.markaz.children.ChildrenService;
import org.markaz.children.FamilyDetails;
import org.markaz.children.Settlement;
import org.markaz.core.ValidationException;
import org.markaz.core.security.Actor;
import org.markaz.shared.Sex;
import org.markaz.testsupport.TestServices;

/**
 * Two users book at the same moment, over and over: exactly one wins each time, the other is
 * told why, and the database never holds two bookings of a bed, or of a child, on one night.
 */
class BedsConcurrencyTest {

    private static final int TRIES = 60;
    private static final LocalDate TODAY = BedsServiceTest.TODAY;

    private final TestServices test = TestServices.sampleFamilies();
    private final BedsService beds = test.services().get(BedsService.class);
    private final Actor admin = test.signIn("admin");
    private final ChildrenService children = test.services().get(ChildrenService.class);
    private final long familyId = children.createFamily(admin, new FamilyDetails(null, "Хуҷанд", null, Settlement.URBAN, null,
            false, false, false, false, false, null));
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void close() {
        threads.shutdownNow();
        test.close();
    }

    private long child(String name) {
        return ((ChildSaveResult.Saved) children.saveChild(admin, null, new ChildDetails(familyId, name, Sex.F,
                LocalDate.of(2022, 1, 1), BirthCertificate.HAS, null, null), ChildConfirmations.NONE.withSameNameAndBirth())).childId();
    }

    private long bed(String label) {
        return beds.saveBed(admin, null, new BedDetails(BedUnit.RESPITE, "Хонаи 3", label, TODAY, null));
    }

    /** Runs both at once (a barrier lets them go together); returns how many succeeded. */
    private int race(Callable<Long> one, Callable<Long> other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Callable<Long> booking : List.of(one, other)) {
            results.add(threads.submit(() -> {
                start.await();
                try {
                    booking.call();
                    return true;
                } catch (ValidationException refused) {
                    return false;
                }
            }));
        }
        int won = 0;
        for (Future<Boolean> result : results) {
            won += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        return won;
    }

    @Test
    void twoChildrenBookingOneBedForOneNightAtOnceLeaveExactlyOneBooking() throws Exception {
        long bed = bed("3-А");
        long first = child("Мадина Алиева");
        long second = child("Сабрина Алиева");
        for (int i = 0; i < TRIES; i++) {
            LocalDate night = TODAY.plusDays(2L * i);
            assertEquals(1, race(() -> beds.book(admin, BedsServiceTest.respite(bed, first, night, night.plusDays(1))),
                    () -> beds.book(admin, BedsServiceTest.respite(bed, second, night.plusDays(1), night.plusDays(1)))), "try " + i);
        }
        assertEquals(TRIES, test.count("booking"));
        assertEquals(0, overlaps("bed_id"));
    }

    @Test
    void oneChildBookedOnTwoBedsAtOnceGetsExactlyOneBooking() throws Exception {
        long bedA = bed("3-Б");
        long bedB = bed("3-В");
        long child = child("Зарина Алиева");
        for (int i = 0; i < TRIES; i++) {
            LocalDate night = TODAY.plusDays(3L * i);
            assertEquals(1, race(() -> beds.book(admin, BedsServiceTest.respite(bedA, child, night, night.plusDays(2))),
                    () -> beds.book(admin, BedsServiceTest.respite(bedB, child, night.plusDays(2), night.plusDays(2)))), "try " + i);
        }
        assertEquals(TRIES, test.count("booking"));
        assertEquals(0, overlaps("child_id"));
    }

    @Test
    void theDatabaseItselfRefusesASecondBookingOfABedOnANight() {
        long bed = bed("3-Г");
        long booking = beds.book(admin, BedsServiceTest.respite(bed, child("Лола Алиева"), TODAY, TODAY));
        org.junit.jupiter.api.Assertions.assertThrows(org.jooq.exception.DataAccessException.class, () -> test.database().dsl()
                .execute("insert into bed_night (bed_id, night, booking_id) values (?, ?, ?)", bed, TODAY, booking));
    }

    /** Pairs of bookings (not cancelled) that share a night and a bed or a child, counted by SQL on the bookings themselves. */
    private int overlaps(String column) {
        return test.database().dsl().fetchOne("select count(*) from booking a join booking b on a.id < b." + "id and a." + column
                + " = b." + column + " and a.first_night <= b.last_night and b.first_night <= a.last_night "
                + "where a.status <> 'CANCELLED' and b.status <> 'CANCELLED'").get(0, Integer.class);
    }
}
