package org.markaz.cases;

import org.markaz.core.i18n.Named;

/** How a case ended; a case closes with one or more of these (the figures headquarters ask for). */
public enum CaseOutcome implements Named {
    GOALS_MET("caseOutcome.goalsMet"),
    RELINQUISHMENT_PREVENTED("caseOutcome.relinquishmentPrevented"),
    RETURNED_TO_PARENTS("caseOutcome.returnedToParents"),
    PLACED_WITH_KIN("caseOutcome.placedWithKin"),
    PROTECTED_FROM_HARM("caseOutcome.protectedFromHarm"),
    MOVED_AWAY("caseOutcome.movedAway"),
    DISENGAGED("caseOutcome.disengaged"),
    TRANSFERRED("caseOutcome.transferred");

    private final String nameKey;

    CaseOutcome(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
