package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.core.db.IntegrityCheck;
import org.markaz.core.db.IntegrityCheckTest;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings > Backups: the passphrase; and the repair screen a damaged database opens on. */
class BackupsUiTest extends UiTestSupport {

    @Start
    void start(Stage stage) {
        startWindow(stage, true);
    }

    @Test
    void anAdministratorSetsTheBackupPassphraseAfterAMistypedOne() {
        signIn("admin", DEMO_PASSWORD);
        clickAndWait("#nav-settings");
        clickAndWait(shellLanguage().text("settings.tab.backups"));
        assertEquals(shellLanguage().text("backups.passphrase.notSet"), textOf("#passphraseState"));

        typeInto("#passphrase", "сад гул бод ва борон");
        typeInto("#passphraseAgain", "сад гул бод ва барон");
        clickAndWait("#savePassphrase");
        assertEquals(shellLanguage().text("error.passwordsDiffer"), textOf("#passphraseMessage"));
        assertFalse(services().backups().hasPassphrase(administrator()));

        typeInto("#passphraseAgain", "сад гул бод ва борон");
        clickAndWait("#savePassphrase");
        assertEquals(shellLanguage().text("backups.passphrase.saved"), textOf("#passphraseMessage"));
        assertEquals(shellLanguage().text("backups.passphrase.set"), textOf("#passphraseState"));
        assertTrue(services().backups().hasPassphrase(administrator()));
        assertEquals("", textOf("#passphrase"), "the passphrase does not stay on the screen");
    }

    @Test
    void aDirectorDoesNotSeeThePassphraseOrRestore() {
        signIn("director", DEMO_PASSWORD);
        clickAndWait("#nav-settings");
        clickAndWait(shellLanguage().text("settings.tab.backups"));
        assertFalse(isShown("#savePassphrase"));
        assertFalse(isShown("#restoreBackup"));
    }

    @Test
    void aDamagedDatabaseOpensOnTheRepairScreenWhichPutsTheNewestGoodBackupBack() {
        services().backups().backUpOnExit();
        services().database().dsl().execute("CREATE INDEX staff_broken ON staff (full_name)");
        IntegrityCheckTest.breakIndex(services().database().dataSource(), "STAFF", "STAFF_BROKEN");
        IntegrityCheck.Result damage = IntegrityCheck.run(services().database().dataSource());
        assertFalse(damage.ok());

        interact(() -> window.showRepair(damage));
        waitUntilIdle();
        assertTrue(textOf("#repairFound").contains("STAFF_BROKEN"), textOf("#repairFound"));
        assertTrue(textOf("#repairOffer").startsWith(english.text("repair.offer", "", "").substring(0, 20)),
                textOf("#repairOffer"));
        assertFalse(lookup("#repairRestore").queryAs(Button.class).isDisabled());

        clickOn("#repairRestore");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(english.text("dialog.yes"));
        waitUntilIdle();
        assertTrue(isShown("#signIn"), "back to signing in, on the backup's data");
        assertTrue(IntegrityCheck.run(services().database().dataSource()).ok());
        assertTrue(services().backups().automaticBackups().size() >= 1);
    }
}
