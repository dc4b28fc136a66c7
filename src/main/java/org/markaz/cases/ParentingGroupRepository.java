package org.markaz.cases;

import static org.markaz.db.Tables.CARER;
import static org.markaz.db.Tables.FAMILY;
import static org.markaz.db.Tables.PARENTING_ATTENDANCE;
import static org.markaz.db.Tables.PARENTING_GROUP;
import static org.markaz.db.Tables.PARENTING_GROUP_CARER;
import static org.markaz.db.Tables.PARENTING_SESSION;
import static org.markaz.db.Tables.STAFF;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.security.Actor;
import org.markaz.db.tables.records.ParentingAttendanceRecord;
import org.markaz.db.tables.records.ParentingGroupCarerRecord;
import org.markaz.db.tables.records.ParentingGroupRecord;
import org.markaz.db.tables.records.ParentingSessionRecord;

/** Parenting groups, the carers who joined them, their sessions and who came. Every write is audited in the caller's transaction. */
public final class ParentingGroupRepository {

    private final AuditRepository audit;

    public ParentingGroupRepository(AuditRepository audit) {
        this.audit = audit;
    }

    public List<ParentingGroups.Group> groups(DSLContext dsl) {
        Field<Integer> carers = DSL.field(DSL.selectCount().from(PARENTING_GROUP_CARER)
                .where(PARENTING_GROUP_CARER.GROUP_ID.eq(PARENTING_GROUP.ID)));
        Field<Integer> sessions = DSL.field(DSL.selectCount().from(PARENTING_SESSION)
                .where(PARENTING_SESSION.GROUP_ID.eq(PARENTING_GROUP.ID)));
        return dsl.select(PARENTING_GROUP.ID, PARENTING_GROUP.NAME, PARENTING_GROUP.STARTS_ON, PARENTING_GROUP.ENDS_ON,
                        STAFF.FULL_NAME, carers, sessions)
                .from(PARENTING_GROUP).join(STAFF).on(STAFF.ID.eq(PARENTING_GROUP.FACILITATOR_ID))
                .orderBy(PARENTING_GROUP.STARTS_ON.desc(), PARENTING_GROUP.ID.desc())
                .fetch(r -> new ParentingGroups.Group(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** The group's dates, its row locked for the change that follows. */
    public Optional<LocalDate[]> lockDates(DSLContext tx, long groupId) {
        return tx.select(PARENTING_GROUP.STARTS_ON, PARENTING_GROUP.ENDS_ON).from(PARENTING_GROUP)
                .where(PARENTING_GROUP.ID.eq(groupId)).forUpdate().fetchOptional(r -> new LocalDate[] {r.value1(), r.value2()});
    }

    public List<ParentingGroups.Facilitator> facilitators(DSLContext dsl) {
        return dsl.select(STAFF.ID, STAFF.FULL_NAME).from(STAFF).where(STAFF.ACTIVE.isTrue()).orderBy(STAFF.FULL_NAME, STAFF.ID)
                .fetch(r -> new ParentingGroups.Facilitator(r.value1(), r.value2()));
    }

    public boolean activeStaff(DSLContext dsl, long staffId) {
        return dsl.fetchExists(STAFF, STAFF.ID.eq(staffId).and(STAFF.ACTIVE.isTrue()));
    }

    public long insertGroup(DSLContext tx, Actor actor, ParentingGroups.NewGroup group) {
        ParentingGroupRecord record = tx.newRecord(PARENTING_GROUP);
        record.setName(group.name());
        record.setStartsOn(group.startsOn());
        record.setEndsOn(group.endsOn());
        record.setFacilitatorId(group.facilitatorId());
        record.store();
        audit.created(tx, actor, record);
        return record.getId();
    }

    public List<ParentingGroups.Carer> members(DSLContext dsl, long groupId) {
        return dsl.select(CARER.ID, CARER.FULL_NAME, FAMILY.CODE).from(PARENTING_GROUP_CARER)
                .join(CARER).on(CARER.ID.eq(PARENTING_GROUP_CARER.CARER_ID)).join(FAMILY).on(FAMILY.ID.eq(CARER.FAMILY_ID))
                .where(PARENTING_GROUP_CARER.GROUP_ID.eq(groupId)).orderBy(CARER.FULL_NAME, CARER.ID)
                .fetch(r -> new ParentingGroups.Carer(r.value1(), r.value2(), r.value3()));
    }

    /** The carers of the family with this code (empty: no such family, or none of its carers). */
    public Optional<List<ParentingGroups.Carer>> carersOfFamily(DSLContext dsl, String familyCode) {
        Optional<Long> family = dsl.select(FAMILY.ID).from(FAMILY).where(DSL.upper(FAMILY.CODE).eq(familyCode.toUpperCase()))
                .fetchOptional(FAMILY.ID);
        return family.map(id -> dsl.select(CARER.ID, CARER.FULL_NAME, FAMILY.CODE).from(CARER).join(FAMILY)
                .on(FAMILY.ID.eq(CARER.FAMILY_ID)).where(CARER.FAMILY_ID.eq(id)).orderBy(CARER.FULL_NAME, CARER.ID)
                .fetch(r -> new ParentingGroups.Carer(r.value1(), r.value2(), r.value3())));
    }

    public boolean carerExists(DSLContext dsl, long carerId) {
        return dsl.fetchExists(CARER, CARER.ID.eq(carerId));
    }

    public boolean isMember(DSLContext dsl, long groupId, long carerId) {
        return dsl.fetchExists(PARENTING_GROUP_CARER, PARENTING_GROUP_CARER.GROUP_ID.eq(groupId)
                .and(PARENTING_GROUP_CARER.CARER_ID.eq(carerId)));
    }

    public void insertMember(DSLContext tx, Actor actor, long groupId, long carerId) {
        ParentingGroupCarerRecord record = tx.newRecord(PARENTING_GROUP_CARER);
        record.setGroupId(groupId);
        record.setCarerId(carerId);
        record.store();
        audit.created(tx, actor, record);
    }

    public List<ParentingGroups.Session> sessions(DSLContext dsl, long groupId) {
        Map<Long, Set<Long>> attended = new HashMap<>();
        dsl.select(PARENTING_ATTENDANCE.SESSION_ID, PARENTING_ATTENDANCE.CARER_ID).from(PARENTING_ATTENDANCE)
                .where(PARENTING_ATTENDANCE.GROUP_ID.eq(groupId))
                .forEach(r -> attended.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(r.value2()));
        return dsl.select(PARENTING_SESSION.ID, PARENTING_SESSION.HELD_ON, PARENTING_SESSION.TOPIC).from(PARENTING_SESSION)
                .where(PARENTING_SESSION.GROUP_ID.eq(groupId)).orderBy(PARENTING_SESSION.HELD_ON)
                .fetch(r -> new ParentingGroups.Session(r.value1(), r.value2(), r.value3(),
                        Set.copyOf(attended.getOrDefault(r.value1(), Set.of()))));
    }

    public boolean sessionOn(DSLContext dsl, long groupId, LocalDate heldOn) {
        return dsl.fetchExists(PARENTING_SESSION, PARENTING_SESSION.GROUP_ID.eq(groupId).and(PARENTING_SESSION.HELD_ON.eq(heldOn)));
    }

    public long insertSession(DSLContext tx, Actor actor, long groupId, LocalDate heldOn, String topic, Set<Long> carerIds) {
        ParentingSessionRecord session = tx.newRecord(PARENTING_SESSION);
        session.setGroupId(groupId);
        session.setHeldOn(heldOn);
        session.setTopic(topic);
        session.store();
        audit.created(tx, actor, session);
        for (long carerId : carerIds) {
            ParentingAttendanceRecord attendance = tx.newRecord(PARENTING_ATTENDANCE);
            attendance.setSessionId(session.getId());
            attendance.setGroupId(groupId);
            attendance.setCarerId(carerId);
            attendance.store();
            audit.created(tx, actor, attendance);
        }
        return session.getId();
    }

    /** Groups that met within the dates, their sessions there, and the different carers who came to them. */
    public ParentingGroups.Counts counts(DSLContext dsl, LocalDate from, LocalDate to) {
        var inPeriod = PARENTING_SESSION.HELD_ON.between(from, to);
        var sessions = dsl.select(DSL.countDistinct(PARENTING_SESSION.GROUP_ID), DSL.count()).from(PARENTING_SESSION)
                .where(inPeriod).fetchSingle();
        int carers = dsl.select(DSL.countDistinct(PARENTING_ATTENDANCE.CARER_ID)).from(PARENTING_ATTENDANCE)
                .join(PARENTING_SESSION).on(PARENTING_SESSION.ID.eq(PARENTING_ATTENDANCE.SESSION_ID)).where(inPeriod)
                .fetchSingle().value1();
        return new ParentingGroups.Counts(sessions.value1(), sessions.value2(), carers);
    }
}
