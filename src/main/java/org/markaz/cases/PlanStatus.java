package org.markaz.cases;

import org.markaz.core.i18n.Named;

/** A care plan version's state: a draft is edited, a director approves it, the next review replaces it. */
public enum PlanStatus implements Named {
    DRAFT("planStatus.draft"),
    APPROVED("planStatus.approved"),
    REPLACED("planStatus.replaced");

    private final String nameKey;

    PlanStatus(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
