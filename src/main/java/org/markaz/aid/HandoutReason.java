package org.markaz.aid;

import org.markaz.core.i18n.Named;

/** Why a family was given aid. */
public enum HandoutReason implements Named {
    CRISIS("aid.reason.crisis"),
    WINTER("aid.reason.winter"),
    SCHOOL_START("aid.reason.schoolStart"),
    FOOD_INSECURITY("aid.reason.foodInsecurity"),
    MEDICAL("aid.reason.medical"),
    OTHER("aid.reason.other");

    private final String nameKey;

    HandoutReason(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
