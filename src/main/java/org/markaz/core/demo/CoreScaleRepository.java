package org.markaz.core.demo;

import static org.markaz.db.Tables.APP_USER;
import static org.markaz.db.Tables.AUDIT_EVENT;
import static org.markaz.db.Tables.BACKUP_LOG;
import static org.markaz.db.Tables.STAFF;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.markaz.core.audit.AuditAction;
import org.markaz.core.backup.BackupKind;
import org.markaz.core.db.BatchInsert;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Role;

/** The core's rows of the scale dataset: staff and their accounts, the audit trail, the backup log. */
final class CoreScaleRepository {

    record AuditRow(Instant at, Long userId, String actor, AuditAction action, String table, String recordId,
                    String before, String after) {
    }

    record BackupRow(Instant at, BackupKind kind, String fileName, long size, String sha256, String madeBy) {
    }

    long insertStaff(DSLContext tx, String fullName, String position, String phone, boolean active, Instant createdAt) {
        return tx.insertInto(STAFF)
                .set(STAFF.FULL_NAME, fullName)
                .set(STAFF.POSITION, position)
                .set(STAFF.PHONE, phone)
                .set(STAFF.ACTIVE, active)
                .set(STAFF.CREATED_AT, createdAt)
                .returning(STAFF.ID)
                .fetchSingle(STAFF.ID);
    }

    long insertUser(DSLContext tx, long staffId, String username, String passwordHash, Role role, Language language,
                    boolean active, Instant createdAt) {
        return tx.insertInto(APP_USER)
                .set(APP_USER.STAFF_ID, staffId)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ROLE, role)
                .set(APP_USER.LANGUAGE, language)
                .set(APP_USER.ACTIVE, active)
                .set(APP_USER.CREATED_AT, createdAt)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
    }

    void insertAuditEvents(DSLContext tx, List<AuditRow> rows) {
        BatchInsert.insert(tx, AUDIT_EVENT, List.of(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.USER_ID, AUDIT_EVENT.ACTOR,
                        AUDIT_EVENT.ACTION, AUDIT_EVENT.TABLE_NAME, AUDIT_EVENT.RECORD_ID, BatchInsert.asText(AUDIT_EVENT.BEFORE_VALUE),
                        BatchInsert.asText(AUDIT_EVENT.AFTER_VALUE)),
                rows, r -> new Object[] {r.at(), r.userId(), r.actor(), r.action(), r.table(), r.recordId(), r.before(),
                        r.after()});
    }

    void insertBackupLog(DSLContext tx, List<BackupRow> rows) {
        BatchInsert.insert(tx, BACKUP_LOG, List.of(BACKUP_LOG.MADE_AT, BACKUP_LOG.KIND, BACKUP_LOG.FILE_NAME,
                        BACKUP_LOG.SIZE_BYTES, BACKUP_LOG.SHA256, BACKUP_LOG.MADE_BY),
                rows, r -> new Object[] {r.at(), r.kind(), r.fileName(), r.size(), r.sha256(), r.madeBy()});
    }
}
