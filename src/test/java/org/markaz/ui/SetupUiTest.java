package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.core.Validation.FieldName;
import org.testfx.framework.junit5.Start;

class SetupUiTest extends UiTestSupport {

    @Start
    void start(Stage stage) {
        startWindow(stage, false);
    }

    @Test
    void anEmptyDataFolderShowsTheSetupScreen() {
        assertTrue(isShown("#createCentre"));
        assertTrue(isShown("#openSample"));
        assertFalse(isShown("#signIn"));
        assertEquals(english.text("setup.create.button"), textOf("#createCentre"));
    }

    @Test
    void creatingWithAnEmptyFormSaysWhatIsRequiredAndWritesNothing() {
        scrollAndClick("#createCentre");

        // the first field of the form is the one named
        assertEquals(english.text("error.required", new FieldName("field.centreName")), textOf("#setupMessage"));
        assertFalse(services().centres().isSetUp());
        assertTrue(isShown("#createCentre"));
    }

    @Test
    void differentPasswordsAreRefused() {
        fillValidForm();
        typeInto("#passwordAgain", "another-password");
        scrollAndClick("#createCentre");

        assertEquals(english.text("error.passwordsDiffer"), textOf("#setupMessage"));
        assertFalse(services().centres().isSetUp());
    }

    @Test
    void aValidFormCreatesTheCentreAndItsAdministratorCanSignIn() {
        fillValidForm();
        scrollAndClick("#createCentre");

        assertTrue(services().centres().isSetUp());
        assertEquals("ISF", services().centres().current(org.markaz.core.security.ProgramActor.COMMAND_LINE.actor()).orElseThrow().code());
        assertTrue(isShown("#signIn"));
        assertEquals("Istaravshan FCSC", textOf(".page-title"));

        signIn("n.karimova", "first-admin-password");

        assertTrue(isShown("#nav-today"));
        assertTrue(isShown("#nav-audit"), "the first user is an administrator");
        assertTrue(textOf("#statusSignedIn").contains("Nodira Karimova"), textOf("#statusSignedIn"));
    }

    @Test
    void theSampleCentreLeadsToSignInWithTheKhujandCentre() {
        scrollAndClick("#openSample");

        assertTrue(isShown("#signIn"));
        assertTrue(textOf(".page-title").contains("Хуҷанд"), textOf(".page-title"));
        assertTrue(services().centres().isSetUp());

        signIn("admin", DEMO_PASSWORD);
        assertTrue(isShown("#nav-today"));
    }

    @Test
    void choosingAnotherLanguageKeepsWhatWasTyped() {
        fillValidForm();
        choose("#language", new org.markaz.core.i18n.Localization(org.markaz.core.i18n.Language.TAJIK).text("language.tg"));
        waitUntilIdle();
        assertEquals("Istaravshan FCSC", textOf("#centreName"));
        assertEquals("n.karimova", textOf("#adminUsername"));
        assertEquals("first-admin-password", textOf("#passwordAgain"));
        scrollAndClick("#createCentre");
        assertTrue(services().centres().isSetUp(), "the form kept everything needed to create the centre");
    }

    private void fillValidForm() {
        typeInto("#centreName", "Istaravshan FCSC");
        typeInto("#centreCode", "isf");
        typeInto("#region", "Sughd");
        typeInto("#address", "Istaravshan, 5 Lenin street");
        typeInto("#adminFullName", "Nodira Karimova");
        typeInto("#adminUsername", "n.karimova");
        typeInto("#password", "first-admin-password");
        typeInto("#passwordAgain", "first-admin-password");
    }
}
