package org.markaz.aid;

import org.markaz.core.i18n.Named;

/** A line of the fund ledger: money in (a grant, a donation), money out (a purchase), or the reversal of an earlier line. */
public enum FundEntryKind implements Named {
    GRANT("aid.fundKind.grant"),
    DONATION("aid.fundKind.donation"),
    PURCHASE("aid.fundKind.purchase"),
    REVERSAL("aid.fundKind.reversal");

    private final String nameKey;

    FundEntryKind(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
