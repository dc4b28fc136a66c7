package org.markaz.core.staff;

import static org.markaz.db.Tables.APP_USER;
import static org.markaz.db.Tables.STAFF;

import java.util.List;
import org.jooq.DSLContext;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.db.Edits;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Role;
import org.markaz.db.tables.records.StaffRecord;

/** Staff members, read together with their accounts. Every write is audited in the caller's transaction. */
public final class StaffRepository {

    private final AuditRepository audit;

    public StaffRepository(AuditRepository audit) {
        this.audit = audit;
    }

    public List<StaffMember> listAll(DSLContext dsl) {
        return dsl.select(STAFF.ID, STAFF.FULL_NAME, STAFF.POSITION, STAFF.PHONE, STAFF.ACTIVE,
                        APP_USER.ID, APP_USER.USERNAME, APP_USER.ROLE, APP_USER.LANGUAGE, APP_USER.ACTIVE)
                .from(STAFF)
                .leftJoin(APP_USER).on(APP_USER.STAFF_ID.eq(STAFF.ID))
                .orderBy(STAFF.ACTIVE.desc(), STAFF.FULL_NAME)
                .fetch(r -> new StaffMember(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(),
                        r.value8() == null ? null : r.value8(),
                        r.value9(),
                        Boolean.TRUE.equals(r.value10())));
    }

    /** Locks the member's row for the rest of the transaction (refused if there is no such member). */
    public void lock(DSLContext tx, long staffId) {
        tx.selectFrom(STAFF).where(STAFF.ID.eq(staffId)).forUpdate().fetchSingle();
    }

    public long insert(DSLContext tx, Actor actor, StaffDetails details) {
        StaffRecord member = tx.newRecord(STAFF);
        apply(details, member);
        member.store();
        audit.created(tx, actor, member);
        return member.getId();
    }

    /** Locks the row, writes the details if they differ, and says whether they did. */
    public boolean update(DSLContext tx, Actor actor, long staffId, StaffDetails details) {
        StaffRecord member = tx.selectFrom(STAFF).where(STAFF.ID.eq(staffId)).forUpdate().fetchSingle();
        StaffRecord before = member.original();
        apply(details, member);
        if (!Edits.anyBetween(before, member)) {
            return false;
        }
        member.store();
        audit.updated(tx, actor, before, member);
        return true;
    }

    private static void apply(StaffDetails details, StaffRecord member) {
        member.setFullName(details.fullName());
        member.setPosition(details.position());
        member.setPhone(details.phone());
        member.setActive(details.active());
    }
}
