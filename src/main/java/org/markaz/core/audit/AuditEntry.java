package org.markaz.core.audit;

import java.time.Instant;

/** One recorded change: who, when, which record, and its values before and after (JSON). */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action,
                         String tableName, String recordId, String before, String after) {
}
