package org.markaz.shared;

/** A child's sex, as on the birth certificate. */
public enum Sex {
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
