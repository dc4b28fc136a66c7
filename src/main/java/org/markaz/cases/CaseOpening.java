package org.markaz.cases;

import java.time.LocalDate;
import java.util.Set;

/**
 * A case to open for a family: from a referral or directly, its type, the children it concerns,
 * its key worker (null: unassigned, for a director to give out) and the day it opened. A caseload
 * over the limit is opened only once a director has confirmed it.
 */
public record CaseOpening(long familyId, Long referralId, CaseType type, Set<Long> childIds, Long keyWorkerId,
                          LocalDate openedOn, boolean overLimitConfirmed) {

    public CaseOpening {
        childIds = childIds == null ? Set.of() : Set.copyOf(childIds);
    }
}
