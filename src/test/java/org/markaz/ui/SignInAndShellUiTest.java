package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.staff.AccountService;
import org.testfx.framework.junit5.Start;

class SignInAndShellUiTest extends UiTestSupport {

    /** The shell as users have it: every area built in the background after signing in. */
    @Override
    protected boolean preparesEveryArea() {
        return true;
    }


    @Start
    void start(Stage stage) {
        startWindow(stage, true);
    }

    @Test
    void wrongPasswordSaysHowManyTriesAreLeftAndKeepsTheShellClosed() {
        signIn("admin", "not-the-password");

        assertEquals(english.text("signIn.wrong", AccountService.MAX_FAILED_SIGN_INS - 1), textOf("#signInMessage"));
        assertFalse(isShown("#nav-today"));
        assertTrue(isShown("#signIn"));
        assertEquals("", textOf("#password"), "the wrong password is cleared");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoEvenTheRightOneIsRefused() {
        clickOn("#username").write("keyworker");
        for (int attempt = 1; attempt <= AccountService.MAX_FAILED_SIGN_INS; attempt++) {
            clickOn("#password").write("wrong-" + attempt);
            clickAndWait("#signIn");
        }
        String lockedPrefix = english.text("signIn.locked", "\u0000").split("\u0000")[0];
        assertTrue(textOf("#signInMessage").startsWith(lockedPrefix), textOf("#signInMessage"));

        clickOn("#password").write(DEMO_PASSWORD);
        clickAndWait("#signIn");

        assertTrue(textOf("#signInMessage").startsWith(lockedPrefix), textOf("#signInMessage"));
        assertFalse(isShown("#nav-today"));
    }

    @Test
    void administratorSeesTodaySettingsAndTheAuditLog() {
        signIn("admin", DEMO_PASSWORD);

        Localization shown = shellLanguage();
        assertEquals(shown.text("nav.today"), textOf("#nav-today"));
        assertEquals(shown.text("nav.settings"), textOf("#nav-settings"));
        assertEquals(shown.text("nav.audit"), textOf("#nav-audit"));
        assertTrue(isShown("#backUpTo"));
        assertTrue(textOf("#statusSignedIn").contains("Мадина Раҳимова"), textOf("#statusSignedIn"));
        assertTrue(textOf("#statusSignedIn").contains(shown.text("role.administrator")), textOf("#statusSignedIn"));
    }

    @Test
    void keyWorkerSeesNeitherTheAuditLogNorBackUpTo() {
        signIn("keyworker", DEMO_PASSWORD);

        assertTrue(isShown("#nav-today"));
        assertTrue(isShown("#nav-settings"));
        assertFalse(isShown("#nav-audit"));
        assertFalse(isShown("#backUpTo"));
    }

    @Test
    void bookkeeperSeesNeitherTheAuditLogNorBackUpTo() {
        signIn("bookkeeper", DEMO_PASSWORD);

        assertTrue(isShown("#nav-today"));
        assertFalse(isShown("#nav-audit"));
        assertFalse(isShown("#backUpTo"));
    }

    @Test
    void directorSeesTheAuditLog() {
        signIn("director", DEMO_PASSWORD);

        assertTrue(isShown("#nav-audit"));
        assertEquals(shellLanguage().text("nav.audit"), textOf("#nav-audit"));
    }

    /** Issue 9 #11: what a director may not change reads as text, without a box inviting typing, and has no Save. */
    @Test
    void theDirectorsCentreDetailsLookReadOnly() {
        signIn("director", DEMO_PASSWORD);
        clickAndWait("#nav-settings");
        javafx.scene.control.TextField name = lookup("#centreName").queryAs(javafx.scene.control.TextField.class);
        assertFalse(name.isEditable());
        javafx.scene.paint.Paint fill = name.getBackground() == null || name.getBackground().getFills().isEmpty()
                ? javafx.scene.paint.Color.TRANSPARENT : name.getBackground().getFills().get(0).getFill();
        assertEquals(javafx.scene.paint.Color.TRANSPARENT, fill, "no white box around a field that cannot be changed");
        assertFalse(isShown("#saveCentre"));
    }

    @Test
    void aboutSaysTheVersionAndDataFolderAndCopiesThemForSupport() throws Exception {
        signIn("bookkeeper", DEMO_PASSWORD);
        clickAndWait("#nav-settings");
        clickOn(lookup(".tab").match(node -> "tab-about".equals(node.getId())).queryAs(javafx.scene.Node.class));
        waitUntilIdle();
        String details = lookup("#aboutDetails").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(details.contains(dataDir.toAbsolutePath().toString()), details);
        assertTrue(details.contains(System.getProperty("java.version")), details);
        clickAndWait("#copyForSupport");
        String copied = org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(details, copied);
        java.util.Set<String> copiedSaid = java.util.Arrays.stream(org.markaz.core.i18n.Language.values())
                .map(language -> new org.markaz.core.i18n.Localization(language).text("about.copied"))
                .collect(java.util.stream.Collectors.toSet()); // in the bookkeeper's language, whichever it is
        org.testfx.util.WaitForAsyncUtils.waitFor(3, java.util.concurrent.TimeUnit.SECONDS, () -> lookup(
                (javafx.scene.Node node) -> node instanceof javafx.scene.control.Labeled labeled
                        && copiedSaid.contains(labeled.getText())).tryQuery().isPresent());
    }

    @Test
    void ctrlEightOpensSettings() {
        signIn("admin", DEMO_PASSWORD);
        assertTrue(lookup("#nav-today").queryAs(ToggleButton.class).isSelected());

        press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        waitUntilIdle();

        assertTrue(lookup("#nav-settings").queryAs(ToggleButton.class).isSelected());
        assertTrue(lookup(".tab-pane").tryQueryAs(TabPane.class).isPresent(), "the Settings tabs are shown");
        assertTrue(isShown("#tab-staff") || lookup("#staffTable").tryQuery().isPresent());
    }

    @Test
    void aCentreRenamedInSettingsShowsInTheWindowOnceAnotherAreaIsOpened() {
        signIn("admin", DEMO_PASSWORD);
        clickAndWait("#nav-settings");
        typeInto("#centreName", "Маркази Истаравшан");
        clickAndWait("#saveCentre");
        clickAndWait("#nav-today");

        assertEquals("Маркази Истаравшан", textOf("#shellCentreName"));
    }

    @Test
    void choosingTajikShowsTheShellAgainInTajik() {
        assumeTrue(getClass().getResource("/org/markaz/i18n/messages_tg.properties") != null,
                "messages_tg.properties is not written yet");
        signIn("admin", DEMO_PASSWORD);
        Localization tajik = new Localization(Language.TAJIK);

        choose("#shellLanguage", tajik.text(Language.TAJIK.nameKey()));

        assertEquals(tajik.text("nav.today"), textOf("#nav-today"));
        assertEquals(tajik.text("nav.settings"), textOf("#nav-settings"));
        assertEquals(tajik.text("nav.audit"), textOf("#nav-audit"));
        assertEquals(tajik.text("shell.signOut"), textOf("#signOut"));
        assertEquals(Language.TAJIK, signedInActor("admin", DEMO_PASSWORD).language(), "the choice is saved");
    }

    /** Issue 9 #10, on the sign-in screen too: choosing another language keeps what was typed. */
    @Test
    void choosingALanguageOnTheSignInScreenKeepsTheNameAndPassword() {
        typeInto("#username", "admin");
        typeInto("#password", DEMO_PASSWORD);
        Localization russian = new Localization(Language.RUSSIAN);

        choose("#language", russian.text(Language.RUSSIAN.nameKey()));

        assertEquals(russian.text("signIn.button"), lookup("#signIn").queryButton().getText(), "the form is in Russian");
        assertEquals("admin", lookup("#username").queryTextInputControl().getText());
        assertEquals(DEMO_PASSWORD, lookup("#password").queryTextInputControl().getText());
        clickAndWait("#signIn");
        assertEquals(russian.text("nav.today"), textOf("#nav-today"), "signed in with what was kept, in Russian");
    }

    @Test
    void signOutReturnsToTheSignInScreen() {
        signIn("admin", DEMO_PASSWORD);
        assertTrue(isShown("#nav-today"));

        clickAndWait("#signOut");

        assertTrue(isShown("#signIn"));
        assertFalse(isShown("#nav-today"));
        assertEquals("", textOf("#password"));
    }
}
