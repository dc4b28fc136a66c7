package org.markaz.core.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jooq.DSLContext;
import org.markaz.core.ValidationException;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.i18n.Language;
import org.markaz.db.tables.records.AppUserRecord;

/**
 * Signing in and what every user may do to their own account: change their password and
 * language. Five wrong passwords in a row lock the account for five minutes.
 */
public final class AccountService {

    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(5);

    private final DSLContext dsl;
    private final UserRepository users;
    private final AuditRepository audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    public AccountService(DSLContext dsl, UserRepository users, AuditRepository audit, PasswordHasher hasher, Clock clock) {
        this.dsl = dsl;
        this.users = users;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    public SignInResult signIn(String username, char[] password) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var found = users.findByUsername(tx, name);
            if (found.isEmpty()) {
                hasher.hash(password); // spend the same time as for a real user
                return new SignInResult.WrongPassword(MAX_FAILED_SIGN_INS);
            }
            AppUserRecord user = users.lockById(tx, found.get().getId());
            Instant now = clock.instant();
            if (user.getLockedUntil() != null && now.isBefore(user.getLockedUntil())) {
                return new SignInResult.Locked(user.getLockedUntil());
            }
            if (!user.getActive()) {
                return new SignInResult.Inactive();
            }
            AppUserRecord before = user.original();
            if (!hasher.matches(password, user.getPasswordHash())) {
                return recordFailure(tx, user, before, now);
            }
            if (user.getFailedSignIns() != 0 || user.getLockedUntil() != null) {
                user.setFailedSignIns(0);
                user.setLockedUntil(null);
                user.store();
                audit.updated(tx, Actor.system("sign-in"), before, user);
            }
            return new SignInResult.SignedIn(new Actor(user.getId(), user.getUsername(),
                    users.fullName(tx, user.getStaffId()), Role.valueOf(user.getRole()),
                    Language.fromCode(user.getLanguage())));
        });
    }

    private SignInResult recordFailure(DSLContext tx, AppUserRecord user, AppUserRecord before, Instant now) {
        int failures = user.getFailedSignIns() + 1;
        SignInResult result;
        if (failures >= MAX_FAILED_SIGN_INS) {
            user.setFailedSignIns(0);
            user.setLockedUntil(now.plus(LOCK_DURATION));
            result = new SignInResult.Locked(user.getLockedUntil());
        } else {
            user.setFailedSignIns(failures);
            result = new SignInResult.WrongPassword(MAX_FAILED_SIGN_INS - failures);
        }
        user.store();
        audit.updated(tx, Actor.system("sign-in"), before, user);
        return result;
    }

    public void changeOwnPassword(Actor actor, char[] currentPassword, char[] newPassword) {
        requireUser(actor);
        String newHash = hasher.hash(checkNewPassword(newPassword));
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            AppUserRecord user = users.lockById(tx, actor.userId());
            if (!hasher.matches(currentPassword, user.getPasswordHash())) {
                throw new ValidationException("error.currentPasswordWrong");
            }
            AppUserRecord before = user.original();
            user.setPasswordHash(newHash);
            user.store();
            audit.updated(tx, actor, before, user);
        });
    }

    /** Saves the user's language; the caller shows the shell again in it. */
    public Actor changeOwnLanguage(Actor actor, Language language) {
        requireUser(actor);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            AppUserRecord user = users.lockById(tx, actor.userId());
            AppUserRecord before = user.original();
            user.setLanguage(language.code());
            if (user.changed()) {
                user.store();
                audit.updated(tx, actor, before, user);
            }
        });
        return actor.withLanguage(language);
    }

    /** Refuses a password that is too short or too long; returns it for hashing. */
    public static char[] checkNewPassword(char[] password) {
        if (password == null || password.length < PasswordHasher.MIN_PASSWORD_LENGTH) {
            throw new ValidationException("error.passwordTooShort", PasswordHasher.MIN_PASSWORD_LENGTH);
        }
        if (password.length > PasswordHasher.MAX_PASSWORD_LENGTH) {
            throw new ValidationException("error.passwordTooLong", PasswordHasher.MAX_PASSWORD_LENGTH);
        }
        if (new String(password).isBlank()) {
            throw new ValidationException("error.passwordTooShort", PasswordHasher.MIN_PASSWORD_LENGTH);
        }
        return password;
    }


    private static void requireUser(Actor actor) {
        if (actor.userId() == null) {
            throw new IllegalArgumentException("Only a signed-in user has an own account");
        }
    }
}
