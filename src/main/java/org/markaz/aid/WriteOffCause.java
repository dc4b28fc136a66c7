package org.markaz.aid;

import org.markaz.core.i18n.Named;

/** Why stock was written off. */
public enum WriteOffCause implements Named {
    EXPIRED("aid.writeOff.expired"),
    DAMAGED("aid.writeOff.damaged"),
    OTHER("aid.writeOff.other");

    private final String nameKey;

    WriteOffCause(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
