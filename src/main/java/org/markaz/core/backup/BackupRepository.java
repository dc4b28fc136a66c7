package org.markaz.core.backup;

import static org.markaz.db.Tables.BACKUP_LOG;
import static org.markaz.db.Tables.CENTRE;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** The record of backups made (table backup_log). */
public final class BackupRepository {

    public void insert(DSLContext dsl, Instant madeAt, BackupKind kind, String fileName, long sizeBytes,
                       String sha256, String madeBy) {
        dsl.insertInto(BACKUP_LOG)
                .set(BACKUP_LOG.MADE_AT, madeAt)
                .set(BACKUP_LOG.KIND, kind)
                .set(BACKUP_LOG.FILE_NAME, fileName)
                .set(BACKUP_LOG.SIZE_BYTES, sizeBytes)
                .set(BACKUP_LOG.SHA256, sha256)
                .set(BACKUP_LOG.MADE_BY, madeBy)
                .execute();
    }

    public Optional<Instant> lastBackup(DSLContext dsl) {
        return Optional.ofNullable(dsl.select(org.jooq.impl.DSL.max(BACKUP_LOG.MADE_AT)).from(BACKUP_LOG).fetchOne().value1());
    }

    /** Whether an automatic backup was made between the two moments; one dated later (a clock set back since) does not count. */
    public boolean automaticBackupBetween(DSLContext dsl, Instant from, Instant to) {
        return dsl.fetchExists(BACKUP_LOG, BACKUP_LOG.MADE_AT.between(from, to)
                .and(BACKUP_LOG.KIND.in(BackupKind.DAILY, BackupKind.ON_EXIT)));
    }

    public String centreCode(DSLContext dsl) {
        return dsl.select(CENTRE.CODE).from(CENTRE).fetchOptional(CENTRE.CODE).orElse("NEW");
    }
}
