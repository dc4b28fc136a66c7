package org.markaz.core.audit;

import static org.markaz.db.Tables.AUDIT_EVENT;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONFormat;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;
import org.markaz.core.db.BatchInsert;
import org.markaz.core.db.Transactions;
import org.markaz.core.security.Actor;
import org.markaz.db.tables.records.AuditEventRecord;

/**
 * Writes and reads the audit trail. Services call {@link #created}, {@link #updated} or
 * {@link #deleted} inside the transaction that makes the change, so the change and its trail are
 * committed (or refused) together. The trail's rows are kept until that transaction commits and
 * written then, all in one statement ({@link Transactions#keepUntilCommit}); nothing reads the
 * trail inside a transaction that changes the centre.
 */
public final class AuditRepository {

    /** Columns whose values never go into the trail. */
    private static final List<String> HIDDEN_COLUMNS = List.of("PASSWORD_HASH");
    private static final String HIDDEN = "(hidden)";
    private static final JSONFormat AS_OBJECT = JSONFormat.DEFAULT_FOR_RECORDS
            .recordFormat(JSONFormat.RecordFormat.OBJECT).format(false);

    private static final Transactions.RowsAtCommit<AuditEventRecord> TRAIL = new Transactions.RowsAtCommit<>(AUDIT_EVENT,
            List.of(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.USER_ID, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTION,
                    AUDIT_EVENT.TABLE_NAME, AUDIT_EVENT.RECORD_ID, BatchInsert.asText(AUDIT_EVENT.BEFORE_VALUE),
                    BatchInsert.asText(AUDIT_EVENT.AFTER_VALUE)),
            row -> new Object[] {row.getOccurredAt(), row.getUserId(), row.getActor(), row.getAction(),
                    row.getTableName(), row.getRecordId(), row.getBeforeValue(), row.getAfterValue()});

    private final Clock clock;
    private final Transactions transactions;

    /** Keeps the trail's rows until the commit of {@code transactions}' transaction they are written in. */
    public AuditRepository(Clock clock, Transactions transactions) {
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Writes the trail's rows at once: into a database outside any {@link Transactions} (a restore's). */
    public AuditRepository(Clock clock) {
        this(clock, null);
    }

    public void created(DSLContext tx, Actor actor, UpdatableRecord<?> after) {
        record(tx, actor, AuditAction.CREATE, after, null, after);
    }

    public void updated(DSLContext tx, Actor actor, UpdatableRecord<?> before, UpdatableRecord<?> after) {
        record(tx, actor, AuditAction.UPDATE, after, before, after);
    }

    public void deleted(DSLContext tx, Actor actor, UpdatableRecord<?> before) {
        record(tx, actor, AuditAction.DELETE, before, before, null);
    }

    private void record(DSLContext tx, Actor actor, AuditAction action, UpdatableRecord<?> subject,
                        TableRecord<?> before, TableRecord<?> after) {
        AuditEventRecord row = new AuditEventRecord();
        row.setOccurredAt(clock.instant());
        row.setUserId(actor.userId());
        row.setActor(actor.username());
        row.setAction(action);
        row.setTableName(subject.getTable().getName().toLowerCase(java.util.Locale.ROOT));
        row.setRecordId(recordId(subject));
        row.setBeforeValue(toJson(before));
        row.setAfterValue(toJson(after));
        if (transactions == null || !transactions.keepUntilCommit(tx, TRAIL, row)) {
            BatchInsert.insert(tx, AUDIT_EVENT, TRAIL.columns(), List.of(row), TRAIL.values());
        }
    }

    /** The record's primary key, its values joined by commas (read from the record: its key() makes a new record). */
    private static String recordId(UpdatableRecord<?> subject) {
        List<? extends TableField<?, ?>> key = subject.getTable().getPrimaryKey().getFields();
        if (key.size() == 1) {
            return String.valueOf(subject.get(key.get(0)));
        }
        return key.stream().map(field -> String.valueOf(subject.get(field))).collect(Collectors.joining(","));
    }

    private static String toJson(TableRecord<?> values) {
        if (values == null) {
            return null;
        }
        Record shown = values;
        for (var field : values.fields()) {
            if (isHidden(field)) {
                if (shown == values) {
                    shown = values.into(values.fields()); // a copy: the caller's record keeps its value
                }
                shown.set(DSL.field(field.getName()), HIDDEN);
            }
        }
        return shown.formatJSON(AS_OBJECT);
    }

    private static boolean isHidden(Field<?> field) {
        return isHiddenColumn(field.getName());
    }

    /** A column whose values the trail keeps only as "(hidden)" (a password's hash). */
    static boolean isHiddenColumn(String column) {
        return HIDDEN_COLUMNS.stream().anyMatch(hidden -> hidden.equalsIgnoreCase(column));
    }

    public List<AuditEntry> search(DSLContext dsl, AuditFilter filter, ZoneId zone, int offset, int limit) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(conditions(filter, zone))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(AuditRepository::toEntry);
    }

    public int count(DSLContext dsl, AuditFilter filter, ZoneId zone) {
        return dsl.fetchCount(AUDIT_EVENT, conditions(filter, zone));
    }

    /** The id of the newest entry, 0 when there is none. */
    public long newestId(DSLContext dsl) {
        Long newest = dsl.select(DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchOne(0, Long.class);
        return newest == null ? 0 : newest;
    }

    public List<String> actors(DSLContext dsl) {
        return dsl.selectDistinct(AUDIT_EVENT.ACTOR).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ACTOR).fetch(AUDIT_EVENT.ACTOR);
    }

    public java.util.Optional<AuditEntry> entry(DSLContext dsl, long id) {
        return dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(id)).fetchOptional(AuditRepository::toEntry);
    }

    public List<String> tableNames(DSLContext dsl) {
        return dsl.selectDistinct(AUDIT_EVENT.TABLE_NAME).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.TABLE_NAME)
                .fetch(AUDIT_EVENT.TABLE_NAME);
    }

    private static Condition conditions(AuditFilter filter, ZoneId zone) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        Stream.of(
                        filter.actor() == null ? null : AUDIT_EVENT.ACTOR.eq(filter.actor()),
                        filter.tableName() == null ? null : AUDIT_EVENT.TABLE_NAME.eq(filter.tableName()),
                        filter.recordId() == null ? null : AUDIT_EVENT.RECORD_ID.eq(filter.recordId()))
                .filter(java.util.Objects::nonNull)
                .forEach(conditions::add);
        return DSL.and(conditions);
    }

    private static AuditEntry toEntry(AuditEventRecord r) {
        return new AuditEntry(r.getId(), r.getOccurredAt(), r.getActor(), r.getAction(),
                r.getTableName(), r.getRecordId(), r.getBeforeValue(), r.getAfterValue());
    }
}
