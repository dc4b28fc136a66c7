package org.markaz.aid;

import org.markaz.core.i18n.Named;

/** The unit an item is counted in: stock and hand-outs are whole units. */
public enum AidUnit implements Named {
    PIECE("aid.unit.piece"),
    PACK("aid.unit.pack"),
    KG("aid.unit.kg"),
    PARCEL("aid.unit.parcel"),
    LITRE("aid.unit.litre");

    private final String nameKey;

    AidUnit(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
