package org.markaz.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A case as the caseloads screen lists it: its family and children, key worker, programme end,
 * next review, last contact, whether it is assessed, its plan's state and the children's absences
 * of the last week in the register.
 */
public record CaseRow(long id, long familyId, String familyCode, String children, CaseType type, LocalDate openedOn,
                      Long keyWorkerId, String keyWorkerName, LocalDate programmeEndsOn, LocalDate closedOn,
                      LocalDate nextReviewOn, LocalDate lastContactOn, boolean assessed, PlanStatus planStatus,
                      int recentAbsences) {

    public static final int PROGRAMME_MONTHS = 6;
    public static final int PROGRAMME_WARNING_MONTHS = 5;

    public boolean isOpen() {
        return closedOn == null;
    }

    /** Days since the case opened, up to today or its closing. */
    public long daysInProgramme(LocalDate today) {
        return ChronoUnit.DAYS.between(openedOn, closedOn == null ? today : closedOn);
    }

    /** An open programme five months or more in: its end is near (or past). */
    public boolean programmeEnding(LocalDate today) {
        return isOpen() && type == CaseType.PROGRAMME && !today.isBefore(openedOn.plusMonths(PROGRAMME_WARNING_MONTHS));
    }

    public boolean reviewOverdue(LocalDate today) {
        return isOpen() && nextReviewOn != null && nextReviewOn.isBefore(today);
    }
}
