package org.markaz.settings;

import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.markaz.core.Validation;
import org.markaz.core.ValidationException;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.security.AccountService;
import org.markaz.core.security.Actor;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.security.Permission;
import org.markaz.core.security.Role;
import org.markaz.core.security.UserRepository;
import org.markaz.db.tables.records.AppUserRecord;
import org.markaz.db.tables.records.StaffRecord;

/**
 * Staff members and their accounts. Directors read the list; only administrators change it.
 * The centre always keeps at least one active administrator.
 */
public final class StaffService {

    private final DSLContext dsl;
    private final StaffRepository staff;
    private final UserRepository users;
    private final AuditRepository audit;
    private final PasswordHasher hasher;

    public StaffService(DSLContext dsl, StaffRepository staff, UserRepository users, AuditRepository audit,
                        PasswordHasher hasher) {
        this.dsl = dsl;
        this.staff = staff;
        this.users = users;
        this.audit = audit;
        this.hasher = hasher;
    }

    public List<StaffMember> list(Actor actor) {
        actor.require(Permission.VIEW_STAFF);
        return staff.listAll(dsl);
    }

    /** Adds a member of staff, with a login when {@code account} is not null; one transaction. */
    public long addStaffMember(Actor actor, StaffDetails details, NewAccount account) {
        actor.require(Permission.MANAGE_USERS);
        StaffDetails checked = check(details);
        PreparedAccount prepared = account == null ? null : prepare(account);
        return dsl.transactionResult(cfg -> addStaffMember(cfg.dsl(), actor, checked, prepared));
    }

    /** The same inside the caller's transaction (first start, sample centre). */
    public long addStaffMember(DSLContext tx, Actor actor, StaffDetails details, NewAccount account) {
        return addStaffMember(tx, actor, check(details), account == null ? null : prepare(account));
    }

    private long addStaffMember(DSLContext tx, Actor actor, StaffDetails checked, PreparedAccount account) {
        StaffRecord member = staff.newRecord(tx);
        member.setFullName(checked.fullName());
        member.setPosition(checked.position());
        member.setPhone(checked.phone());
        member.setActive(checked.active());
        member.store();
        audit.created(tx, actor, member);
        if (account != null) {
            insertAccount(tx, actor, member.getId(), account);
        }
        return member.getId();
    }

    public void updateStaffMember(Actor actor, long staffId, StaffDetails details) {
        actor.require(Permission.MANAGE_USERS);
        StaffDetails checked = check(details);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            StaffRecord member = staff.lock(tx, staffId);
            StaffRecord before = member.original();
            member.setFullName(checked.fullName());
            member.setPosition(checked.position());
            member.setPhone(checked.phone());
            member.setActive(checked.active());
            if (member.changed()) {
                member.store();
                audit.updated(tx, actor, before, member);
            }
        });
    }

    public long createAccount(Actor actor, long staffId, NewAccount account) {
        actor.require(Permission.MANAGE_USERS);
        PreparedAccount prepared = prepare(account);
        return dsl.transactionResult(cfg -> {
            staff.lock(cfg.dsl(), staffId);
            return insertAccount(cfg.dsl(), actor, staffId, prepared);
        });
    }

    /** Changes role and whether the account may sign in; refuses to leave no active administrator. */
    public void updateAccount(Actor actor, long userId, Role role, boolean active) {
        actor.require(Permission.MANAGE_USERS);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            AppUserRecord user = users.lockById(tx, userId);
            AppUserRecord before = user.original();
            user.setRole(role.name());
            user.setActive(active);
            if (!user.changed()) {
                return;
            }
            user.store();
            if (users.countActiveAdministrators(tx) == 0) {
                throw new ValidationException("error.lastAdministrator");
            }
            audit.updated(tx, actor, before, user);
        });
    }

    /** An administrator sets a new password for someone who forgot theirs; this also unlocks the account. */
    public void resetPassword(Actor actor, String username, char[] newPassword) {
        actor.require(Permission.MANAGE_USERS);
        String newHash = hasher.hash(AccountService.checkNewPassword(newPassword));
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            AppUserRecord found = users.findByUsername(tx, normaliseUsername(username))
                    .orElseThrow(() -> new ValidationException("error.noSuchUser", username));
            AppUserRecord user = users.lockById(tx, found.getId());
            AppUserRecord before = user.original();
            user.setPasswordHash(newHash);
            user.setFailedSignIns(0);
            user.setLockedUntil(null);
            user.store();
            audit.updated(tx, actor, before, user);
        });
    }

    private long insertAccount(DSLContext tx, Actor actor, long staffId, PreparedAccount account) {
        if (users.usernameTaken(tx, account.username())) {
            throw new ValidationException("error.usernameTaken", account.username());
        }
        AppUserRecord user = users.newRecord(tx);
        user.setStaffId(staffId);
        user.setUsername(account.username());
        user.setPasswordHash(account.passwordHash());
        user.setRole(account.role().name());
        user.setLanguage(account.language().code());
        user.store();
        audit.created(tx, actor, user);
        return user.getId();
    }

    private PreparedAccount prepare(NewAccount account) {
        String username = normaliseUsername(account.username());
        if (username.isEmpty()) {
            throw new ValidationException("error.required", new Validation.FieldName("field.username"));
        }
        if (!username.matches("[a-z0-9._-]{3,50}")) {
            throw new ValidationException("error.usernameFormat");
        }
        if (account.role() == null) {
            throw new ValidationException("error.required", new Validation.FieldName("field.role"));
        }
        if (account.language() == null) {
            throw new ValidationException("error.required", new Validation.FieldName("field.language"));
        }
        return new PreparedAccount(username, account.role(), account.language(),
                hasher.hash(AccountService.checkNewPassword(account.password())));
    }

    private static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static StaffDetails check(StaffDetails details) {
        return new StaffDetails(
                Validation.required(details.fullName(), 200, "field.fullName"),
                Validation.optional(details.position(), 100, "field.position"),
                Validation.optional(details.phone(), 50, "field.phone"),
                details.active());
    }

    private record PreparedAccount(String username, Role role, org.markaz.core.i18n.Language language,
                                   String passwordHash) {
    }
}
