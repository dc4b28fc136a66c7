package org.markaz.admissions;

/** Who referred the child. */
public enum ReferralSource {
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
