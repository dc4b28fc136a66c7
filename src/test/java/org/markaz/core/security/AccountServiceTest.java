package org.markaz.core.security;

import org.markaz.core.staff.SignInResult;
import org.markaz.core.staff.AccountService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.core.ValidationException;
import org.markaz.core.i18n.Language;
import org.markaz.testsupport.TestServices;

class AccountServiceTest {

    private final TestServices test = TestServices.sampleCentre();
    private final AccountService accounts = test.services().accounts();

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void rightPasswordSignsInWithRoleAndLanguage() {
        SignInResult result = accounts.signIn("  Admin ", "markaz-demo".toCharArray());
        Actor actor = assertInstanceOf(SignInResult.SignedIn.class, result).actor();
        assertEquals(Role.ADMINISTRATOR, actor.role());
        assertEquals(Language.RUSSIAN, actor.language());
        assertEquals("Мадина Раҳимова", actor.fullName());
    }

    @Test
    void wrongPasswordCountsDownAttempts() {
        assertEquals(new SignInResult.WrongPassword(4), accounts.signIn("admin", "wrong-one".toCharArray()));
        assertEquals(new SignInResult.WrongPassword(3), accounts.signIn("admin", "wrong-two".toCharArray()));
    }

    @Test
    void unknownUserLooksLikeWrongPasswordAndWritesNothing() {
        int auditBefore = test.count("audit_event");
        assertInstanceOf(SignInResult.WrongPassword.class, accounts.signIn("nobody", "whatever1".toCharArray()));
        assertEquals(auditBefore, test.count("audit_event"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFiveMinutesEvenAgainstTheRightPassword() {
        for (int i = 0; i < 4; i++) {
            accounts.signIn("keyworker", "wrong-password".toCharArray());
        }
        assertInstanceOf(SignInResult.Locked.class, accounts.signIn("keyworker", "wrong-password".toCharArray()));
        assertInstanceOf(SignInResult.Locked.class, accounts.signIn("keyworker", "markaz-demo".toCharArray()));

        test.clock().advance(Duration.ofMinutes(4));
        assertInstanceOf(SignInResult.Locked.class, accounts.signIn("keyworker", "markaz-demo".toCharArray()));

        test.clock().advance(Duration.ofMinutes(1).plusSeconds(1));
        assertInstanceOf(SignInResult.SignedIn.class, accounts.signIn("keyworker", "markaz-demo".toCharArray()));
        // the count starts again after a successful sign-in
        assertEquals(new SignInResult.WrongPassword(4), accounts.signIn("keyworker", "wrong-password".toCharArray()));
    }

    @Test
    void failedSignInsAreAudited() {
        int before = test.count("audit_event");
        accounts.signIn("bookkeeper", "wrong-password".toCharArray());
        assertEquals(before + 1, test.count("audit_event"));
    }

    @Test
    void switchedOffAccountCannotSignIn() {
        Actor admin = test.signIn("admin");
        var bookkeeper = test.services().staff().list(admin).stream().filter(m -> "bookkeeper".equals(m.username())).findFirst().orElseThrow();
        test.services().staff().save(admin, new org.markaz.core.staff.StaffForm(bookkeeper.staffId(),
                new org.markaz.core.staff.StaffDetails(bookkeeper.fullName(), bookkeeper.position(), bookkeeper.phone(), true),
                bookkeeper.username(), bookkeeper.role(), bookkeeper.language(), false, new char[0]), false);
        assertInstanceOf(SignInResult.Inactive.class, accounts.signIn("bookkeeper", "markaz-demo".toCharArray()));
    }

    @Test
    void changingOwnPasswordNeedsTheCurrentOne() {
        Actor keyworker = test.signIn("keyworker");
        int auditBefore = test.count("audit_event");
        assertThrows(ValidationException.class,
                () -> accounts.changeOwnPassword(keyworker, "not-it-at-all".toCharArray(), "new-password-1".toCharArray()));
        assertEquals(auditBefore, test.count("audit_event"));

        accounts.changeOwnPassword(keyworker, "markaz-demo".toCharArray(), "new-password-1".toCharArray());
        assertInstanceOf(SignInResult.SignedIn.class, accounts.signIn("keyworker", "new-password-1".toCharArray()));
        assertInstanceOf(SignInResult.WrongPassword.class, accounts.signIn("keyworker", "markaz-demo".toCharArray()));
    }

    @Test
    void tooShortOrTooLongNewPasswordIsRefused() {
        Actor keyworker = test.signIn("keyworker");
        ValidationException shortOne = assertThrows(ValidationException.class,
                () -> accounts.changeOwnPassword(keyworker, "markaz-demo".toCharArray(), "short".toCharArray()));
        assertEquals("error.passwordTooShort", shortOne.messageKey());
        assertThrows(ValidationException.class,
                () -> accounts.changeOwnPassword(keyworker, "markaz-demo".toCharArray(), "x".repeat(129).toCharArray()));
        assertThrows(ValidationException.class,
                () -> accounts.changeOwnPassword(keyworker, "markaz-demo".toCharArray(), "         ".toCharArray()));
    }

    @Test
    void languageIsSavedPerUser() {
        Actor keyworker = test.signIn("keyworker");
        Actor changed = accounts.changeOwnLanguage(keyworker, Language.ENGLISH);
        assertEquals(Language.ENGLISH, changed.language());
        assertEquals(Language.ENGLISH, test.signIn("keyworker").language());
        assertEquals(Language.RUSSIAN, test.signIn("admin").language());
    }
}
