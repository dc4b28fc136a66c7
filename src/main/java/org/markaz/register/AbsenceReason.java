package org.markaz.register;

import org.markaz.core.i18n.Named;

/** Why an expected child did not come. */
public enum AbsenceReason implements Named {
    ILL("absence.ill"),
    FAMILY_REASONS("absence.familyReasons"),
    NO_TRANSPORT("absence.noTransport"),
    UNKNOWN("absence.unknown"),
    OTHER("absence.other");

    private final String nameKey;

    AbsenceReason(String nameKey) {
        this.nameKey = nameKey;
    }

    public String nameKey() {
        return nameKey;
    }
}
