package org.markaz.register;

import org.markaz.admissions.AdmissionsService;
import org.markaz.children.ChildrenService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.admissions.Admission;
import org.markaz.shared.ServiceType;
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

class RegisterServiceTest {

    /** The test clock's today: Monday 23 November 2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final TestServices test = TestServices.sampleFamilies();
    private final RegisterService register = test.services().get(RegisterService.class);
    private final Actor admin = test.signIn("admin");
    private final Actor keyworker = test.signIn("keyworker");
    private final Actor director = test.signIn("director");
    private final long familyId = test.services().get(ChildrenService.class).createFamily(admin, new FamilyDetails(null, "Хуҷанд", null,
            Settlement.URBAN, null, false, false, false, false, false, null));
    private final long dayCareChild = child("Алишер Каримов");
    private final long residentChild = child("Малика Саидова");
    private final long weekdayStayChild = child("Нигина Ашурова");
    private final long visitor = child("Умед Юсупов");

    RegisterServiceTest() {
        admit(dayCareChild, ServiceType.DAY_CARE, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        admit(residentChild, ServiceType.SHORT_STAY_7DAY, null);
        admit(weekdayStayChild, ServiceType.SHORT_STAY_WEEKDAY, null);
    }

    @AfterEach
    void close() {
        test.close();
    }

    private long child(String name) {
        return ((ChildSaveResult.Saved) test.services().get(ChildrenService.class).saveChild(admin, null,
                new ChildDetails(familyId, name, Sex.M, LocalDate.of(2022, 1, 1), BirthCertificate.HAS, null, null), ChildConfirmations.NONE))
                .childId();
    }

    private void admit(long childId, ServiceType service, Set<DayOfWeek> days) {
        test.services().get(AdmissionsService.class).admit(admin, new Admission(childId, null, service, null, days, MONDAY.minusWeeks(2),
                service.isShortStay() ? MONDAY.plusMonths(2) : null, false, null));
    }

    private Set<Long> expectedOn(LocalDate day) {
        return Set.copyOf(register.day(admin, day).entries().stream().map(RegisterEntry::childId).toList());
    }

    @Test
    void dayServicesOnTheirWeekdaysResidentsEveryDayWeekdayStaysMondayToFriday() {
        assertEquals(Set.of(dayCareChild, residentChild, weekdayStayChild), expectedOn(MONDAY));
        assertEquals(Set.of(residentChild, weekdayStayChild), expectedOn(MONDAY.minusDays(4)));
        assertEquals(Set.of(residentChild), expectedOn(MONDAY.minusDays(1)));
    }

    @Test
    void todayAChildHasNotArrivedAtATimeStillToCome() {
        // the test clock says 13:00 in Dushanbe
        int marks = test.count("register_mark");
        assertEquals("error.timeNotYet", assertThrows(ValidationException.class, () -> register.mark(keyworker, dayCareChild,
                MONDAY, false, Mark.present(LocalTime.of(15, 0)))).messageKey());
        assertEquals("error.timeNotYet", assertThrows(ValidationException.class, () -> register.mark(keyworker, dayCareChild,
                MONDAY, false, new Mark(true, LocalTime.of(8, 0), LocalTime.of(16, 0), null, null, null, null))).messageKey());
        assertEquals(marks, test.count("register_mark"));
        register.mark(keyworker, dayCareChild, MONDAY.minusDays(7), false, new Mark(true, LocalTime.of(8, 0), LocalTime.of(16, 0),
                null, null, null, null));
    }

    @Test
    void markingPresentAndAbsentUpdatesTheTotals() {
        register.mark(keyworker, dayCareChild, MONDAY, false, new Mark(true, LocalTime.of(8, 10), LocalTime.of(12, 30),
                "Мадина Каримова", "Мадина Каримова", null, null));
        register.mark(keyworker, residentChild, MONDAY, false, Mark.absent(AbsenceReason.ILL));
        DaySheet sheet = register.day(admin, MONDAY);
        assertEquals(new DaySheet.Totals(1, 1, 0), sheet.totals().get(ServiceType.DAY_CARE));
        assertEquals(new DaySheet.Totals(1, 0, 1), sheet.totals().get(ServiceType.SHORT_STAY_7DAY));
        assertEquals(1, sheet.totals().get(ServiceType.SHORT_STAY_WEEKDAY).unmarked());
        register.mark(keyworker, residentChild, MONDAY, false, Mark.present(LocalTime.of(9, 0)));
        assertEquals(new DaySheet.Totals(1, 1, 0), register.day(admin, MONDAY).totals().get(ServiceType.SHORT_STAY_7DAY));
        assertEquals(2, test.count("register_mark"));
    }

    @Test
    void theSameMarkAgainWritesAndAuditsNothing() {
        register.mark(keyworker, residentChild, MONDAY, false, Mark.absent(AbsenceReason.ILL));
        int auditBefore = test.count("audit_event");
        register.mark(keyworker, residentChild, MONDAY, false, Mark.absent(AbsenceReason.ILL));
        assertEquals(auditBefore, test.count("audit_event"), "pressing A again on a child marked absent");
        register.mark(keyworker, residentChild, MONDAY, false, Mark.present(LocalTime.of(9, 0)));
        assertEquals(auditBefore + 1, test.count("audit_event"));
    }

    @Test
    void badMarksAreRefusedAndNothingIsWritten() {
        assertEquals("error.registerFuture", assertThrows(ValidationException.class, () ->
                register.mark(keyworker, dayCareChild, MONDAY.plusDays(1), false, Mark.present(null))).messageKey());
        assertEquals("error.leftBeforeArrived", assertThrows(ValidationException.class, () -> register.mark(keyworker,
                dayCareChild, MONDAY, false, new Mark(true, LocalTime.of(9, 0), LocalTime.of(8, 0), null, null, null, null)))
                .messageKey());
        assertEquals("error.notExpected", assertThrows(ValidationException.class, () ->
                register.mark(keyworker, visitor, MONDAY, false, Mark.present(null))).messageKey());
        assertEquals("error.tooLong", assertThrows(ValidationException.class, () -> register.mark(keyworker, dayCareChild,
                MONDAY, false, new Mark(true, null, null, null, null, null, "н".repeat(10_000)))).messageKey());
        assertThrows(AccessDeniedException.class, () ->
                register.mark(test.signIn("bookkeeper"), dayCareChild, MONDAY, false, Mark.present(null)));
        assertEquals(0, test.count("register_mark"));
    }

    @Test
    void anUnplannedVisitIsMarkedWhenSaidSo() {
        register.mark(keyworker, visitor, MONDAY, true, Mark.present(LocalTime.of(10, 0)));
        RegisterEntry entry = register.day(admin, MONDAY).entries().stream().filter(e -> e.childId() == visitor)
                .findFirst().orElseThrow();
        assertTrue(entry.unplanned());
        assertNull(entry.service());
    }

    @Test
    void aClosedDayChangesOnlyByADirectorAndTheChangeIsAudited() {
        register.mark(keyworker, dayCareChild, MONDAY, false, Mark.present(LocalTime.of(8, 0)));
        register.closeDay(admin, MONDAY);
        assertTrue(register.day(admin, MONDAY).closed());
        assertEquals(admin.fullName(), register.day(admin, MONDAY).closedBy(), "the day sheet names who closed it");
        assertEquals("error.dayClosed", assertThrows(ValidationException.class, () ->
                register.mark(admin, dayCareChild, MONDAY, false, Mark.absent(AbsenceReason.ILL))).messageKey());
        assertEquals("error.dayAlreadyClosed", assertThrows(ValidationException.class, () ->
                register.closeDay(admin, MONDAY)).messageKey());
        assertThrows(AccessDeniedException.class, () -> register.closeDay(keyworker, MONDAY.minusDays(1)));

        int auditBefore = test.count("audit_event");
        register.mark(director, dayCareChild, MONDAY, false, Mark.absent(AbsenceReason.FAMILY_REASONS));
        assertEquals(auditBefore + 1, test.count("audit_event"));
        var change = test.services().audit().search(director,
                new org.markaz.core.audit.AuditFilter(null, null, "director", "register_mark", null), 0).entries().get(0);
        assertTrue(change.before().contains("PRESENT") && change.after().contains("FAMILY_REASONS"));
    }

    @Test
    void aDischargedChildIsNoLongerExpected() {
        long enrolment = test.services().get(AdmissionsService.class).enrolments(admin, residentChild).get(0).id();
        test.services().get(AdmissionsService.class).discharge(admin, enrolment, MONDAY.minusDays(3),
                org.markaz.shared.DischargeOutcome.RETURNED_TO_PARENTS, null);
        assertTrue(expectedOn(MONDAY.minusDays(3)).contains(residentChild));
        assertTrue(!expectedOn(MONDAY.minusDays(2)).contains(residentChild));
    }

    @Test
    void aChildAbsentOnTheLastThreeScheduledDaysShowsOnToday() {
        // day care on Mondays and Wednesdays: Mon 16, Wed 18 and Mon 23 are the last three scheduled days
        for (LocalDate day : new LocalDate[] {MONDAY.minusDays(7), MONDAY.minusDays(5), MONDAY}) {
            register.mark(keyworker, dayCareChild, day, false, Mark.absent(AbsenceReason.ILL));
        }
        register.mark(keyworker, residentChild, MONDAY.minusDays(1), false, Mark.absent(AbsenceReason.ILL));
        var alerts = register.absentInARow(keyworker, MONDAY);
        assertEquals(1, alerts.size());
        assertEquals(dayCareChild, alerts.get(0).childId());
        assertEquals(3, alerts.get(0).absentDays());
        assertEquals(MONDAY.minusDays(7), alerts.get(0).since());

        test.services().centres().setAbsenceAlertDays(admin, 4);
        assertTrue(register.absentInARow(keyworker, MONDAY).isEmpty());
        assertEquals("error.absenceDaysRange", assertThrows(ValidationException.class,
                () -> test.services().centres().setAbsenceAlertDays(admin, 0)).messageKey());
        assertThrows(AccessDeniedException.class, () -> test.services().centres().setAbsenceAlertDays(keyworker, 2));
        assertEquals(4, test.services().centres().absenceAlertDays(admin));
    }

    @Test
    void aDayMarkedAtOnceIsSavedWholeOrNotAtAll() {
        LocalDate friday = MONDAY.minusDays(3);
        register.markDay(admin, friday, java.util.Map.of(residentChild, Mark.present(LocalTime.of(8, 0)),
                weekdayStayChild, Mark.absent(AbsenceReason.ILL)));
        assertEquals(new DaySheet.Totals(2, 1, 1), totalsOf(friday));

        LocalDate thursday = MONDAY.minusDays(4);
        var withAStranger = new java.util.LinkedHashMap<Long, Mark>();
        withAStranger.put(residentChild, Mark.present(LocalTime.of(8, 0)));
        withAStranger.put(visitor, Mark.present(LocalTime.of(8, 0)));
        assertEquals("error.notExpected", assertThrows(ValidationException.class,
                () -> register.markDay(admin, thursday, withAStranger)).messageKey());
        assertTrue(register.day(admin, thursday).entries().stream().allMatch(e -> e.mark() == null),
                "the refused day wrote nothing, not even the expected child's mark");
        assertThrows(AccessDeniedException.class, () -> register.markDay(test.signIn("bookkeeper"), thursday,
                java.util.Map.of(residentChild, Mark.present(null))));
    }

    /** Present, absent and unmarked over the two residential services expected on a day. */
    private DaySheet.Totals totalsOf(LocalDate day) {
        var totals = register.day(admin, day).totals();
        DaySheet.Totals seven = totals.get(ServiceType.SHORT_STAY_7DAY);
        DaySheet.Totals weekday = totals.get(ServiceType.SHORT_STAY_WEEKDAY);
        return new DaySheet.Totals(seven.children() + weekday.children(), seven.present() + weekday.present(),
                seven.absent() + weekday.absent());
    }

    @Test
    void aDayPresentOrLeftUnmarkedEndsARunOfAbsences() {
        // scheduled Mon 16, Wed 18, Mon 23: absent on all three, but came on an unplanned Friday in between
        for (LocalDate day : new LocalDate[] {MONDAY.minusDays(7), MONDAY.minusDays(5), MONDAY}) {
            register.mark(keyworker, dayCareChild, day, false, Mark.absent(AbsenceReason.ILL));
        }
        register.mark(keyworker, dayCareChild, MONDAY.minusDays(3), true, Mark.present(LocalTime.of(9, 0)));
        assertTrue(register.absentInARow(keyworker, MONDAY).isEmpty(), "a child who came since is not missing");

        // the weekday stay child: absent Thu and Fri, Monday (today) not marked yet, Wednesday never marked
        register.mark(keyworker, weekdayStayChild, MONDAY.minusDays(4), false, Mark.absent(AbsenceReason.ILL));
        register.mark(keyworker, weekdayStayChild, MONDAY.minusDays(3), false, Mark.absent(AbsenceReason.ILL));
        test.services().centres().setAbsenceAlertDays(admin, 2);
        var alerts = register.absentInARow(keyworker, MONDAY);
        assertEquals(1, alerts.size());
        assertEquals(weekdayStayChild, alerts.get(0).childId());
        assertEquals(2, alerts.get(0).absentDays(), "today unmarked is skipped; unmarked Wednesday ends the run");
    }

    @Test
    void theWeekShowsEachChildOnTheDaysTheyWereExpectedWithTheirMarks() {
        register.mark(keyworker, dayCareChild, MONDAY, false, Mark.present(LocalTime.of(8, 0)));
        var week = register.week(admin, MONDAY);
        WeekRow dayCare = week.stream().filter(r -> r.childId() == dayCareChild).findFirst().orElseThrow();
        assertEquals(Set.of(MONDAY, MONDAY.plusDays(2)), dayCare.expectedDays());
        assertTrue(dayCare.marks().get(MONDAY).present());
        WeekRow weekdayStay = week.stream().filter(r -> r.childId() == weekdayStayChild).findFirst().orElseThrow();
        assertEquals(5, weekdayStay.expectedDays().size());
        assertEquals(7, week.stream().filter(r -> r.childId() == residentChild).findFirst().orElseThrow().expectedDays().size());
    }

    @Test
    void theWeekReadInTwoQueriesIsTheSevenDaysReadOneByOne() {
        try (TestServices sample = TestServices.sampleCentre()) {
            RegisterService service = sample.services().get(RegisterService.class);
            var admin = sample.signIn("admin");
            LocalDate monday = LocalDate.now(sample.clock()).with(java.time.DayOfWeek.MONDAY).minusWeeks(1);
            java.util.Map<Long, java.util.Map<LocalDate, Mark>> byDays = new java.util.HashMap<>();
            java.util.Map<Long, java.util.Set<LocalDate>> expectedByDays = new java.util.HashMap<>();
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                for (RegisterEntry entry : service.day(admin, day).entries()) {
                    expectedByDays.computeIfAbsent(entry.childId(), id -> new java.util.HashSet<>()).add(day);
                    if (entry.mark() != null) {
                        byDays.computeIfAbsent(entry.childId(), id -> new java.util.HashMap<>()).put(day, entry.mark());
                    }
                }
            }
            var week = service.week(admin, monday);
            assertFalse(week.isEmpty(), "the sample has a busy week");
            assertEquals(expectedByDays.keySet(), week.stream().map(WeekRow::childId).collect(java.util.stream.Collectors.toSet()));
            for (WeekRow row : week) {
                assertEquals(expectedByDays.get(row.childId()), row.expectedDays(), row.childName());
                assertEquals(byDays.getOrDefault(row.childId(), java.util.Map.of()), row.marks(), row.childName());
            }
        }
    }
}
