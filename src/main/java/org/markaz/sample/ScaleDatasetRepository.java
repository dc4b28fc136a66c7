package org.markaz.sample;

import static org.markaz.db.Tables.APP_USER;
import static org.markaz.db.Tables.AUDIT_EVENT;
import static org.markaz.db.Tables.BACKUP_LOG;
import static org.markaz.db.Tables.STAFF;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.markaz.db.tables.records.StaffRecord;

/** Bulk writes for the scale-dataset generator: many rows per statement, few transactions. */
final class ScaleDatasetRepository {

    long insertStaff(DSLContext tx, String fullName, String position, String phone, boolean active, Instant createdAt) {
        StaffRecord staff = tx.newRecord(STAFF);
        staff.setFullName(fullName);
        staff.setPosition(position);
        staff.setPhone(phone);
        staff.setActive(active);
        staff.setCreatedAt(createdAt);
        staff.store();
        return staff.getId();
    }

    long insertUser(DSLContext tx, long staffId, String username, String passwordHash, String role, String language,
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

    Query auditEvent(DSLContext tx, Instant at, Long userId, String actor, String action, String table, String recordId,
                     String before, String after) {
        return tx.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.USER_ID, userId)
                .set(AUDIT_EVENT.ACTOR, actor)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.TABLE_NAME, table)
                .set(AUDIT_EVENT.RECORD_ID, recordId)
                .set(AUDIT_EVENT.BEFORE_VALUE, before)
                .set(AUDIT_EVENT.AFTER_VALUE, after);
    }

    Query backupLog(DSLContext tx, Instant at, String kind, String fileName, long size, String sha256, String madeBy) {
        return tx.insertInto(BACKUP_LOG)
                .set(BACKUP_LOG.MADE_AT, at)
                .set(BACKUP_LOG.KIND, kind)
                .set(BACKUP_LOG.FILE_NAME, fileName)
                .set(BACKUP_LOG.SIZE_BYTES, size)
                .set(BACKUP_LOG.SHA256, sha256)
                .set(BACKUP_LOG.MADE_BY, madeBy);
    }

    void execute(DSLContext tx, List<Query> queries) {
        if (!queries.isEmpty()) {
            tx.batch(queries).execute();
        }
    }
}
