package org.markaz.aid;

import org.markaz.core.i18n.Named;

/** A line of the stock ledger. */
public enum StockMoveKind implements Named {
    PURCHASE("aid.moveKind.purchase"),
    DONATION("aid.moveKind.donation"),
    HANDOUT("aid.moveKind.handout"),
    STOCKTAKE("aid.moveKind.stocktake"),
    WRITE_OFF("aid.moveKind.writeOff"),
    REVERSAL("aid.moveKind.reversal");

    private final String nameKey;

    StockMoveKind(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
