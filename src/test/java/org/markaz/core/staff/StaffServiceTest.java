package org.markaz.core.staff;

import org.markaz.core.staff.StaffForm;
import org.markaz.core.staff.StaffMember;
import org.markaz.core.staff.StaffDetails;
import org.markaz.core.staff.StaffService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.core.ValidationException;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Role;
import org.markaz.testsupport.TestServices;

class StaffServiceTest {

    private final TestServices test = TestServices.sampleCentre();
    private final StaffService staff = test.services().staff();
    private final Actor admin = test.signIn("admin");

    @AfterEach
    void close() {
        test.close();
    }

    /** Saves the form as the staff screen does first, asking about a member of the same name. */
    private long save(Actor actor, StaffForm form) {
        return ((StaffSaveResult.Saved) staff.save(actor, form, false)).staffId();
    }

    private StaffForm newMember(String name, String username) {
        return new StaffForm(null, new StaffDetails(name, "Психолог", "+992 92 000 00 00", true), username,
                Role.KEY_WORKER, Language.TAJIK, true, "parol-2026".toCharArray());
    }

    @Test
    void administratorAddsStaffMemberWithAccountWhoCanSignIn() {
        long id = save(admin, newMember("  Малика Шарипова ", "m.sharipova"));
        StaffMember saved = staff.list(admin).stream().filter(m -> m.staffId() == id).findFirst().orElseThrow();
        assertEquals("Малика Шарипова", saved.fullName());
        assertEquals(Role.KEY_WORKER, saved.role());
        assertInstanceOf(SignInResult.SignedIn.class,
                test.services().accounts().signIn("M.Sharipova", "parol-2026".toCharArray()));
    }

    @Test
    void duplicateUsernameIsRefusedAndNothingIsWritten() {
        int staffBefore = test.count("staff");
        int auditBefore = test.count("audit_event");
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> save(admin, newMember("Малика Шарипова", "keyworker")));
        assertEquals("error.usernameTaken", refusal.messageKey());
        assertEquals(staffBefore, test.count("staff"));
        assertEquals(auditBefore, test.count("audit_event"));
    }

    @Test
    void blankOrTooLongNamesAndBadUsernamesAreRefused() {
        int staffBefore = test.count("staff");
        assertEquals("error.required", assertThrows(ValidationException.class,
                () -> save(admin, newMember("    ", "someone"))).messageKey());
        assertEquals("error.tooLong", assertThrows(ValidationException.class,
                () -> save(admin, newMember("Я".repeat(201), "someone"))).messageKey());
        assertEquals("error.usernameFormat", assertThrows(ValidationException.class,
                () -> save(admin, newMember("Малика", "Малика"))).messageKey());
        assertEquals("error.passwordTooShort", assertThrows(ValidationException.class,
                () -> save(admin, new StaffForm(null, new StaffDetails("Малика", null, null, true), "malika",
                        Role.KEY_WORKER, Language.TAJIK, true, "short".toCharArray()))).messageKey());
        assertEquals(staffBefore, test.count("staff"));
    }

    @Test
    void newAccountNeedsAPassword() {
        int staffBefore = test.count("staff");
        assertThrows(ValidationException.class, () -> save(admin, new StaffForm(null,
                new StaffDetails("Малика", null, null, true), "malika", Role.KEY_WORKER, Language.TAJIK, true, new char[0])));
        assertEquals(staffBefore, test.count("staff"));
    }

    @Test
    void staffWithoutAccountIsFine() {
        long id = save(admin, new StaffForm(null, new StaffDetails("Ошпаз Раҳим", "Ошпаз", null, true), "",
                Role.KEY_WORKER, Language.TAJIK, true, new char[0]));
        assertTrue(staff.list(admin).stream().anyMatch(m -> m.staffId() == id && !m.hasAccount()));
    }

    @Test
    void onlyAdministratorsChangeStaffAndNothingIsWrittenOtherwise() {
        Actor director = test.signIn("director");
        Actor keyworker = test.signIn("keyworker");
        int staffBefore = test.count("staff");
        assertThrows(AccessDeniedException.class, () -> save(director, newMember("Малика", "malika")));
        assertThrows(AccessDeniedException.class, () -> save(keyworker, newMember("Малика", "malika")));
        assertThrows(AccessDeniedException.class, () -> staff.list(keyworker));
        assertThrows(AccessDeniedException.class, () -> staff.resetPassword(keyworker, "admin", "new-password".toCharArray()));
        assertEquals(staffBefore, test.count("staff"));
        assertEquals(9, staff.list(director).size());
    }

    @Test
    void theLastActiveAdministratorCannotBeSwitchedOffOrDemoted() {
        StaffMember self = staff.list(admin).stream().filter(m -> "admin".equals(m.username())).findFirst().orElseThrow();
        StaffForm demoted = new StaffForm(self.staffId(), new StaffDetails(self.fullName(), self.position(), self.phone(), true),
                "admin", Role.KEY_WORKER, Language.RUSSIAN, true, new char[0]);
        assertEquals("error.lastAdministrator", assertThrows(ValidationException.class, () -> save(admin, demoted)).messageKey());
        StaffForm left = new StaffForm(self.staffId(), new StaffDetails(self.fullName(), self.position(), self.phone(), false),
                "admin", Role.ADMINISTRATOR, Language.RUSSIAN, true, new char[0]);
        assertThrows(ValidationException.class, () -> save(admin, left));
        assertEquals(Role.ADMINISTRATOR, test.signIn("admin").role());
    }

    @Test
    void resetPasswordUnlocksALockedAccount() {
        for (int i = 0; i < 5; i++) {
            test.services().accounts().signIn("keyworker", "wrong-password".toCharArray());
        }
        assertInstanceOf(SignInResult.Locked.class, test.services().accounts().signIn("keyworker", "markaz-demo".toCharArray()));
        staff.resetPassword(admin, "keyworker", "fresh-password".toCharArray());
        assertInstanceOf(SignInResult.SignedIn.class, test.services().accounts().signIn("keyworker", "fresh-password".toCharArray()));
    }

    @Test
    void editingAMemberIsAuditedWithBeforeAndAfter() {
        StaffMember member = staff.list(admin).stream().filter(m -> "keyworker2".equals(m.username())).findFirst().orElseThrow();
        save(admin, new StaffForm(member.staffId(), new StaffDetails(member.fullName(), "Старший социальный работник",
                member.phone(), true), member.username(), member.role(), member.language(), true, new char[0]));
        var page = test.services().audit().search(admin,
                new org.markaz.core.audit.AuditFilter(null, null, "admin", "staff", Long.toString(member.staffId())), 0);
        assertEquals(1, page.totalCount());
        assertTrue(page.entries().get(0).before().contains("Социальный работник"));
        assertTrue(page.entries().get(0).after().contains("Старший социальный работник"));
    }

    @Test
    void aNewMemberWithTheNameOfAnotherHoweverSpelledIsAPossibleDuplicateUntilConfirmed() {
        int staffBefore = test.count("staff");
        int auditBefore = test.count("audit_event");
        // Фарҳод Назаров is the sample centre's director
        for (String typed : List.of("Фарход Назаров", "Farhod Nazarov", "Farkhod Nazarov", "Назаров Фарҳод")) {
            StaffSaveResult result = staff.save(admin, new StaffForm(null, new StaffDetails(typed, null, null, true), "",
                    null, null, false, new char[0]), false);
            assertEquals(List.of("Фарҳод Назаров"), assertInstanceOf(StaffSaveResult.PossibleDuplicates.class, result)
                    .members().stream().map(StaffMember::fullName).toList(), typed);
            assertInstanceOf(StaffSaveResult.PossibleDuplicates.class,
                    staff.addStaffMember(admin, new StaffDetails(typed, null, null, true), null, false));
        }
        assertEquals(staffBefore, test.count("staff"));
        assertEquals(auditBefore, test.count("audit_event"));
        assertInstanceOf(StaffSaveResult.Saved.class, staff.save(admin, new StaffForm(null,
                new StaffDetails("Фарход Назаров", "Ронанда", null, true), "", null, null, false, new char[0]), true));
        assertEquals(staffBefore + 1, test.count("staff"));
    }

    @Test
    void savingAMemberUnderTheirOwnNameIsNoDuplicateButRenamingIntoAnothersIs() {
        StaffMember director = staff.list(admin).stream().filter(m -> "director".equals(m.username())).findFirst().orElseThrow();
        StaffMember keyworker = staff.list(admin).stream().filter(m -> "keyworker".equals(m.username())).findFirst().orElseThrow();
        assertInstanceOf(StaffSaveResult.Saved.class, staff.save(admin, new StaffForm(director.staffId(),
                new StaffDetails("Фарход Назаров", director.position(), director.phone(), true), director.username(),
                director.role(), director.language(), true, new char[0]), false));
        assertInstanceOf(StaffSaveResult.PossibleDuplicates.class, staff.save(admin, new StaffForm(keyworker.staffId(),
                new StaffDetails("Farhod Nazarov", keyworker.position(), keyworker.phone(), true), keyworker.username(),
                keyworker.role(), keyworker.language(), true, new char[0]), false));
    }
}
