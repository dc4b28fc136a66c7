package org.markaz.register;

import static org.markaz.db.Tables.APP_USER;
import static org.markaz.db.Tables.CARER;
import static org.markaz.db.Tables.CHILD;
import static org.markaz.db.Tables.ENROLMENT;
import static org.markaz.db.Tables.REGISTER_DAY;
import static org.markaz.db.Tables.REGISTER_MARK;
import static org.markaz.db.Tables.STAFF;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.markaz.core.db.Edits;
import org.markaz.shared.ServiceType;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.security.Actor;
import org.markaz.db.tables.records.RegisterDayRecord;
import org.markaz.db.tables.records.RegisterMarkRecord;

/** Register marks and closed days. Every write is audited in the caller's transaction. */
public final class RegisterRepository {


    private final AuditRepository audit;
    private final org.markaz.core.db.TableWrites writes;

    public RegisterRepository(AuditRepository audit, org.markaz.core.db.TableWrites writes) {
        this.writes = writes;
        this.audit = audit;
    }

    /** Enrolments open on the day, with the child's name and family; the weekday filter is the service's. */
    public List<OpenEnrolment> openOn(DSLContext dsl, LocalDate day) {
        return openBetween(dsl, day, day);
    }

    /** Enrolments open on at least one day between two dates, in one query (a week, a month of the calendar). */
    public List<OpenEnrolment> openBetween(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.select(ENROLMENT.ID, ENROLMENT.CHILD_ID, CHILD.FULL_NAME, CHILD.FAMILY_ID, ENROLMENT.SERVICE, ENROLMENT.WEEKDAYS,
                        ENROLMENT.STARTS_ON, ENROLMENT.ENDS_ON)
                .from(ENROLMENT).join(CHILD).on(CHILD.ID.eq(ENROLMENT.CHILD_ID))
                .where(ENROLMENT.STARTS_ON.le(to).and(ENROLMENT.ENDS_ON.isNull().or(ENROLMENT.ENDS_ON.ge(from))))
                .orderBy(ENROLMENT.ID)
                .fetch(r -> new OpenEnrolment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    public record OpenEnrolment(long enrolmentId, long childId, String childName, long familyId, ServiceType service,
                                String weekdays, LocalDate startsOn, LocalDate endsOn) {
        public boolean isOpenOn(LocalDate day) {
            return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
        }
    }

    public Map<Long, MarkRow> marksOn(DSLContext dsl, LocalDate day) {
        Map<Long, MarkRow> marks = new HashMap<>();
        marksBetween(dsl, day, day).forEach(mark -> marks.put(mark.childId(), mark));
        return marks;
    }

    /** Every mark between two dates, in one query, read through the marks' date index. */
    public List<MarkRow> marksBetween(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.select(REGISTER_MARK.asterisk(), CHILD.FULL_NAME, CHILD.FAMILY_ID).from(REGISTER_MARK)
                .join(CHILD).on(CHILD.ID.eq(REGISTER_MARK.CHILD_ID))
                .where(REGISTER_MARK.ON_DATE.between(from, to))
                .fetch(r -> {
                    RegisterMarkRecord m = r.into(REGISTER_MARK);
                    return new MarkRow(m.getChildId(), r.get(CHILD.FULL_NAME), r.get(CHILD.FAMILY_ID), m.getOnDate(),
                            m.getEnrolmentId(), toMark(m));
                });
    }

    public record MarkRow(long childId, String childName, long familyId, LocalDate onDate, Long enrolmentId, Mark mark) {
    }

    /** The carers' names of each family, for "brought by" and "collected by". */
    public Map<Long, List<String>> carersOfFamilies(DSLContext dsl, Collection<Long> familyIds) {
        Map<Long, List<String>> carers = new HashMap<>();
        if (familyIds.isEmpty()) {
            return carers;
        }
        dsl.select(CARER.FAMILY_ID, CARER.FULL_NAME).from(CARER).where(CARER.FAMILY_ID.in(familyIds)).orderBy(CARER.ID)
                .forEach(r -> carers.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>()).add(r.value2()));
        return carers;
    }

    /** Each child's last day marked present between two dates (children never present then are left out). */
    public Map<Long, LocalDate> lastPresentBetween(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<Long, LocalDate> last = new HashMap<>();
        dsl.select(REGISTER_MARK.CHILD_ID, DSL.max(REGISTER_MARK.ON_DATE)).from(REGISTER_MARK)
                .where(REGISTER_MARK.ON_DATE.between(from, to).and(REGISTER_MARK.STATUS.eq(MarkStatus.PRESENT)))
                .groupBy(REGISTER_MARK.CHILD_ID)
                .forEach(r -> last.put(r.value1(), r.value2()));
        return last;
    }

    /** The days each child was marked absent between two dates. */
    public Map<Long, Set<LocalDate>> absencesBetween(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<Long, Set<LocalDate>> absences = new HashMap<>();
        dsl.select(REGISTER_MARK.CHILD_ID, REGISTER_MARK.ON_DATE).from(REGISTER_MARK)
                .where(REGISTER_MARK.ON_DATE.between(from, to).and(REGISTER_MARK.STATUS.ne(MarkStatus.PRESENT)))
                .forEach(r -> absences.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return absences;
    }

    public Optional<String> childName(DSLContext dsl, long childId) {
        return dsl.select(CHILD.FULL_NAME).from(CHILD).where(CHILD.ID.eq(childId)).fetchOptional(CHILD.FULL_NAME);
    }

    /** When and by whom a day was closed: the staff member's name, or the account's if it has gone. */
    public Optional<Closed> closedDay(DSLContext dsl, LocalDate day) {
        return dsl.select(REGISTER_DAY.CLOSED_AT, DSL.coalesce(STAFF.FULL_NAME, REGISTER_DAY.CLOSED_BY))
                .from(REGISTER_DAY)
                .leftJoin(APP_USER).on(APP_USER.USERNAME.eq(REGISTER_DAY.CLOSED_BY))
                .leftJoin(STAFF).on(STAFF.ID.eq(APP_USER.STAFF_ID))
                .where(REGISTER_DAY.ON_DATE.eq(day))
                .fetchOptional(r -> new Closed(r.value1(), r.value2()));
    }

    /** When and by whom a day was closed. */
    public record Closed(Instant at, String by) {
    }

    /** Locks the day's closing row (if any) so a closing and a late mark cannot cross. */
    public boolean lockClosedDay(DSLContext tx, LocalDate day) {
        return tx.selectFrom(REGISTER_DAY).where(REGISTER_DAY.ON_DATE.eq(day)).forUpdate().fetchOptional().isPresent();
    }

    /** Writes the child's mark of the day, replacing an earlier one. */
    public void saveMark(DSLContext tx, Actor actor, long childId, LocalDate day, Long enrolmentId, Mark mark, Instant now) {
        RegisterMarkRecord row = tx.selectFrom(REGISTER_MARK)
                .where(REGISTER_MARK.CHILD_ID.eq(childId).and(REGISTER_MARK.ON_DATE.eq(day))).forUpdate().fetchOne();
        boolean isNew = row == null;
        if (isNew) {
            row = tx.newRecord(REGISTER_MARK);
            row.setChildId(childId);
            row.setOnDate(day);
        }
        RegisterMarkRecord before = row.original();
        row.setEnrolmentId(enrolmentId);
        row.setUnplanned(enrolmentId == null);
        row.setStatus(mark.present() ? MarkStatus.PRESENT : MarkStatus.ABSENT);
        row.setArrivedAt(mark.arrivedAt());
        row.setLeftAt(mark.leftAt());
        row.setBroughtBy(mark.broughtBy());
        row.setCollectedBy(mark.collectedBy());
        row.setAbsenceReason(mark.absenceReason());
        row.setNote(mark.note());
        if (!isNew && !Edits.anyBetween(before, row)) {
            return;
        }
        row.setMarkedBy(actor.username());
        row.setMarkedAt(now);
        RegisterMarkRecord stored = row;
        // dated: the export's figures of periods without this day stay as counted
        writes.dated(REGISTER_MARK, day, stored::store);
        if (isNew) {
            audit.created(tx, actor, row);
        } else {
            audit.updated(tx, actor, before, row);
        }
    }

    public void closeDay(DSLContext tx, Actor actor, LocalDate day, Instant now) {
        RegisterDayRecord closed = tx.newRecord(REGISTER_DAY);
        closed.setOnDate(day);
        closed.setClosedAt(now);
        closed.setClosedBy(actor.username());
        closed.store();
        audit.created(tx, actor, closed);
    }

    private static Mark toMark(RegisterMarkRecord m) {
        return new Mark(m.getStatus() == MarkStatus.PRESENT, m.getArrivedAt(), m.getLeftAt(), m.getBroughtBy(), m.getCollectedBy(),
                m.getAbsenceReason(), m.getNote());
    }
}
