package org.markaz.shared;

import org.markaz.core.i18n.Named;

/** A child's sex, as on the birth certificate. */
public enum Sex implements Named {
    F("sex.female"),
    M("sex.male");

    private final String nameKey;

    Sex(String nameKey) {
        this.nameKey = nameKey;
    }

    public String nameKey() {
        return nameKey;
    }
}
