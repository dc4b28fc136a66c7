package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.core.Validation.FieldName;
import org.markaz.core.i18n.Localization;
import org.markaz.core.staff.SignInResult;
import org.markaz.core.staff.StaffMember;
import org.testfx.framework.junit5.Start;

class StaffUiTest extends UiTestSupport {

    @Start
    void start(Stage stage) {
        startWindow(stage, true);
    }

    @Test
    void administratorAddsAStaffMemberWithAnAccountWhoCanThenSignIn() {
        openStaffAs("admin");
        int before = staffCount();

        addMember("Sitora Ahmedova", "s.ahmedova", "new-member-password");

        assertEquals(shellLanguage().text("settings.saved"), textOf("#staffMessage"));
        assertTrue(staffTable().getItems().stream().anyMatch(m -> m.fullName().equals("Sitora Ahmedova")
                && "s.ahmedova".equals(m.username())), "the new member is listed");
        assertEquals(before + 1, staffCount());
        assertInstanceOf(SignInResult.SignedIn.class,
                services().accounts().signIn("s.ahmedova", "new-member-password".toCharArray()));
    }

    @Test
    void aUsernameAlreadyTakenIsRefusedAndNoSecondMemberIsWritten() {
        openStaffAs("admin");
        addMember("Sitora Ahmedova", "s.ahmedova", "new-member-password");
        int before = staffCount();

        clickAndWait("#staffNew");
        addMember("Sitora Ahmedova Two", "s.ahmedova", "other-password");

        assertEquals(shellLanguage().text("error.usernameTaken", "s.ahmedova"), textOf("#staffMessage"));
        assertEquals(before, staffCount(), "no staff row without its account");
        assertEquals(before, staffTable().getItems().size());
    }

    @Test
    void aNameOfTwoHundredAndOneCharactersIsRefused() {
        openStaffAs("admin");
        int before = staffCount();

        addMember("Ш".repeat(201), "", "");

        Localization shown = shellLanguage();
        assertEquals(shown.text("error.tooLong", new FieldName("field.fullName"), 200), textOf("#staffMessage"));
        assertEquals(before, staffCount());
    }

    @Test
    void aNameWiderThanItsColumnIsShownWholeInATooltip() {
        openStaffAs("admin");
        String longName = "Гулчеҳра Абдуқаҳҳоровна Муҳаммадиқболзода-Сайфуллоева Раҳимҷонова Хуҷандӣ";

        addMember(longName, "", "");

        TableView<StaffMember> table = staffTable();
        int row = table.getItems().stream().map(StaffMember::fullName).toList().indexOf(longName);
        assertTrue(row >= 0, "the new member is listed");
        interact(() -> table.scrollTo(row));
        TableCell<?, ?> cell = (TableCell<?, ?>) arriving(() -> lookup(".table-cell").queryAll().stream()
                .filter(node -> node instanceof TableCell<?, ?> shown && longName.equals(shown.getText())).findFirst(),
                "the long name's cell");
        assertTrue(cell.getTableColumn().getWidth() < 400, "a value column stops growing: " + cell.getTableColumn().getWidth());
        assertNotNull(cell.getTooltip(), "the cut name has a tooltip");
        assertEquals(longName, cell.getTooltip().getText());
    }

    @Test
    void directorSeesTheStaffButCannotChangeThem() {
        openStaffAs("director");

        assertFalse(staffTable().getItems().isEmpty());
        assertTrue(lookup("#staffFullName").query().isDisabled(), "the form is disabled");
        assertTrue(lookup("#staffUsername").query().isDisabled());
        assertFalse(isShown("#staffSave"), "no Save button");
    }

    private void openStaffAs(String username) {
        signIn(username, DEMO_PASSWORD);
        clickAndWait("#nav-settings");
        clickAndWait(shellLanguage().text("settings.tab.staff"));
        assertTrue(isShown("#staffTable"));
    }

    private void addMember(String fullName, String username, String password) {
        typeInto("#staffFullName", fullName);
        typeInto("#staffUsername", username);
        typeInto("#staffNewPassword", password);
        typeInto("#staffNewPasswordAgain", password);
        scrollAndClick("#staffSave");
    }

    @SuppressWarnings("unchecked")
    private TableView<StaffMember> staffTable() {
        return lookup("#staffTable").queryAs(TableView.class);
    }

    private int staffCount() {
        return services().staff().list(administrator()).size();
    }
}
