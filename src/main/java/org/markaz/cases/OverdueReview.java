package org.markaz.cases;

import java.time.LocalDate;

/** An approved plan of an open case whose review date has passed: the Today card's line. */
public record OverdueReview(long caseId, String familyCode, String keyWorkerName, LocalDate reviewDueOn) {
}
