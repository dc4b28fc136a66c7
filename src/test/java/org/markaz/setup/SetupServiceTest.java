package org.markaz.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.core.ValidationException;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Role;
import org.markaz.core.staff.SignInResult;
import org.markaz.core.centre.CentreDetails;
import org.markaz.core.staff.NewAccount;
import org.markaz.core.staff.StaffDetails;
import org.markaz.testsupport.TestServices;

class SetupServiceTest {

    private final TestServices test = TestServices.inMemory();

    @AfterEach
    void close() {
        test.close();
    }

    private static final CentreDetails CENTRE = new CentreDetails("Маркази Душанбе 1", "DSH", "ш. Душанбе", "кӯчаи Рӯдакӣ 10", null);

    @Test
    void centreAndFirstAdministratorAreCreatedTogether() {
        test.services().get(SetupService.class).createCentre(CENTRE, new StaffDetails("Сабрина Исмоилова", null, null, true),
                new NewAccount("sabrina", Role.ADMINISTRATOR, Language.TAJIK, "parol-2026".toCharArray()));
        assertEquals("DSH", test.services().centres().current(org.markaz.core.security.ProgramActor.COMMAND_LINE.actor()).orElseThrow().code());
        assertInstanceOf(SignInResult.SignedIn.class, test.services().accounts().signIn("sabrina", "parol-2026".toCharArray()));
    }

    @Test
    void badAdministratorMeansNoCentreEither() {
        assertThrows(ValidationException.class, () -> test.services().get(SetupService.class).createCentre(CENTRE,
                new StaffDetails("Сабрина Исмоилова", null, null, true),
                new NewAccount("sabrina", Role.ADMINISTRATOR, Language.TAJIK, "short".toCharArray())));
        assertFalse(test.services().centres().isSetUp());
        assertEquals(0, test.count("staff"));
        assertEquals(0, test.count("audit_event"));
    }

    @Test
    void emptyFormWritesNothing() {
        assertThrows(ValidationException.class, () -> test.services().get(SetupService.class).createCentre(
                new CentreDetails("", "", "", "", ""), new StaffDetails("", null, null, true),
                new NewAccount("", Role.ADMINISTRATOR, Language.TAJIK, new char[0])));
        assertFalse(test.services().centres().isSetUp());
    }
}
