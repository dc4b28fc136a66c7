package org.markaz.beds;

import org.markaz.core.i18n.Named;
import org.markaz.shared.ServiceType;

/** The centre's residential units: respite and short-stay beds, and the mother-and-baby rooms. */
public enum BedUnit implements Named {
    RESPITE("beds.unit.respite"),
    MOTHER_AND_BABY("beds.unit.motherAndBaby");

    private final String nameKey;

    BedUnit(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }

    /** Whether a stay of this service belongs on a bed of this unit. */
    public boolean takes(ServiceType service) {
        return this == MOTHER_AND_BABY ? service == ServiceType.MOTHER_AND_BABY
                : service == ServiceType.RESIDENTIAL_RESPITE || service.isShortStay();
    }
}
