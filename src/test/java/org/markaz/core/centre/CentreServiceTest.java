package org.markaz.core.centre;

import org.markaz.setup.SetupService;
import org.markaz.core.staff.NewAccount;
import org.markaz.core.staff.StaffDetails;
import org.markaz.core.centre.CentreDetails;
import org.markaz.core.centre.CentreService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.core.ValidationException;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

class CentreServiceTest {

    private final TestServices test = TestServices.sampleCentre();
    private final CentreService centres = test.services().centres();

    @AfterEach
    void close() {
        test.close();
    }

    private static CentreDetails details(String code) {
        return new CentreDetails("Маркази Истаравшан", code, "Вилояти Суғд", "ш. Истаравшан", null);
    }

    @Test
    void administratorChangesTheCentreAndTheChangeIsAudited() {
        Actor admin = test.signIn("admin");
        int auditBefore = test.count("audit_event");
        centres.update(admin, details(" ist "));
        assertEquals("IST", centres.current(org.markaz.core.security.ProgramActor.COMMAND_LINE.actor()).orElseThrow().code());
        assertEquals(auditBefore + 1, test.count("audit_event"));
    }

    @Test
    void aSettingSavedAsItWasWritesNothing() {
        Actor admin = test.signIn("admin");
        centres.setAbsenceAlertDays(admin, 4);
        int auditBefore = test.count("audit_event");
        centres.setAbsenceAlertDays(admin, 4);
        assertEquals(auditBefore, test.count("audit_event"), "the same value again: nothing changed, nothing audited");
        centres.setAbsenceAlertDays(admin, 5);
        assertEquals(auditBefore + 1, test.count("audit_event"));
    }

    @Test
    void directorMayNotChangeTheCentre() {
        assertThrows(AccessDeniedException.class, () -> centres.update(test.signIn("director"), details("IST")));
        assertEquals("KHJ", centres.current(org.markaz.core.security.ProgramActor.COMMAND_LINE.actor()).orElseThrow().code());
    }

    @Test
    void badCodesAndBlankNamesAreRefused() {
        Actor admin = test.signIn("admin");
        assertEquals("error.centreCodeFormat", assertThrows(ValidationException.class, () -> centres.update(admin, details("K1"))).messageKey());
        assertThrows(ValidationException.class, () -> centres.update(admin, details("Х")));
        assertThrows(ValidationException.class,
                () -> centres.update(admin, new CentreDetails("   ", "IST", "Суғд", "ш. Истаравшан", null)));
        assertThrows(ValidationException.class,
                () -> centres.update(admin, new CentreDetails("Маркази", "IST", "Суғд", "а".repeat(501), null)));
        assertEquals("KHJ", centres.current(org.markaz.core.security.ProgramActor.COMMAND_LINE.actor()).orElseThrow().code());
    }

    @Test
    void secondCentreIsRefusedOnSetup() {
        assertThrows(ValidationException.class, () -> test.services().get(SetupService.class).createCentre(details("IST"),
                new StaffDetails("Нав", null, null, true), new NewAccount("nav", org.markaz.core.security.Role.ADMINISTRATOR,
                        org.markaz.core.i18n.Language.TAJIK, "parol-2026".toCharArray())));
        assertEquals(1, test.count("centre"));
    }
}
