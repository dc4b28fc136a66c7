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
        return dsl.transactionResult(cfg -> insertStaffMember(cfg.dsl(), actor, checked, prepared));
    }

    /** The same inside the caller's transaction (first start, sample centre). */
    public long addStaffMember(DSLContext tx, Actor actor, StaffDetails details, NewAccount account) {
        return insertStaffMember(tx, actor, check(details), account == null ? null : prepare(account));
    }

    private long insertStaffMember(DSLContext tx, Actor actor, StaffDetails checked, PreparedAccount account) {
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

    /**
     * Saves the staff screen's form in one transaction: the member, and their account created or
     * changed. A member who leaves (inactive) can no longer sign in. Refuses to leave the centre
     * without an active administrator.
     */
    public long save(Actor actor, StaffForm form) {
        actor.require(Permission.MANAGE_USERS);
        StaffDetails checked = check(form.details());
        boolean wantsAccount = !normaliseUsername(form.username()).isEmpty();
        boolean newPassword = form.newPassword() != null && form.newPassword().length > 0;
        String newHash = newPassword ? hasher.hash(AccountService.checkNewPassword(form.newPassword())) : null;
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long staffId = form.staffId() == null
                    ? insertStaffMember(tx, actor, checked, null)
                    : updateStaffMember(tx, actor, form.staffId(), checked);
            var account = users.findByStaffId(tx, staffId);
            if (account.isPresent()) {
                updateAccount(tx, actor, account.get().getId(), form, checked.active(), newHash);
            } else if (wantsAccount) {
                if (newHash == null) {
                    throw new ValidationException("error.required", new Validation.FieldName("field.newPassword"));
                }
                PreparedAccount prepared = new PreparedAccount(checkUsername(form.username()), required(form.role(), "field.role"),
                        required(form.language(), "field.language"), newHash);
                insertAccount(tx, actor, staffId, prepared);
            }
            return staffId;
        });
    }

    private long updateStaffMember(DSLContext tx, Actor actor, long staffId, StaffDetails checked) {
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
        return staffId;
    }

    private void updateAccount(DSLContext tx, Actor actor, long userId, StaffForm form, boolean staffActive, String newHash) {
        AppUserRecord user = users.lockById(tx, userId);
        AppUserRecord before = user.original();
        user.setRole(required(form.role(), "field.role").name());
        user.setLanguage(required(form.language(), "field.language").code());
        user.setActive(form.accountActive() && staffActive);
        if (newHash != null) {
            user.setPasswordHash(newHash);
            user.setFailedSignIns(0);
            user.setLockedUntil(null);
        }
        if (!user.changed()) {
            return;
        }
        user.store();
        if (users.countActiveAdministrators(tx) == 0) {
            throw new ValidationException("error.lastAdministrator");
        }
        audit.updated(tx, actor, before, user);
    }

    private static <T> T required(T value, String fieldKey) {
        if (value == null) {
            throw new ValidationException("error.required", new Validation.FieldName(fieldKey));
        }
        return value;
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
        return new PreparedAccount(checkUsername(account.username()), required(account.role(), "field.role"),
                required(account.language(), "field.language"),
                hasher.hash(AccountService.checkNewPassword(account.password())));
    }

    private static String checkUsername(String typed) {
        String username = normaliseUsername(typed);
        if (username.isEmpty()) {
            throw new ValidationException("error.required", new Validation.FieldName("field.username"));
        }
        if (!username.matches("[a-z0-9._-]{3,50}")) {
            throw new ValidationException("error.usernameFormat");
        }
        return username;
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
