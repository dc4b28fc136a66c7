package org.markaz.core.staff;

import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.markaz.core.Validation;
import org.markaz.core.db.Transactions;
import org.markaz.core.ValidationException;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Actor;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.security.Permission;
import org.markaz.core.security.Role;
import org.markaz.core.text.SearchFolding;

/**
 * Staff members and their accounts. Directors read the list; only administrators change it.
 * The centre always keeps at least one active administrator.
 */
public final class StaffService {

    private final Transactions transactions;
    private final StaffRepository staff;
    private final UserRepository users;
    private final PasswordHasher hasher;

    public StaffService(Transactions transactions, StaffRepository staff, UserRepository users, PasswordHasher hasher) {
        this.transactions = transactions;
        this.staff = staff;
        this.users = users;
        this.hasher = hasher;
    }

    public List<StaffMember> list(Actor actor) {
        actor.require(Permission.VIEW_STAFF);
        return transactions.result(staff::listAll);
    }

    /**
     * Adds the sample centre's demo staff, whose accounts all share one password and so one hash,
     * made once: hashing each takes most of a second, and the sample must be ready in seconds.
     */
    public long addDemoStaffMember(Actor actor, StaffDetails details, String username, Role role, Language language,
                                   String sharedHash) {
        actor.require(Permission.MANAGE_USERS);
        StaffDetails checked = check(details);
        PreparedAccount prepared = new PreparedAccount(checkUsername(username), required(role, "field.role"),
                required(language, "field.language"), sharedHash);
        return transactions.result(tx -> insertStaffMember(tx, actor, checked, prepared));
    }

    /** The hash of a demo password, checked like any other, for {@link #addDemoStaffMember}. */
    public String hashDemoPassword(char[] password) {
        return hasher.hash(AccountService.checkNewPassword(password, Role.ADMINISTRATOR));
    }

    /**
     * Adds a member of staff, with a login when {@code account} is not null; one transaction. Does
     * not look for someone of the same name: for the first start, the command line (whose new user
     * name is what tells people apart) and the sample centre. Same as
     * {@code addStaffMember(actor, details, account, true)}.
     */
    public long addStaffMember(Actor actor, StaffDetails details, NewAccount account) {
        return ((StaffSaveResult.Saved) addStaffMember(actor, details, account, true)).staffId();
    }

    /**
     * Adds a member of staff, with a login when {@code account} is not null; one transaction.
     * Unless {@code duplicateConfirmed}, someone whose name is that of a member already there,
     * however spelled (Иброхим Курбонов = Иброҳим Қурбонов), is not added: the caller asks the user first.
     */
    public StaffSaveResult addStaffMember(Actor actor, StaffDetails details, NewAccount account,
                                          boolean duplicateConfirmed) {
        actor.require(Permission.MANAGE_USERS);
        StaffDetails checked = check(details);
        PreparedAccount prepared = account == null ? null : prepare(account);
        return transactions.result(tx -> {
            if (!duplicateConfirmed) {
                List<StaffMember> same = sameName(tx, checked.fullName(), null);
                if (!same.isEmpty()) {
                    return new StaffSaveResult.PossibleDuplicates(same);
                }
            }
            return new StaffSaveResult.Saved(insertStaffMember(tx, actor, checked, prepared));
        });
    }

    /**
     * Saves the staff screen's form in one transaction: the member, and their account created or
     * changed. A member who leaves (inactive) can no longer sign in. Refuses to leave the centre
     * without an active administrator. Unless {@code duplicateConfirmed}, a new member (or one
     * renamed) whose name is another member's, however spelled, is not saved: the caller asks first.
     */
    public StaffSaveResult save(Actor actor, StaffForm form, boolean duplicateConfirmed) {
        actor.require(Permission.MANAGE_USERS);
        StaffDetails checked = check(form.details());
        boolean wantsAccount = !normaliseUsername(form.username()).isEmpty();
        boolean newPassword = form.newPassword() != null && form.newPassword().length > 0;
        String newHash = newPassword ? hasher.hash(AccountService.checkNewPassword(form.newPassword(),
                required(form.role(), "field.role"))) : null;
        return transactions.result(tx -> {
            if (!duplicateConfirmed) {
                List<StaffMember> same = sameName(tx, checked.fullName(), form.staffId());
                if (!same.isEmpty()) {
                    return new StaffSaveResult.PossibleDuplicates(same);
                }
            }
            long staffId;
            if (form.staffId() == null) {
                staffId = staff.insert(tx, actor, checked);
            } else {
                staffId = form.staffId();
                staff.update(tx, actor, staffId, checked);
            }
            var existing = users.findByStaffId(tx, staffId);
            if (existing.isPresent()) {
                Account account = users.lock(tx, existing.get().id()).withAccess(required(form.role(), "field.role"),
                        required(form.language(), "field.language"), form.accountActive() && checked.active());
                saveAccount(tx, actor, newHash == null ? account : account.withPasswordHash(newHash));
            } else if (wantsAccount) {
                if (newHash == null) {
                    throw new ValidationException("error.required", new Validation.FieldName("field.newPassword"));
                }
                insertAccount(tx, actor, staffId, new PreparedAccount(checkUsername(form.username()),
                        required(form.role(), "field.role"), required(form.language(), "field.language"), newHash));
            }
            return new StaffSaveResult.Saved(staffId);
        });
    }

    /**
     * Other members whose name has the same key ({@link SearchFolding#nameKey}); none when the member
     * being saved ({@code staffId}) keeps a name of that key already, as a member who is not renamed
     * is no new duplicate.
     */
    private List<StaffMember> sameName(DSLContext tx, String fullName, Long staffId) {
        String key = SearchFolding.nameKey(fullName);
        List<StaffMember> all = staff.listAll(tx);
        boolean notRenamed = staffId != null && all.stream()
                .anyMatch(m -> m.staffId() == staffId && SearchFolding.nameKey(m.fullName()).equals(key));
        if (notRenamed) {
            return List.of();
        }
        return all.stream().filter(m -> (staffId == null || m.staffId() != staffId)
                && SearchFolding.nameKey(m.fullName()).equals(key)).toList();
    }

    /** Refuses an unknown user name (the command line asks before it reads a new password). */
    public void requireAccount(Actor actor, String username) {
        actor.require(Permission.MANAGE_USERS);
        transactions.result(tx -> users.lockByUsername(tx, normaliseUsername(username)))
                .orElseThrow(() -> new ValidationException("error.noSuchUser", username));
    }

    /** The user name as it is stored (lower case, trimmed), to tell the user what was saved. */
    public static String storedUsername(String typed) {
        return normaliseUsername(typed);
    }

    /** An administrator sets a new password for someone who forgot theirs; this also unlocks the account. */
    public void resetPassword(Actor actor, String username, char[] newPassword) {
        actor.require(Permission.MANAGE_USERS);
        Account found = transactions.result(tx -> users.lockByUsername(tx, normaliseUsername(username)))
                .orElseThrow(() -> new ValidationException("error.noSuchUser", username));
        String newHash = hasher.hash(AccountService.checkNewPassword(newPassword, found.role()));
        transactions.run(tx -> {
            Account account = users.lockByUsername(tx, normaliseUsername(username))
                    .orElseThrow(() -> new ValidationException("error.noSuchUser", username));
            users.update(tx, actor, account.withPasswordHash(newHash));
        });
    }

    private long insertStaffMember(DSLContext tx, Actor actor, StaffDetails checked, PreparedAccount account) {
        long staffId = staff.insert(tx, actor, checked);
        if (account != null) {
            insertAccount(tx, actor, staffId, account);
        }
        return staffId;
    }

    private void saveAccount(DSLContext tx, Actor actor, Account account) {
        if (users.update(tx, actor, account) && users.countActiveAdministrators(tx) == 0) {
            throw new ValidationException("error.lastAdministrator");
        }
    }

    private void insertAccount(DSLContext tx, Actor actor, long staffId, PreparedAccount account) {
        if (users.usernameTaken(tx, account.username())) {
            throw new ValidationException("error.usernameTaken", account.username());
        }
        users.insert(tx, actor, new Account(null, staffId, account.username(), account.passwordHash(), account.role(),
                account.language(), true, 0, null));
    }

    private PreparedAccount prepare(NewAccount account) {
        return new PreparedAccount(checkUsername(account.username()), required(account.role(), "field.role"),
                required(account.language(), "field.language"),
                hasher.hash(AccountService.checkNewPassword(account.password(), account.role())));
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

    private static <T> T required(T value, String fieldKey) {
        if (value == null) {
            throw new ValidationException("error.required", new Validation.FieldName(fieldKey));
        }
        return value;
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

    private record PreparedAccount(String username, Role role, Language language, String passwordHash) {
    }
}
