package org.markaz.admissions;

import org.markaz.core.i18n.Named;

/** Who referred the child. */
public enum ReferralSource implements Named {
    CRU("referral.source.cru"),
    PMPC("referral.source.pmpc"),
    HEALTH_CENTRE("referral.source.healthCentre"),
    SELF("referral.source.self"),
    OTHER("referral.source.other");

    private final String nameKey;

    ReferralSource(String nameKey) {
        this.nameKey = nameKey;
    }

    public String nameKey() {
        return nameKey;
    }
}
