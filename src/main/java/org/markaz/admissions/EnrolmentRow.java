package org.markaz.admissions;

import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** A child's enrolment as listed on the card. */
public record EnrolmentRow(long id, long childId, ServiceType service, Set<DayOfWeek> weekdays, LocalDate startsOn,
                           LocalDate plannedEndOn, LocalDate endsOn, DischargeOutcome outcome, String dischargeNote,
                           String extensionReason, String motherName) {

    /** A short stay that has lasted five months or more and is still open: time to plan the return home. */
    public boolean needsAttention(LocalDate today) {
        return service.isShortStay() && endsOn == null && !today.isBefore(startsOn.plusMonths(AdmissionsService.SHORT_STAY_WARNING_MONTHS));
    }
}
