package org.markaz.cases;

/** What opening or reassigning a case did: done, or (nothing written) a key worker's caseload would pass its limit. */
public sealed interface CaseloadResult {

    record Done(long caseId) implements CaseloadResult {
    }

    /** The worker already holds {@code openCases} open cases against a limit of {@code limit}: a director may confirm. */
    record OverLimit(String workerName, int openCases, int limit) implements CaseloadResult {
    }
}
