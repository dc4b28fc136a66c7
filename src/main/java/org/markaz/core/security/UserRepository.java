package org.markaz.core.security;

import static org.markaz.db.Tables.APP_USER;
import static org.markaz.db.Tables.STAFF;

import java.util.Optional;
import org.jooq.DSLContext;
import org.markaz.db.tables.records.AppUserRecord;

/** Login accounts (table app_user). */
public final class UserRepository {

    public Optional<AppUserRecord> findByUsername(DSLContext dsl, String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional();
    }

    public Optional<AppUserRecord> findByStaffId(DSLContext dsl, long staffId) {
        return dsl.selectFrom(APP_USER).where(APP_USER.STAFF_ID.eq(staffId)).fetchOptional();
    }

    /** Locks the row for the rest of the transaction, so two changes cannot interleave. */
    public AppUserRecord lockById(DSLContext dsl, long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).forUpdate().fetchSingle();
    }

    public boolean usernameTaken(DSLContext dsl, String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    public int countActiveAdministrators(DSLContext dsl) {
        return dsl.fetchCount(APP_USER, APP_USER.ROLE.eq(Role.ADMINISTRATOR.name()).and(APP_USER.ACTIVE.isTrue()));
    }

    public String fullName(DSLContext dsl, long staffId) {
        return dsl.select(STAFF.FULL_NAME).from(STAFF).where(STAFF.ID.eq(staffId)).fetchSingle(STAFF.FULL_NAME);
    }

    public AppUserRecord newRecord(DSLContext dsl) {
        return dsl.newRecord(APP_USER);
    }
}
