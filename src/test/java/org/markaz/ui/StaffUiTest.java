package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.core.Validation.FieldName;
import org.markaz.core.i18n.Language;
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

    /** JavaFX's own right-click menu of a text field is English; Markaz's speaks the user's language, and its commands work. */
    @Test
    void aTextFieldsRightClickMenuSpeaksTajikAndItsCommandsWork() {
        services().accounts().changeOwnLanguage(signedInActor("admin", DEMO_PASSWORD), Language.TAJIK);
        openStaffAs("admin");
        typeInto("#staffFullName", "Сайфуллоев");
        TextField field = lookup("#staffFullName").queryAs(TextField.class);

        ContextMenu menu = rightClickMenuOf(field);
        List<String> items = menu.getItems().stream().map(MenuItem::getText).filter(java.util.Objects::nonNull).toList();
        assertEquals(List.of("Бекор кардани амал", "Такрори амал", "Буридан", "Нусха бардоштан", "Гузоштан", "Нест кардан",
                "Ҳамаро интихоб кардан"), items);
        assertTrue(itemOf(menu, "Нусха бардоштан").isDisable(), "nothing selected: nothing to copy");
        interact(() -> itemOf(menu, "Ҳамаро интихоб кардан").fire());
        assertEquals("Сайфуллоев", field.getSelectedText());
        interact(menu::hide);

        ContextMenu again = rightClickMenuOf(field);
        assertFalse(itemOf(again, "Нусха бардоштан").isDisable(), "the selection may be copied");
        interact(() -> itemOf(again, "Нест кардан").fire());
        assertEquals("", field.getText());
        interact(again::hide);
    }

    private ContextMenu rightClickMenuOf(TextField field) {
        interact(() -> {
            javafx.geometry.Point2D at = field.localToScreen(5, 5);
            field.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, at.getX(), at.getY(), false, null));
        });
        waitUntilIdle();
        return javafx.stage.Window.getWindows().stream().filter(window -> window instanceof ContextMenu && window.isShowing())
                .map(ContextMenu.class::cast).findFirst().orElseThrow(() -> new AssertionError("no menu shown"));
    }

    private static MenuItem itemOf(ContextMenu menu, String text) {
        return menu.getItems().stream().filter(item -> text.equals(item.getText())).findFirst().orElseThrow();
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
