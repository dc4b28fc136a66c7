package org.markaz.shared;

import org.markaz.core.i18n.Named;

/** Where a child went when a service ended: the figures headquarters ask for. */
public enum DischargeOutcome implements Named {
    RETURNED_TO_PARENTS("outcome.returnedToParents"),
    KINSHIP_CARE("outcome.kinshipCare"),
    FOSTER_CARE("outcome.fosterCare"),
    ADOPTION("outcome.adoption"),
    TRANSFERRED_TO_INSTITUTION("outcome.transferred"),
    OTHER("outcome.other");

    private final String nameKey;

    DischargeOutcome(String nameKey) {
        this.nameKey = nameKey;
    }

    public String nameKey() {
        return nameKey;
    }
}
