package org.markaz.figures;

import org.markaz.register.RegisterService;
import org.markaz.admissions.AdmissionsService;
import org.markaz.children.ChildrenService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.admissions.Admission;
import org.markaz.admissions.AdmitResult;
import org.markaz.shared.DischargeOutcome;
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
import org.markaz.register.AbsenceReason;
import org.markaz.register.Mark;
import org.markaz.testsupport.TestServices;

class FiguresServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate QUARTER_START = LocalDate.of(2026, 10, 1);
    private static final LocalDate QUARTER_END = LocalDate.of(2026, 12, 31);

    private final TestServices test = TestServices.sampleFamilies();
    private final Actor director = test.signIn("director");
    private final long familyId = test.services().get(ChildrenService.class).createFamily(director, new FamilyDetails(null, "Хуҷанд", null,
            Settlement.URBAN, null, false, false, false, false, false, null));

    @AfterEach
    void close() {
        test.close();
    }

    private long child(String name) {
        return ((ChildSaveResult.Saved) test.services().get(ChildrenService.class).saveChild(director, null,
                new ChildDetails(familyId, name, Sex.F, LocalDate.of(2022, 3, 3), BirthCertificate.HAS, null, null), ChildConfirmations.NONE))
                .childId();
    }

    private long stay(long childId, LocalDate from, LocalDate to, DischargeOutcome outcome) {
        long id = ((AdmitResult.Admitted) test.services().get(AdmissionsService.class).admit(director, new Admission(childId, null,
                ServiceType.SHORT_STAY_7DAY, null, null, from, from.plusMonths(5), false, null))).enrolmentId();
        if (to != null) {
            test.services().get(AdmissionsService.class).discharge(director, id, to, outcome, null);
        }
        return id;
    }

    @Test
    void quarterFiguresMatchWhatHappened() {
        stay(child("А"), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 11), DischargeOutcome.RETURNED_TO_PARENTS); // 40 days
        stay(child("Б"), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 25), DischargeOutcome.KINSHIP_CARE);      // 20 days
        stay(child("В"), LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 19), DischargeOutcome.RETURNED_TO_PARENTS); // 30 days
        stay(child("Г"), LocalDate.of(2026, 11, 1), null, null);
        long dayChild = child("Д");
        test.services().get(AdmissionsService.class).admit(director, new Admission(dayChild, null, ServiceType.DAY_CARE, null,
                EnumSet.allOf(DayOfWeek.class), LocalDate.of(2026, 11, 16), null, false, null));
        for (int i = 0; i < 4; i++) {
            test.services().get(RegisterService.class).mark(director, dayChild, TODAY.minusDays(i), false,
                    i == 0 ? Mark.absent(AbsenceReason.ILL) : Mark.present(LocalTime.of(8, 0)));
        }

        Figures f = test.services().get(FiguresService.class).compute(director, QUARTER_START, QUARTER_END);
        assertEquals(4, f.admissions());
        assertEquals(3, f.admissionsByService().get(ServiceType.SHORT_STAY_7DAY));
        assertEquals(3, f.discharges());
        assertEquals(2, f.dischargesByOutcome().get(DischargeOutcome.RETURNED_TO_PARENTS));
        assertEquals(1, f.dischargesByOutcome().get(DischargeOutcome.KINSHIP_CARE));
        assertEquals(1, f.residentsOnLastDay());
        assertEquals(3, f.shortStaysEnded());
        assertEquals(30.0, f.averageShortStayDays());
        assertEquals(30.0, f.medianShortStayDays());
        assertEquals(new Figures.Attendance(3, 4), f.attendance().get(ServiceType.DAY_CARE));

        Map<String, String> named = FiguresService.asNamedValues(f);
        assertEquals("4", named.get("admissions"));
        assertEquals("0.750", named.get("attendance.DAY_CARE"));
        assertEquals("", named.get("attendance.DAY_RESPITE"));
    }

    @Test
    void emptyPeriodHasZerosAndNoAverages() {
        Figures f = test.services().get(FiguresService.class).compute(director, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31));
        assertEquals(0, f.admissions());
        assertNull(f.averageShortStayDays());
        assertNull(f.medianShortStayDays());
    }

    @Test
    void reversedPeriodIsRefusedAndKeyWorkersDoNotReadFigures() {
        assertThrows(ValidationException.class, () -> test.services().get(FiguresService.class).compute(director, QUARTER_END, QUARTER_START));
        assertThrows(AccessDeniedException.class, () -> test.services().get(FiguresService.class).compute(test.signIn("keyworker"),
                QUARTER_START, QUARTER_END));
    }

    @Test
    void aPeriodEndingAfterTodayIsCountedUpToTodayAndSaysWhatWasAsked() {
        long child = child("Е");
        stay(child, LocalDate.of(2026, 10, 2), null, null);
        // a stay planned to start next week is no admission yet, nor a child at the centre
        test.services().get(AdmissionsService.class).admit(director, new Admission(child("Ж"), null, ServiceType.SHORT_STAY_7DAY,
                null, null, TODAY.plusDays(7), TODAY.plusMonths(3), false, null));

        Figures f = test.services().get(FiguresService.class).compute(director, QUARTER_START, QUARTER_END);
        assertEquals(TODAY, f.to());
        assertEquals(QUARTER_END, f.askedTo());
        assertTrue(f.period().cutAtToday());
        assertEquals(1, f.admissions());
        assertEquals(1, f.residentsOnLastDay(), "counted on today, not on 31.12");

        Figures upToToday = test.services().get(FiguresService.class).compute(director, QUARTER_START, TODAY);
        assertFalse(upToToday.period().cutAtToday());
        assertEquals(f.admissions(), upToToday.admissions());
    }

    @Test
    void aWrongPeriodIsRefusedNamingTheDateAtFault() {
        FiguresService figures = test.services().get(FiguresService.class);
        assertRefused("error.datesReversed", FiguresService.TO_FIELD, () -> figures.period(QUARTER_END, QUARTER_START));
        assertRefused("error.periodOutOfRange", FiguresService.FROM_FIELD, () -> figures.period(LocalDate.of(1999, 12, 31), TODAY));
        assertRefused("error.periodOutOfRange", FiguresService.TO_FIELD, () -> figures.period(TODAY, LocalDate.of(2101, 1, 1)));
        assertRefused("error.periodOutOfRange", FiguresService.FROM_FIELD, () -> figures.period(LocalDate.of(2101, 1, 1),
                LocalDate.of(2101, 2, 1)));
        assertRefused("error.periodNotYet", FiguresService.FROM_FIELD, () -> figures.period(TODAY.plusDays(1), QUARTER_END));
        assertRefused("error.periodNeeded", FiguresService.FROM_FIELD, () -> figures.period(null, TODAY));
        assertRefused("error.periodNeeded", FiguresService.TO_FIELD, () -> figures.period(TODAY, null));
        assertEquals(new FiguresPeriod(TODAY, TODAY, TODAY), figures.period(TODAY, TODAY));
    }

    private static void assertRefused(String key, String field, org.junit.jupiter.api.function.Executable call) {
        ValidationException refused = assertThrows(ValidationException.class, call);
        assertEquals(key, refused.messageKey());
        assertTrue(java.util.Arrays.asList(refused.arguments()).contains(new org.markaz.core.Validation.FieldName(field)),
                key + " names " + field);
    }
}
