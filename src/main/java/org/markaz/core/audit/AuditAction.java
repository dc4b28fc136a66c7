package org.markaz.core.audit;

import org.markaz.core.i18n.Named;

/** What kind of change an audit entry records. */
public enum AuditAction implements Named {
    CREATE("audit.action.create"),
    UPDATE("audit.action.update"),
    DELETE("audit.action.delete");

    private final String nameKey;

    AuditAction(String nameKey) {
        this.nameKey = nameKey;
    }

    public String nameKey() {
        return nameKey;
    }
}
