package org.markaz.children;

import org.markaz.core.i18n.Named;

/** Whether the child has a birth certificate: many families need help getting one. */
public enum BirthCertificate implements Named {
    HAS("certificate.has"),
    APPLIED("certificate.applied"),
    NONE("certificate.none"),
    UNKNOWN("certificate.unknown");

    private final String nameKey;

    BirthCertificate(String nameKey) {
        this.nameKey = nameKey;
    }

    public String nameKey() {
        return nameKey;
    }
}
