package org.markaz.children;

/** Whether a family lives in a town or a village: headquarters count rural families reached. */
public enum Settlement {
    URBAN("settlement.urban"),
    RURAL("settlement.rural");

    private final String nameKey;

    Settlement(String nameKey) {
        this.nameKey = nameKey;
    }

    public String nameKey() {
        return nameKey;
    }
}
