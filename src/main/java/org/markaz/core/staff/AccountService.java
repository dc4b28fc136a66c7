package org.markaz.core.staff;

import org.markaz.core.security.ProgramActor;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Role;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.security.CommonPasswords;
import org.markaz.core.staff.Account;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jooq.DSLContext;
import org.markaz.core.ValidationException;
import org.markaz.core.db.Transactions;
import org.markaz.core.i18n.Language;

/**
 * Signing in and what every user may do to their own account: change their password and
 * language. Five wrong passwords in a row lock the account for five minutes.
 */
public final class AccountService {

    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(5);

    private static final Actor SIGN_IN = ProgramActor.SIGN_IN.actor();

    private final Transactions transactions;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;

    public AccountService(Transactions transactions, UserRepository users, PasswordHasher hasher, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    public SignInResult signIn(String username, char[] password) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return transactions.result(tx -> {
            var found = users.lockByUsername(tx, name);
            if (found.isEmpty()) {
                hasher.hash(password); // spend the same time as for a real user
                return new SignInResult.WrongPassword(MAX_FAILED_SIGN_INS);
            }
            Account account = found.get();
            Instant now = clock.instant();
            if (account.isLockedAt(now)) {
                return new SignInResult.Locked(account.lockedUntil());
            }
            if (!account.active()) {
                return new SignInResult.Inactive();
            }
            if (!hasher.matches(password, account.passwordHash())) {
                return recordFailure(tx, account, now);
            }
            users.update(tx, SIGN_IN, account.unlocked());
            return new SignInResult.SignedIn(new Actor(account.id(), account.username(),
                    users.fullName(tx, account.staffId()), account.role(), account.language()));
        });
    }

    private SignInResult recordFailure(DSLContext tx, Account account, Instant now) {
        int failures = account.failedSignIns() + 1;
        if (failures >= MAX_FAILED_SIGN_INS) {
            Instant until = now.plus(LOCK_DURATION);
            users.update(tx, SIGN_IN, account.withFailures(0, until));
            return new SignInResult.Locked(until);
        }
        users.update(tx, SIGN_IN, account.withFailures(failures, null));
        return new SignInResult.WrongPassword(MAX_FAILED_SIGN_INS - failures);
    }

    public void changeOwnPassword(Actor actor, char[] currentPassword, char[] newPassword) {
        requireUser(actor);
        String newHash = hasher.hash(checkNewPassword(newPassword, actor.role()));
        transactions.run(tx -> {
            Account account = users.lock(tx, actor.userId());
            if (!hasher.matches(currentPassword, account.passwordHash())) {
                throw new ValidationException("error.currentPasswordWrong");
            }
            users.update(tx, actor, account.withPasswordHash(newHash));
        });
    }

    /** Saves the user's language; the caller shows the shell again in it. */
    public Actor changeOwnLanguage(Actor actor, Language language) {
        requireUser(actor);
        transactions.run(tx -> users.update(tx, actor, users.lock(tx, actor.userId()).withLanguage(language)));
        return actor.withLanguage(language);
    }

    /** Administrators guard everyone's records, so their passwords are longer. */
    public static final int MIN_ADMINISTRATOR_PASSWORD_LENGTH = 10;

    /**
     * Refuses a password that is too short (10 characters for an administrator, 8 for others), too
     * long, or among the most common ones; returns it for hashing.
     */
    public static char[] checkNewPassword(char[] password, Role role) {
        int minimum = role == Role.ADMINISTRATOR ? MIN_ADMINISTRATOR_PASSWORD_LENGTH : PasswordHasher.MIN_PASSWORD_LENGTH;
        if (password == null || password.length < minimum || new String(password).isBlank()) {
            throw new ValidationException("error.passwordTooShort", minimum);
        }
        if (password.length > PasswordHasher.MAX_PASSWORD_LENGTH) {
            throw new ValidationException("error.passwordTooLong", PasswordHasher.MAX_PASSWORD_LENGTH);
        }
        if (CommonPasswords.isCommon(password)) {
            throw new ValidationException("error.passwordTooCommon");
        }
        return password;
    }

    private static void requireUser(Actor actor) {
        if (actor.userId() == null) {
            throw new IllegalArgumentException("Only a signed-in user has an own account");
        }
    }
}
