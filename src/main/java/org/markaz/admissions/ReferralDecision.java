package org.markaz.admissions;

import org.markaz.core.i18n.Named;

/** What was decided about a referral (by the CRU for placements). */
public enum ReferralDecision implements Named {
    PENDING("referral.decision.pending"),
    ACCEPTED("referral.decision.accepted"),
    DECLINED("referral.decision.declined");

    private final String nameKey;

    ReferralDecision(String nameKey) {
        this.nameKey = nameKey;
    }

    public String nameKey() {
        return nameKey;
    }
}
