package org.markaz.core.backup;

import static org.markaz.db.Tables.RESTORE_LOG;

import java.time.Instant;
import org.jooq.DSLContext;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.security.Actor;
import org.markaz.db.tables.records.RestoreLogRecord;

/** Every restore tried (table restore_log), audited like any other write. */
public final class RestoreLogRepository {

    private final AuditRepository audit;

    public RestoreLogRepository(AuditRepository audit) {
        this.audit = audit;
    }

    public void insert(DSLContext tx, Actor actor, Instant at, String fileName, String sha256, boolean restored,
                       String reason) {
        RestoreLogRecord row = tx.newRecord(RESTORE_LOG);
        row.setTriedAt(at);
        row.setFileName(fileName.length() > 500 ? fileName.substring(fileName.length() - 500) : fileName);
        row.setSha256(sha256);
        row.setResult(restored ? RestoreResult.RESTORED : RestoreResult.REFUSED);
        row.setReason(reason == null ? null : reason.length() > 200 ? reason.substring(0, 200) : reason);
        row.setTriedBy(actor.username());
        row.store();
        audit.created(tx, actor, row);
    }
}
