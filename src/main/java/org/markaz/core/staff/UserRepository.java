package org.markaz.core.staff;

import org.markaz.core.db.Edits;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Role;
import org.markaz.core.staff.Account;
import static org.markaz.db.Tables.APP_USER;
import static org.markaz.db.Tables.STAFF;

import java.util.Optional;
import org.jooq.DSLContext;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.i18n.Language;
import org.markaz.db.tables.records.AppUserRecord;

/** Login accounts (table app_user). Every write is audited in the caller's transaction. */
public final class UserRepository {

    private final AuditRepository audit;

    public UserRepository(AuditRepository audit) {
        this.audit = audit;
    }

    /** Finds the account and locks its row for the rest of the transaction, so two changes cannot interleave. */
    public Optional<Account> lockByUsername(DSLContext tx, String username) {
        return tx.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).forUpdate().fetchOptional(UserRepository::toAccount);
    }

    public Account lock(DSLContext tx, long id) {
        return toAccount(tx.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).forUpdate().fetchSingle());
    }

    public Optional<Account> findByStaffId(DSLContext dsl, long staffId) {
        return dsl.selectFrom(APP_USER).where(APP_USER.STAFF_ID.eq(staffId)).fetchOptional(UserRepository::toAccount);
    }

    public boolean usernameTaken(DSLContext dsl, String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    public int countActiveAdministrators(DSLContext dsl) {
        return dsl.fetchCount(APP_USER, APP_USER.ROLE.eq(Role.ADMINISTRATOR).and(APP_USER.ACTIVE.isTrue()));
    }

    public String fullName(DSLContext dsl, long staffId) {
        return dsl.select(STAFF.FULL_NAME).from(STAFF).where(STAFF.ID.eq(staffId)).fetchSingle(STAFF.FULL_NAME);
    }

    public long insert(DSLContext tx, Actor actor, Account account) {
        AppUserRecord row = tx.newRecord(APP_USER);
        apply(account, row);
        row.store();
        audit.created(tx, actor, row);
        return row.getId();
    }

    /** Writes the account's values; returns false (and writes nothing) when nothing changed. */
    public boolean update(DSLContext tx, Actor actor, Account account) {
        AppUserRecord row = tx.selectFrom(APP_USER).where(APP_USER.ID.eq(account.id())).fetchSingle();
        AppUserRecord before = row.original();
        apply(account, row);
        if (!Edits.anyBetween(before, row)) {
            return false;
        }
        row.store();
        audit.updated(tx, actor, before, row);
        return true;
    }

    private static void apply(Account account, AppUserRecord row) {
        row.setStaffId(account.staffId());
        row.setUsername(account.username());
        row.setPasswordHash(account.passwordHash());
        row.setRole(account.role());
        row.setLanguage(account.language());
        row.setActive(account.active());
        row.setFailedSignIns(account.failedSignIns());
        row.setLockedUntil(account.lockedUntil());
        // an unchanged value must not count as a change: store() would write and audit nothing new
        for (var field : row.fields()) {
            if (row.changed(field) && java.util.Objects.equals(row.get(field), row.original(field))) {
                row.changed(field, false);
            }
        }
    }

    private static Account toAccount(AppUserRecord row) {
        return new Account(row.getId(), row.getStaffId(), row.getUsername(), row.getPasswordHash(),
                row.getRole(), row.getLanguage(), row.getActive(),
                row.getFailedSignIns(), row.getLockedUntil());
    }
}
