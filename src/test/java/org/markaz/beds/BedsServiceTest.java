package org.markaz.beds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.admissions.AdmissionsService;
import org.markaz.admissions.EnrolmentRow;
import org.markaz.children.BirthCertificate;
import org.markaz.children.ChildConfirmations;
import org.markaz.children.ChildDetails;
import org.markaz.children.ChildSaveResult;
import org.markaz.children.ChildrenService;
import org.markaz.children.FamilyDetails;
import org.markaz.children.Settlement;
import org.markaz.core.ValidationException;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.register.RegisterService;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;
import org.markaz.shared.Sex;
import org.markaz.testsupport.TestServices;

class BedsServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final TestServices test = TestServices.sampleFamilies();
    private final BedsService beds = test.services().get(BedsService.class);
    private final Actor admin = test.signIn("admin");
    private final Actor director = test.signIn("director");
    private final ChildrenService children = test.services().get(ChildrenService.class);
    private final long familyId = children.createFamily(admin, new FamilyDetails(null, "Хуҷанд", null, Settlement.URBAN, null,
            true, false, false, false, false, null));
    private final long mother = children.addCarer(admin, familyId, "Гулнора Саидова", null);
    private final long child = child("Фарҳод Саидов", LocalDate.of(2022, 3, 1));
    private final long otherChild = child("Нилуфар Саидова", LocalDate.of(2023, 6, 1));
    private final long bed = beds.saveBed(admin, null, new BedDetails(BedUnit.RESPITE, "Хонаи 1", "1-А", TODAY.minusYears(1), null));
    private final long otherBed = beds.saveBed(admin, null, new BedDetails(BedUnit.RESPITE, "Хонаи 1", "1-Б", TODAY.minusYears(1), null));
    private final long room = beds.saveBed(admin, null, new BedDetails(BedUnit.MOTHER_AND_BABY, "Модар ва кӯдак 1", "МК-1",
            TODAY.minusYears(1), null));

    @AfterEach
    void close() {
        test.close();
    }

    long child(String name, LocalDate born) {
        return ((ChildSaveResult.Saved) children.saveChild(admin, null,
                new ChildDetails(familyId, name, Sex.M, born, BirthCertificate.HAS, null, null), ChildConfirmations.NONE)).childId();
    }

    static BookingRequest respite(long bed, long child, LocalDate first, LocalDate last) {
        return new BookingRequest(bed, child, List.of(), null, ServiceType.RESIDENTIAL_RESPITE, BookingPurpose.FAMILY_RESPITE,
                first, last, null, false, null);
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : List.of("booking", "booking_baby", "bed_night", "child_night", "enrolment", "audit_event", "bed")) {
            counts.put(table, test.count(table));
        }
        return counts;
    }

    private void refused(String key, Runnable action) {
        Map<String, Integer> before = counts();
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(key, e.messageKey());
        assertEquals(before, counts(), "nothing written");
    }

    @Test
    void aBookingHoldsItsBedAndChildForEachNight() {
        long id = beds.book(admin, respite(bed, child, TODAY.plusDays(2), TODAY.plusDays(4)));
        Booking booking = beds.booking(admin, id).orElseThrow();
        assertEquals(BookingStatus.PLANNED, booking.status());
        assertEquals(3, test.count("bed_night"));
        assertEquals(3, test.count("child_night"));
        BedCalendar calendar = beds.calendar(admin, TODAY, TODAY.plusDays(13), false);
        assertEquals(3, calendar.beds().size());
        assertEquals(List.of(id), calendar.bookings().stream().map(Booking::id).toList());
    }

    @Test
    void bookingRefusesBedAlreadyTakenThatNight() {
        beds.book(admin, respite(bed, child, TODAY.plusDays(2), TODAY.plusDays(4)));
        refused("error.bedTaken", () -> beds.book(admin, respite(bed, otherChild, TODAY.plusDays(4), TODAY.plusDays(6))));
        beds.book(admin, respite(bed, otherChild, TODAY.plusDays(5), TODAY.plusDays(6)));
    }

    @Test
    void bookingRefusesAChildAlreadyBookedThatNight() {
        beds.book(admin, respite(bed, child, TODAY.plusDays(2), TODAY.plusDays(4)));
        refused("error.childAlreadyBooked", () -> beds.book(admin, respite(otherBed, child, TODAY, TODAY.plusDays(2))));
    }

    @Test
    void badBookingsAreRefusedAndWriteNothing() {
        refused("error.lastNightBeforeFirst", () -> beds.book(admin, respite(bed, child, TODAY.plusDays(3), TODAY.plusDays(2))));
        refused("error.bookingInPast", () -> beds.book(admin, respite(bed, child, TODAY.minusDays(1), TODAY.plusDays(2))));
        refused("error.motherNeeded", () -> beds.book(admin, new BookingRequest(room, child, List.of(), null,
                ServiceType.MOTHER_AND_BABY, BookingPurpose.MOTHER_AND_BABY, TODAY, TODAY.plusDays(3), null, false, null)));
        refused("error.required", () -> beds.book(admin, new BookingRequest(room, null, List.of(), mother,
                ServiceType.MOTHER_AND_BABY, BookingPurpose.MOTHER_AND_BABY, TODAY, TODAY.plusDays(3), null, false, null)));
        refused("error.serviceNotForUnit", () -> beds.book(admin, respite(room, child, TODAY, TODAY.plusDays(1))));
        refused("error.shortStayTooLong", () -> beds.book(admin, new BookingRequest(bed, child, List.of(), null,
                ServiceType.SHORT_STAY_7DAY, BookingPurpose.CRISIS, TODAY, TODAY.plusMonths(7), null, false, null)));
        children.archiveChild(admin, otherChild, "ба шаҳри дигар рафтанд");
        refused("error.childArchived", () -> beds.book(admin, respite(bed, otherChild, TODAY, TODAY.plusDays(1))));
    }

    @Test
    void aBedOutOfUseIsNotBookedAndABedWithBookingsDoesNotLeaveUse() {
        long old = beds.saveBed(admin, null, new BedDetails(BedUnit.RESPITE, "Хонаи 2", "2-А", TODAY.minusYears(1), TODAY.plusDays(3)));
        refused("error.bedOutOfUse", () -> beds.book(admin, respite(old, child, TODAY.plusDays(2), TODAY.plusDays(5))));
        beds.book(admin, respite(bed, child, TODAY.plusDays(10), TODAY.plusDays(12)));
        refused("error.bedStillBooked", () -> beds.saveBed(admin, bed, new BedDetails(BedUnit.RESPITE, "Хонаи 1", "1-А",
                TODAY.minusYears(1), TODAY.plusDays(5))));
    }

    @Test
    void aShortStayPastSixMonthsNeedsADirectorAndAReason() {
        BookingRequest long7 = new BookingRequest(bed, child, List.of(), null, ServiceType.SHORT_STAY_7DAY, BookingPurpose.CRISIS,
                TODAY, TODAY.plusMonths(7), null, false, "Оила ҳанӯз манзил надорад");
        assertThrows(AccessDeniedException.class, () -> beds.book(admin, long7));
        beds.book(director, long7);
    }

    @Test
    void movingAndStretchingFollowTheSameRules() {
        long first = beds.book(admin, respite(bed, child, TODAY.plusDays(2), TODAY.plusDays(4)));
        beds.book(admin, respite(otherBed, otherChild, TODAY.plusDays(6), TODAY.plusDays(8)));
        beds.change(admin, first, respite(bed, child, TODAY.plusDays(2), TODAY.plusDays(9)));
        assertEquals(8, test.count("bed_night") - 3);
        refused("error.bedTaken", () -> beds.change(admin, first, respite(otherBed, child, TODAY.plusDays(2), TODAY.plusDays(6))));
        beds.change(admin, first, respite(otherBed, child, TODAY.plusDays(1), TODAY.plusDays(5)));
        assertEquals(otherBed, beds.booking(admin, first).orElseThrow().bedId());
    }

    @Test
    void checkingInAdmitsTheChildAndCheckingOutTheLastBookingDischarges() {
        long id = beds.book(admin, respite(bed, child, TODAY, TODAY.plusDays(2)));
        beds.checkIn(admin, id, TODAY);
        Booking in = beds.booking(admin, id).orElseThrow();
        assertEquals(BookingStatus.CHECKED_IN, in.status());
        EnrolmentRow enrolment = test.services().get(AdmissionsService.class).enrolments(admin, child).get(0);
        assertEquals(ServiceType.RESIDENTIAL_RESPITE, enrolment.service());
        assertEquals(in.enrolmentId(), enrolment.id());
        assertTrue(test.services().get(RegisterService.class).day(admin, TODAY).entries().stream()
                .anyMatch(e -> e.childId() == child), "the register lists the resident");

        refused("error.bookingBegun", () -> beds.change(admin, id, respite(otherBed, child, TODAY, TODAY.plusDays(2))));
        refused("error.alreadyCheckedIn", () -> beds.checkIn(admin, id, TODAY));
        assertTrue(beds.endsAdmission(admin, id));
        refused("error.required", () -> beds.checkOut(admin, id, TODAY, null, null));
        beds.checkOut(admin, id, TODAY, DischargeOutcome.RETURNED_TO_PARENTS, null);
        Booking out = beds.booking(admin, id).orElseThrow();
        assertEquals(BookingStatus.CHECKED_OUT, out.status());
        assertEquals(TODAY, out.lastNight(), "left the first morning: one night");
        assertEquals(TODAY, test.services().get(AdmissionsService.class).enrolments(admin, child).get(0).endsOn());
        refused("error.bookingCheckedOut", () -> beds.change(admin, id, respite(bed, child, TODAY, TODAY.plusDays(3))));
    }

    @Test
    void aStayThatGoesOnTheNextNightKeepsTheAdmissionOpenAndTheNextCheckInJoinsIt() {
        long first = beds.book(admin, respite(bed, child, TODAY, TODAY.plusDays(1)));
        long next = beds.book(admin, respite(otherBed, child, TODAY.plusDays(2), TODAY.plusDays(3)));
        beds.checkIn(admin, first, TODAY);
        assertFalse(beds.endsAdmission(admin, first));
        test.clock().advance(java.time.Duration.ofDays(2));
        beds.checkOut(admin, first, TODAY.plusDays(2), null, null);
        assertNull(test.services().get(AdmissionsService.class).enrolments(admin, child).get(0).endsOn());
        beds.checkIn(admin, next, TODAY.plusDays(2));
        assertEquals(beds.booking(admin, first).orElseThrow().enrolmentId(), beds.booking(admin, next).orElseThrow().enrolmentId());
    }

    /** Open between the stays, the admission would have the register expect the child at home. */
    @Test
    void aLaterStayAfterDaysAtHomeDoesNotKeepTheAdmissionOpen() {
        long first = beds.book(admin, respite(bed, child, TODAY, TODAY.plusDays(1)));
        long later = beds.book(admin, respite(bed, child, TODAY.plusDays(20), TODAY.plusDays(22)));
        beds.checkIn(admin, first, TODAY);
        assertTrue(beds.endsAdmission(admin, first));
        refused("error.required", () -> beds.checkOut(admin, first, TODAY, null, null));
        assertEquals(BookingStatus.CHECKED_IN, beds.booking(admin, first).orElseThrow().status(), "nothing written");
        beds.checkOut(admin, first, TODAY, DischargeOutcome.RETURNED_TO_PARENTS, null);
        assertEquals(TODAY, test.services().get(AdmissionsService.class).enrolments(admin, child).get(0).endsOn());
        test.clock().advance(java.time.Duration.ofDays(20));
        beds.checkIn(admin, later, TODAY.plusDays(20));
        assertNotEquals(beds.booking(admin, first).orElseThrow().enrolmentId(), beds.booking(admin, later).orElseThrow().enrolmentId());
        assertEquals(2, test.services().get(AdmissionsService.class).enrolments(admin, child).size());
    }

    @Test
    void leavingEarlyBeforeAStayThatFollowsEndsTheAdmission() {
        long first = beds.book(admin, respite(bed, child, TODAY, TODAY.plusDays(2)));
        beds.book(admin, respite(otherBed, child, TODAY.plusDays(3), TODAY.plusDays(4)));
        beds.checkIn(admin, first, TODAY);
        assertFalse(beds.endsAdmission(admin, first), "on the planned morning the next stay goes on");
        test.clock().advance(java.time.Duration.ofDays(1));
        refused("error.required", () -> beds.checkOut(admin, first, TODAY.plusDays(1), null, null));
        assertEquals(BookingStatus.CHECKED_IN, beds.booking(admin, first).orElseThrow().status(), "nothing written");
        beds.checkOut(admin, first, TODAY.plusDays(1), DischargeOutcome.RETURNED_TO_PARENTS, null);
        assertEquals(TODAY.plusDays(1), test.services().get(AdmissionsService.class).enrolments(admin, child).get(0).endsOn());
    }

    @Test
    void aCancelledBookingIsNotCheckedInAndFreesItsNights() {
        long id = beds.book(admin, respite(bed, child, TODAY, TODAY.plusDays(2)));
        beds.cancel(admin, id);
        assertEquals(0, test.count("bed_night"));
        refused("error.checkInCancelled", () -> beds.checkIn(admin, id, TODAY));
        beds.book(admin, respite(bed, otherChild, TODAY, TODAY.plusDays(2)));
    }

    @Test
    void aMotherAndHerBabiesShareARoomAndAreAdmittedTogether() {
        long twin = child("Ҳусейн Саидов", LocalDate.of(2026, 5, 1));
        long baby = child("Ҳасан Саидов", LocalDate.of(2026, 5, 1));
        long id = beds.book(admin, new BookingRequest(room, baby, List.of(twin), mother, ServiceType.MOTHER_AND_BABY,
                BookingPurpose.MOTHER_AND_BABY, TODAY, TODAY.plusDays(20), "Модар кӯмак мехоҳад", false, null));
        Booking booking = beds.booking(admin, id).orElseThrow();
        assertEquals("Гулнора Саидова + Ҳасан Саидов, Ҳусейн Саидов", booking.title());
        beds.checkIn(admin, id, TODAY);
        AdmissionsService admissions = test.services().get(AdmissionsService.class);
        assertEquals(ServiceType.MOTHER_AND_BABY, admissions.enrolments(admin, twin).get(0).service());
        beds.checkOut(admin, id, TODAY, DischargeOutcome.RETURNED_TO_PARENTS, null);
        assertEquals(TODAY, admissions.enrolments(admin, twin).get(0).endsOn());
    }

    @Test
    void aStayAlreadyBegunIsBookedCheckedIn() {
        long id = beds.book(admin, new BookingRequest(bed, child, List.of(), null, ServiceType.SHORT_STAY_WEEKDAY,
                BookingPurpose.CRISIS, TODAY.minusDays(7), TODAY.plusDays(30), null, true, null));
        Booking booking = beds.booking(admin, id).orElseThrow();
        assertEquals(BookingStatus.CHECKED_IN, booking.status());
        assertEquals(TODAY.minusDays(7), booking.checkedInOn());
        assertTrue(booking.atHomeOn(LocalDate.of(2026, 11, 28)), "Saturday night at home");
    }

    @Test
    void aKeyWorkerReadsTheCalendarButDoesNotBook() {
        Actor keyworker = test.signIn("keyworker");
        beds.calendar(keyworker, TODAY, TODAY.plusDays(13), false);
        assertThrows(AccessDeniedException.class, () -> beds.book(keyworker, respite(bed, child, TODAY, TODAY)));
        assertEquals(0, test.count("booking"));
    }

    @Test
    void theWaitingListTurnsARequestIntoABookingOnTheFirstFreeBed() {
        beds.book(admin, respite(bed, otherChild, TODAY.plusDays(3), TODAY.plusDays(5)));
        long request = beds.request(admin, new BedRequest(child, BedUnit.RESPITE, TODAY.plusDays(4), 3, 1, "Модар бемор аст"));
        assertEquals(1, beds.waitingList(admin).size());
        assertEquals(otherBed, beds.firstFreeBed(admin, BedUnit.RESPITE, TODAY.plusDays(4), 3).orElseThrow().id());
        long booking = beds.bookFromRequest(admin, request, ServiceType.RESIDENTIAL_RESPITE, BookingPurpose.FAMILY_RESPITE, null)
                .orElseThrow();
        assertEquals(otherBed, beds.booking(admin, booking).orElseThrow().bedId());
        assertTrue(beds.waitingList(admin).isEmpty());
    }

    @Test
    void figuresCountNightsSleptAndChildrenGivenRespite() {
        long id = beds.book(admin, new BookingRequest(bed, child, List.of(), null, ServiceType.RESIDENTIAL_RESPITE,
                BookingPurpose.FAMILY_RESPITE, TODAY.minusDays(3), TODAY.plusDays(1), null, true, null));
        beds.checkOut(admin, id, TODAY, DischargeOutcome.RETURNED_TO_PARENTS, null);
        BedFigures figures = beds.figures(admin, TODAY.minusDays(9), TODAY);
        assertEquals(3, figures.nightsOccupied().get(BedUnit.RESPITE));
        assertEquals(20, figures.nightsAvailable().get(BedUnit.RESPITE));
        assertEquals(15.0, figures.percentOccupied(BedUnit.RESPITE), 0.001);
        assertEquals(1, figures.childrenGivenRespite());
        assertEquals(1, figures.familiesGivenRespite());
    }
}
