package org.markaz.sample;

import org.markaz.core.i18n.Language;
import org.markaz.core.security.Role;
import static org.markaz.db.Tables.APP_USER;
import static org.markaz.db.Tables.AUDIT_EVENT;
import static org.markaz.db.Tables.BACKUP_LOG;
import static org.markaz.db.Tables.CARER;
import static org.markaz.db.Tables.CHILD;
import static org.markaz.db.Tables.CHILD_CARER;
import static org.markaz.db.Tables.ENROLMENT;
import static org.markaz.db.Tables.FAMILY;
import static org.markaz.db.Tables.REFERRAL;
import static org.markaz.db.Tables.REGISTER_DAY;
import static org.markaz.db.Tables.REGISTER_MARK;
import static org.markaz.db.Tables.STAFF;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.markaz.db.tables.records.StaffRecord;

/**
 * Bulk writes for the scale-dataset generator: one prepared statement per table, its rows bound
 * in batches of {@value #BATCH}, all in the generator's one transaction. Nothing here is audited:
 * the dataset stands for ten years of work already done.
 */
final class ScaleDatasetRepository {

    static final int BATCH = 2_000;

    record FamilyRow(String code, String address, String district, String jamoat, String settlement, String phone,
                     boolean singleParent, boolean parentAbroad, boolean disabilityInFamily, boolean noDocuments,
                     boolean homeless, String otherCircumstances, LocalDate archivedOn, String archiveReason,
                     Instant createdAt) {
    }

    record CarerRow(long familyId, String fullName, String phone) {
    }

    record ChildRow(long familyId, String fullName, String searchText, String sex, LocalDate dateOfBirth,
                    String birthCertificate, String disability, String notes, LocalDate archivedOn, String archiveReason,
                    Instant createdAt) {
    }

    record CarerLinkRow(long childId, long carerId, String relationship) {
    }

    record AuditRow(Instant at, Long userId, String actor, String action, String table, String recordId, String before,
                    String after) {
    }

    record BackupRow(Instant at, String kind, String fileName, long size, String sha256, String madeBy) {
    }

    record ReferralRow(long childId, LocalDate referredOn, String source, String reason, String cruReference,
                       String decision, LocalDate decidedOn, Instant createdAt) {
    }

    record EnrolmentRow(long childId, Long referralId, String service, Long motherCarerId, String weekdays,
                        LocalDate startsOn, LocalDate plannedEndOn, LocalDate endsOn, String dischargeOutcome,
                        String dischargeNote, Instant createdAt) {
    }

    record MarkRow(long childId, LocalDate onDate, long enrolmentId, String status, LocalTime arrivedAt, LocalTime leftAt,
                   String broughtBy, String collectedBy, String absenceReason, String note, String markedBy,
                   Instant markedAt) {
    }

    record ClosedDayRow(LocalDate onDate, Instant closedAt, String closedBy) {
    }

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
        insert(tx, AUDIT_EVENT, List.of(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.USER_ID, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTION,
                        AUDIT_EVENT.TABLE_NAME, AUDIT_EVENT.RECORD_ID, asText(AUDIT_EVENT.BEFORE_VALUE),
                        asText(AUDIT_EVENT.AFTER_VALUE)),
                rows, r -> new Object[] {r.at(), r.userId(), r.actor(), r.action(), r.table(), r.recordId(), r.before(),
                        r.after()});
    }

    void insertBackupLog(DSLContext tx, List<BackupRow> rows) {
        insert(tx, BACKUP_LOG, List.of(BACKUP_LOG.MADE_AT, BACKUP_LOG.KIND, BACKUP_LOG.FILE_NAME, BACKUP_LOG.SIZE_BYTES,
                        BACKUP_LOG.SHA256, BACKUP_LOG.MADE_BY),
                rows, r -> new Object[] {r.at(), r.kind(), r.fileName(), r.size(), r.sha256(), r.madeBy()});
    }

    /** Returns the families' ids, in the order of the rows. */
    List<Long> insertFamilies(DSLContext tx, List<FamilyRow> rows) {
        return insertReturningIds(tx, FAMILY, FAMILY.ID, List.of(FAMILY.CODE, FAMILY.ADDRESS, FAMILY.DISTRICT,
                        FAMILY.JAMOAT, FAMILY.SETTLEMENT, FAMILY.PHONE, FAMILY.SINGLE_PARENT, FAMILY.PARENT_ABROAD,
                        FAMILY.DISABILITY_IN_FAMILY, FAMILY.NO_DOCUMENTS, FAMILY.HOMELESS, FAMILY.OTHER_CIRCUMSTANCES,
                        FAMILY.ARCHIVED_ON, FAMILY.ARCHIVE_REASON, FAMILY.CREATED_AT),
                rows, r -> new Object[] {r.code(), r.address(), r.district(), r.jamoat(), r.settlement(), r.phone(),
                        r.singleParent(), r.parentAbroad(), r.disabilityInFamily(), r.noDocuments(), r.homeless(),
                        r.otherCircumstances(), r.archivedOn(), r.archiveReason(), r.createdAt()});
    }

    /** Returns the carers' ids, in the order of the rows. */
    List<Long> insertCarers(DSLContext tx, List<CarerRow> rows) {
        return insertReturningIds(tx, CARER, CARER.ID, List.of(CARER.FAMILY_ID, CARER.FULL_NAME, CARER.PHONE),
                rows, r -> new Object[] {r.familyId(), r.fullName(), r.phone()});
    }

    /** Returns the children's ids, in the order of the rows. */
    List<Long> insertChildren(DSLContext tx, List<ChildRow> rows) {
        return insertReturningIds(tx, CHILD, CHILD.ID, List.of(CHILD.FAMILY_ID, CHILD.FULL_NAME, CHILD.SEARCH_TEXT,
                        CHILD.SEX, CHILD.DATE_OF_BIRTH, CHILD.BIRTH_CERTIFICATE, CHILD.DISABILITY, CHILD.NOTES,
                        CHILD.ARCHIVED_ON, CHILD.ARCHIVE_REASON, CHILD.CREATED_AT),
                rows, r -> new Object[] {r.familyId(), r.fullName(), r.searchText(), r.sex(), r.dateOfBirth(),
                        r.birthCertificate(), r.disability(), r.notes(), r.archivedOn(), r.archiveReason(),
                        r.createdAt()});
    }

    void insertCarerLinks(DSLContext tx, List<CarerLinkRow> rows) {
        insert(tx, CHILD_CARER, List.of(CHILD_CARER.CHILD_ID, CHILD_CARER.CARER_ID, CHILD_CARER.RELATIONSHIP),
                rows, r -> new Object[] {r.childId(), r.carerId(), r.relationship()});
    }

    /** Returns the referrals' ids, in the order of the rows. */
    List<Long> insertReferrals(DSLContext tx, List<ReferralRow> rows) {
        return insertReturningIds(tx, REFERRAL, REFERRAL.ID, List.of(REFERRAL.CHILD_ID, REFERRAL.REFERRED_ON,
                        REFERRAL.SOURCE, REFERRAL.REASON, REFERRAL.CRU_REFERENCE, REFERRAL.DECISION, REFERRAL.DECIDED_ON,
                        REFERRAL.CREATED_AT),
                rows, r -> new Object[] {r.childId(), r.referredOn(), r.source(), r.reason(), r.cruReference(),
                        r.decision(), r.decidedOn(), r.createdAt()});
    }

    /** Returns the enrolments' ids, in the order of the rows. */
    List<Long> insertEnrolments(DSLContext tx, List<EnrolmentRow> rows) {
        return insertReturningIds(tx, ENROLMENT, ENROLMENT.ID, List.of(ENROLMENT.CHILD_ID, ENROLMENT.REFERRAL_ID,
                        ENROLMENT.SERVICE, ENROLMENT.MOTHER_CARER_ID, ENROLMENT.WEEKDAYS, ENROLMENT.STARTS_ON,
                        ENROLMENT.PLANNED_END_ON, ENROLMENT.ENDS_ON, ENROLMENT.DISCHARGE_OUTCOME,
                        ENROLMENT.DISCHARGE_NOTE, ENROLMENT.CREATED_AT),
                rows, r -> new Object[] {r.childId(), r.referralId(), r.service(), r.motherCarerId(), r.weekdays(),
                        r.startsOn(), r.plannedEndOn(), r.endsOn(), r.dischargeOutcome(), r.dischargeNote(),
                        r.createdAt()});
    }

    void insertMarks(DSLContext tx, List<MarkRow> rows) {
        insert(tx, REGISTER_MARK, List.of(REGISTER_MARK.CHILD_ID, REGISTER_MARK.ON_DATE, REGISTER_MARK.ENROLMENT_ID,
                        REGISTER_MARK.UNPLANNED, REGISTER_MARK.STATUS, REGISTER_MARK.ARRIVED_AT, REGISTER_MARK.LEFT_AT,
                        REGISTER_MARK.BROUGHT_BY, REGISTER_MARK.COLLECTED_BY, REGISTER_MARK.ABSENCE_REASON,
                        REGISTER_MARK.NOTE, REGISTER_MARK.MARKED_BY, REGISTER_MARK.MARKED_AT),
                rows, r -> new Object[] {r.childId(), r.onDate(), r.enrolmentId(), false, r.status(), r.arrivedAt(),
                        r.leftAt(), r.broughtBy(), r.collectedBy(), r.absenceReason(), r.note(), r.markedBy(),
                        r.markedAt()});
    }

    void insertClosedDays(DSLContext tx, List<ClosedDayRow> rows) {
        insert(tx, REGISTER_DAY, List.of(REGISTER_DAY.ON_DATE, REGISTER_DAY.CLOSED_AT, REGISTER_DAY.CLOSED_BY),
                rows, r -> new Object[] {r.onDate(), r.closedAt(), r.closedBy()});
    }

    /**
     * The same column bound as plain text: jOOQ binds a CLOB through a JDBC Clob object, which
     * makes H2 take more than twice as long over short values; H2 stores the text as a CLOB either way.
     */
    private static Field<String> asText(Field<String> clob) {
        return DSL.field(clob.getUnqualifiedName(), SQLDataType.VARCHAR);
    }

    /**
     * Identity values are handed out in the order rows are inserted, and the generator's
     * transaction is the only writer, so the new ids read back in order belong to the rows in order.
     */
    private static <R> List<Long> insertReturningIds(DSLContext tx, Table<?> table, Field<Long> id,
                                                     List<? extends Field<?>> columns, List<R> rows,
                                                     Function<R, Object[]> values) {
        long highestBefore = tx.select(DSL.coalesce(DSL.max(id), 0L)).from(table).fetchSingle().value1();
        insert(tx, table, columns, rows, values);
        List<Long> ids = tx.select(id).from(table).where(id.gt(highestBefore)).orderBy(id).fetch(id);
        if (ids.size() != rows.size()) {
            throw new IllegalStateException(table.getName() + ": wrote " + rows.size() + " rows but found " + ids.size());
        }
        return ids;
    }

    private static <R> void insert(DSLContext tx, Table<?> table, List<? extends Field<?>> columns, List<R> rows,
                                   Function<R, Object[]> values) {
        Query statement = tx.insertInto(table).columns(columns).values(Collections.nCopies(columns.size(), null));
        for (int from = 0; from < rows.size(); from += BATCH) {
            BatchBindStep batch = tx.batch(statement);
            for (R row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                batch = batch.bind(values.apply(row));
            }
            batch.execute();
        }
    }
}
