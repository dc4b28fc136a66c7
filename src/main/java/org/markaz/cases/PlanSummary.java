package org.markaz.cases;

import java.time.LocalDate;

/** A care plan version in a case's list of versions. */
public record PlanSummary(long id, int version, PlanStatus status, LocalDate approvedOn, LocalDate reviewDueOn, int actions) {
}
