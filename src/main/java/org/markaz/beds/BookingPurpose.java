package org.markaz.beds;

import org.markaz.core.i18n.Named;

/** Why a child stays: what the booking is for. */
public enum BookingPurpose implements Named {
    FAMILY_RESPITE("beds.purpose.familyRespite"),
    CRISIS("beds.purpose.crisis"),
    ASSESSMENT("beds.purpose.assessment"),
    MOTHER_AND_BABY("beds.purpose.motherAndBaby");

    private final String nameKey;

    BookingPurpose(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
