package org.markaz.cases;

import java.util.List;
import java.util.Set;

/** One case in full: its row, its children, the key-worker history, who covers it, and how it closed. */
public record CaseDetails(CaseRow row, List<ChildOnCase> children, List<Assignment> history, List<String> coveredBy,
                          Set<CaseOutcome> outcomes, String closingNote, String extensionReason, String extendedBy) {

    public record ChildOnCase(long id, String fullName, java.time.LocalDate dateOfBirth) {
    }
}
