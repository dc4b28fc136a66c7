package org.markaz.children;

import org.markaz.core.i18n.Named;

/** Whether a family lives in a town or a village: headquarters count rural families reached. */
public enum Settlement implements Named {
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
