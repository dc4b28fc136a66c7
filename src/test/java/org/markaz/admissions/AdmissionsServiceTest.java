package org.markaz.admissions;

import org.markaz.children.ChildrenService;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.children.BirthCertificate;
import org.markaz.children.ChildConfirmations;
import org.markaz.children.ChildDetails;
import org.markaz.children.ChildSaveResult;
import org.markaz.children.FamilyDetails;
import org.markaz.children.Settlement;
import org.markaz.shared.Sex;
import org.markaz.core.ValidationException;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

class AdmissionsServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final TestServices test = TestServices.sampleFamilies();
    private final AdmissionsService admissions = test.services().get(AdmissionsService.class);
    private final Actor keyworker = test.signIn("keyworker");
    private final Actor director = test.signIn("director");
    private final long familyId = test.services().get(ChildrenService.class).createFamily(keyworker, new FamilyDetails(null, "Спитамен",
            null, Settlement.RURAL, null, true, true, false, false, false, null));
    private final long childId = child("Ширин Раҳимова", LocalDate.of(2023, 4, 1));

    @AfterEach
    void close() {
        test.close();
    }

    private long child(String name, LocalDate born) {
        return ((ChildSaveResult.Saved) test.services().get(ChildrenService.class).saveChild(keyworker, null,
                new ChildDetails(familyId, name, Sex.F, born, BirthCertificate.HAS, null, null),
                ChildConfirmations.NONE.withOlderThanSeven())).childId(); // the record; admitting asks the director
    }

    private static Admission shortStay(long childId, LocalDate from, LocalDate plannedEnd) {
        return new Admission(childId, null, ServiceType.SHORT_STAY_7DAY, null, null, from, plannedEnd, false, null);
    }

    private long admitted(AdmitResult result) {
        return assertInstanceOf(AdmitResult.Admitted.class, result).enrolmentId();
    }

    @Test
    void shortStayAdmissionAndDischargeHome() {
        long id = admitted(admissions.admit(keyworker, shortStay(childId, TODAY.minusMonths(2), TODAY.plusMonths(3))));
        admissions.discharge(keyworker, id, TODAY, DischargeOutcome.RETURNED_TO_PARENTS, null);
        EnrolmentRow row = admissions.enrolments(keyworker, childId).get(0);
        assertEquals(TODAY, row.endsOn());
        assertEquals(DischargeOutcome.RETURNED_TO_PARENTS, row.outcome());
    }

    @Test
    void twoOverlappingResidentialStaysAreRefusedButDayCareBesideThemIsFine() {
        admitted(admissions.admit(keyworker, shortStay(childId, TODAY.minusMonths(1), TODAY.plusMonths(2))));
        int before = test.count("enrolment");
        assertEquals("error.residentialOverlap", assertThrows(ValidationException.class, () ->
                admissions.admit(keyworker, shortStay(childId, TODAY.plusMonths(1), TODAY.plusMonths(4)))).messageKey());
        assertEquals(before, test.count("enrolment"));
        admitted(admissions.admit(keyworker, new Admission(childId, null, ServiceType.DAY_CARE, null,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), TODAY, null, false, null)));
    }

    @Test
    void shortStayPastSixMonthsNeedsADirectorAndAReason() {
        Admission tooLong = shortStay(childId, TODAY, TODAY.plusMonths(7));
        assertEquals("error.shortStayTooLong", assertThrows(ValidationException.class,
                () -> admissions.admit(keyworker, tooLong)).messageKey());
        Admission withReason = new Admission(childId, null, ServiceType.SHORT_STAY_7DAY, null, null, TODAY,
                TODAY.plusMonths(7), false, "Модар дар беморхона аст");
        assertThrows(AccessDeniedException.class, () -> admissions.admit(keyworker, withReason));
        assertEquals(0, test.count("enrolment"));
        long id = admitted(admissions.admit(director, withReason));
        assertEquals("Модар дар беморхона аст", admissions.enrolments(director, childId).get(0).extensionReason());
        assertTrue(admissions.enrolments(director, childId).stream().anyMatch(e -> e.id() == id));
    }

    @Test
    void shortStayWarnsFromFiveMonths() {
        admitted(admissions.admit(keyworker, shortStay(childId, TODAY.minusMonths(5), TODAY.plusDays(20))));
        assertTrue(admissions.enrolments(keyworker, childId).get(0).needsAttention(TODAY));
        assertTrue(!admissions.enrolments(keyworker, childId).get(0).needsAttention(TODAY.minusDays(1)));
    }

    @Test
    void childOverSevenNeedsADirectorsConfirmationAndNothingIsWrittenBefore() {
        long older = child("Бахтиёр Олимов", LocalDate.of(2018, 1, 10));
        Admission dayCare = new Admission(older, null, ServiceType.DAY_CARE, null, Set.of(DayOfWeek.FRIDAY), TODAY, null,
                false, null);
        assertEquals(8, assertInstanceOf(AdmitResult.NeedsAgeConfirmation.class, admissions.admit(keyworker, dayCare)).ageInYears());
        assertEquals(0, test.count("enrolment"));
        Admission confirmed = new Admission(older, null, ServiceType.DAY_CARE, null, Set.of(DayOfWeek.FRIDAY), TODAY, null,
                true, null);
        assertThrows(AccessDeniedException.class, () -> admissions.admit(keyworker, confirmed));
        admitted(admissions.admit(director, confirmed));
    }

    @Test
    void dischargeBeforeAdmissionOrInTheFutureOrTwiceIsRefused() {
        long id = admitted(admissions.admit(keyworker, shortStay(childId, TODAY.minusDays(10), TODAY.plusMonths(1))));
        assertEquals("error.dischargeBeforeAdmission", assertThrows(ValidationException.class, () ->
                admissions.discharge(keyworker, id, TODAY.minusDays(11), DischargeOutcome.KINSHIP_CARE, null)).messageKey());
        assertEquals("error.dateInFuture", assertThrows(ValidationException.class, () ->
                admissions.discharge(keyworker, id, TODAY.plusDays(1), DischargeOutcome.KINSHIP_CARE, null)).messageKey());
        assertThrows(ValidationException.class, () ->
                admissions.discharge(keyworker, id, TODAY, DischargeOutcome.OTHER, "   "));
        assertNull(admissions.enrolments(keyworker, childId).get(0).endsOn());
        admissions.discharge(keyworker, id, TODAY, DischargeOutcome.OTHER, "Ба интернат барои кӯдакони нобино");
        assertEquals("error.alreadyDischarged", assertThrows(ValidationException.class, () ->
                admissions.discharge(keyworker, id, TODAY, DischargeOutcome.KINSHIP_CARE, null)).messageKey());
    }

    @Test
    void dayServicesNeedWeekdaysAndMotherAndBabyNeedsAMotherOfTheFamily() {
        assertEquals("error.weekdaysNeeded", assertThrows(ValidationException.class, () -> admissions.admit(keyworker,
                new Admission(childId, null, ServiceType.DAY_RESPITE, null, Set.of(), TODAY, null, false, null))).messageKey());
        assertEquals("error.motherNeeded", assertThrows(ValidationException.class, () -> admissions.admit(keyworker,
                new Admission(childId, null, ServiceType.MOTHER_AND_BABY, null, null, TODAY, null, false, null))).messageKey());
        long otherFamily = test.services().get(ChildrenService.class).createFamily(keyworker, new FamilyDetails(null, "Ашт", null,
                Settlement.URBAN, null, false, false, false, false, false, null));
        long stranger = test.services().get(ChildrenService.class).addCarer(keyworker, otherFamily, "Бегона", null);
        assertEquals("error.motherOfAnotherFamily", assertThrows(ValidationException.class, () -> admissions.admit(keyworker,
                new Admission(childId, null, ServiceType.MOTHER_AND_BABY, stranger, null, TODAY, null, false, null))).messageKey());
        long mother = test.services().get(ChildrenService.class).addCarer(keyworker, familyId, "Мадина Раҳимова", null);
        admitted(admissions.admit(keyworker, new Admission(childId, null, ServiceType.MOTHER_AND_BABY, mother, null, TODAY,
                null, false, null)));
        assertEquals("Мадина Раҳимова", admissions.enrolments(keyworker, childId).get(0).motherName());
    }

    @Test
    void referralIsRecordedAndDecided() {
        assertThrows(ValidationException.class, () -> admissions.recordReferral(keyworker,
                new ReferralDetails(childId, TODAY.plusDays(1), ReferralSource.CRU, "Модар бемор", null)));
        assertThrows(ValidationException.class, () -> admissions.recordReferral(keyworker,
                new ReferralDetails(childId, TODAY, ReferralSource.CRU, " ", null)));
        long id = admissions.recordReferral(keyworker,
                new ReferralDetails(childId, TODAY.minusDays(7), ReferralSource.CRU, "Модар бемор аст", "ШҲК-2026/114"));
        assertEquals("error.decidedBeforeReferred", assertThrows(ValidationException.class, () ->
                admissions.decideReferral(keyworker, id, ReferralDecision.ACCEPTED, TODAY.minusDays(8))).messageKey());
        admissions.decideReferral(keyworker, id, ReferralDecision.ACCEPTED, TODAY.minusDays(2));
        ReferralRow row = admissions.referrals(keyworker, childId).get(0);
        assertEquals(ReferralDecision.ACCEPTED, row.decision());
        assertEquals("ШҲК-2026/114", row.cruReference());
    }

    @Test
    void bookkeepersCannotAdmit() {
        assertThrows(AccessDeniedException.class, () -> admissions.admit(test.signIn("bookkeeper"),
                shortStay(childId, TODAY, TODAY.plusMonths(1))));
    }

    @Test
    void extendingAStayPastSixMonthsIsForADirectorWithAReason() {
        long id = admitted(admissions.admit(keyworker, shortStay(childId, TODAY.minusMonths(4), TODAY.plusMonths(1))));
        admissions.changePlannedEnd(keyworker, id, TODAY.plusMonths(1).plusDays(10), null);
        assertEquals("error.shortStayTooLong", assertThrows(ValidationException.class, () ->
                admissions.changePlannedEnd(keyworker, id, TODAY.plusMonths(3), null)).messageKey());
        assertThrows(AccessDeniedException.class, () ->
                admissions.changePlannedEnd(keyworker, id, TODAY.plusMonths(3), "Модар дар беморхона"));
        admissions.changePlannedEnd(director, id, TODAY.plusMonths(3), "Модар дар беморхона");
        EnrolmentRow row = admissions.enrolments(director, childId).get(0);
        assertEquals(TODAY.plusMonths(3), row.plannedEndOn());
        assertEquals("Модар дар беморхона", row.extensionReason());
        assertEquals("error.endBeforeStart", assertThrows(ValidationException.class, () ->
                admissions.changePlannedEnd(director, id, TODAY.minusMonths(5), null)).messageKey());
    }

    /** ADR 0007: two users admitting one child to overlapping stays at the same moment; exactly one wins, every time. */
    @Test
    void twoSimultaneousOverlappingStaysOfOneChildNeverBothSucceed() throws Exception {
        try (TestServices busy = TestServices.sampleFamilies()) {
            AdmissionsService admissions = busy.services().get(AdmissionsService.class);
            org.markaz.core.security.Actor first = busy.signIn("keyworker");
            org.markaz.core.security.Actor second = busy.signIn("keyworker2");
            LocalDate today = LocalDate.now(busy.clock());
            var children = busy.services().get(org.markaz.children.ChildrenService.class).search(busy.signIn("admin"), "", false)
                    .stream().filter(c -> c.dateOfBirth().isAfter(today.minusYears(6))).toList();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < Math.min(25, children.size()); round++) {
                    long child = children.get(round).id();
                    LocalDate start = LocalDate.now(busy.clock()).minusDays(round % 5);
                    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                    java.util.List<java.util.concurrent.Future<Boolean>> tries = new java.util.ArrayList<>();
                    for (org.markaz.core.security.Actor who : java.util.List.of(first, second)) {
                        tries.add(pool.submit(() -> {
                            together.await();
                            try {
                                return admissions.admit(who, new Admission(child, null, org.markaz.shared.ServiceType.SHORT_STAY_7DAY,
                                        null, null, start, start.plusMonths(2), false, null)) instanceof AdmitResult.Admitted;
                            } catch (org.markaz.core.ValidationException overlap) {
                                assertEquals("error.residentialOverlap", overlap.messageKey());
                                return false;
                            }
                        }));
                    }
                    int won = 0;
                    for (var attempt : tries) {
                        won += attempt.get() ? 1 : 0;
                    }
                    assertEquals(1, won, "round " + round);
                    assertEquals(1, busy.database().dsl().fetchCount(org.jooq.impl.DSL.table("ENROLMENT"),
                            org.jooq.impl.DSL.field("CHILD_ID").eq(child)), "round " + round);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
