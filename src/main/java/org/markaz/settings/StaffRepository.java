package org.markaz.settings;

import static org.markaz.db.Tables.APP_USER;
import static org.markaz.db.Tables.STAFF;

import java.util.List;
import org.jooq.DSLContext;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Role;
import org.markaz.db.tables.records.StaffRecord;

/** Staff members, read together with their accounts. */
public final class StaffRepository {

    public List<StaffMember> listAll(DSLContext dsl) {
        return dsl.select(STAFF.ID, STAFF.FULL_NAME, STAFF.POSITION, STAFF.PHONE, STAFF.ACTIVE,
                        APP_USER.ID, APP_USER.USERNAME, APP_USER.ROLE, APP_USER.LANGUAGE, APP_USER.ACTIVE)
                .from(STAFF)
                .leftJoin(APP_USER).on(APP_USER.STAFF_ID.eq(STAFF.ID))
                .orderBy(STAFF.ACTIVE.desc(), STAFF.FULL_NAME)
                .fetch(r -> new StaffMember(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(),
                        r.value8() == null ? null : Role.valueOf(r.value8()),
                        r.value9() == null ? null : Language.fromCode(r.value9()),
                        Boolean.TRUE.equals(r.value10())));
    }

    public StaffRecord lock(DSLContext dsl, long staffId) {
        return dsl.selectFrom(STAFF).where(STAFF.ID.eq(staffId)).forUpdate().fetchSingle();
    }

    public StaffRecord newRecord(DSLContext dsl) {
        return dsl.newRecord(STAFF);
    }
}
