package org.markaz.core.audit;

import java.time.LocalDate;

/** What the audit viewer asks for; every part may be null (no limit). Dates are inclusive. */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String tableName, String recordId) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null);
    }
}
