package org.markaz.cases;

import java.time.LocalDate;
import java.util.List;

/** One version of a case's care plan, with its actions and, once reviewed, its review (null before). */
public record CarePlan(long id, long caseId, int version, PlanStatus status, String reasons, String contingency,
                       LocalDate parentsAgreedOn, LocalDate approvedOn, String approvedBy, LocalDate reviewDueOn,
                       List<PlanAction> actions, Review review) {

    /** The review that replaced this version. */
    public record Review(LocalDate heldOn, String attendees, String decisions, java.util.Map<Long, Progress> progress,
                         String recordedBy) {
    }
}
