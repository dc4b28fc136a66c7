package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.core.audit.AuditEntry;
import org.markaz.core.audit.AuditFilter;
import org.markaz.core.i18n.Localization;
import org.testfx.framework.junit5.Start;

class AuditLogUiTest extends UiTestSupport {

    @Start
    void start(Stage stage) {
        startWindow(stage, true);
    }

    @Test
    void theSampleLoadIsListedWithItsCount() {
        openAuditLog();

        assertTrue(entries().getItems().stream().anyMatch(e -> e.actor().equals("sample data")));
        String sampleInUsersWords = shellLanguage().text("actor.sampleData");
        assertTrue(lookup(".table-cell").queryAll().stream()
                        .anyMatch(cell -> cell instanceof javafx.scene.control.Labeled l && sampleInUsersWords.equals(l.getText())),
                "the program's own changes are named in the user's language");
        int total = services().audit().search(administrator(), AuditFilter.everything(), 0).totalCount();
        Localization shown = shellLanguage();
        assertTrue(total > 0);
        assertTrue(textOf("#auditPageText").contains(shown.formatNumber(total)), textOf("#auditPageText"));
    }

    @Test
    void choosingAUserNarrowsTheListAtOnce() {
        signIn("admin", "a-wrong-password");
        openAuditLog();
        int everything = entries().getItems().size();

        choose("#auditUser", shellLanguage().text("actor.signIn")); // no Search needed

        assertFalse(entries().getItems().isEmpty());
        assertTrue(entries().getItems().stream().allMatch(e -> e.actor().equals("sign-in")));
        assertTrue(entries().getItems().size() < everything,
                "only the wrong password, recorded by sign-in, is left of the sample's many changes");
    }

    @Test
    void aSelectedEntryShowsBeforeAndAfterWithThePasswordHidden() {
        openAuditLog();
        choose("#auditTable", shellLanguage().text("audit.table.appUser"));
        clickAndWait("#auditSearch");
        assertFalse(entries().getItems().isEmpty());

        clickRow("#auditEntries", 0);

        waitUntilIdle();
        Localization shown = shellLanguage();
        java.util.List<org.markaz.audit.AuditLogViewModel.ChangeRow> details = java.util.List.copyOf(
                lookup("#auditDetails").<org.markaz.audit.AuditLogViewModel.ChangeRow>queryTableView().getItems());
        assertFalse(details.isEmpty(), "the entry's fields are listed");
        java.util.Set<String> roles = java.util.Arrays.stream(org.markaz.core.security.Role.values())
                .map(role -> shown.text(role.nameKey())).collect(java.util.stream.Collectors.toSet());
        assertTrue(details.stream().anyMatch(row -> row.field().equals(shown.text("field.role"))
                && roles.contains(row.after())), "roles in words: " + details);
        assertTrue(details.stream().anyMatch(row -> row.field().equals(shown.text("field.staffId"))
                && row.after().matches("\\p{L}.* \\(#\\d+\\)")), "the staff member by name: " + details);
        assertTrue(details.stream().anyMatch(row -> row.after().equals(shown.text("audit.hidden"))), details.toString());
        assertTrue(details.stream().noneMatch(row -> row.after().contains("pbkdf2")), "no password hash is shown");
        // beside the list there is room for a third of the window: a value wraps rather than being cut
        java.util.List<String> shownTexts = lookup("#auditDetails .table-cell").queryAll().stream()
                .flatMap(cell -> ((javafx.scene.Parent) cell).getChildrenUnmodifiable().stream())
                .filter(javafx.scene.text.Text.class::isInstance).map(text -> ((javafx.scene.text.Text) text).getText())
                .filter(text -> !text.isEmpty()).toList();
        assertTrue(shownTexts.stream().noneMatch(text -> text.endsWith("...")), "nothing cut: " + shownTexts);
        String staffMember = details.stream().filter(row -> row.field().equals(shown.text("field.staffId")))
                .findFirst().orElseThrow().after();
        assertTrue(shownTexts.contains(staffMember), staffMember + " whole in " + shownTexts);
    }

    /** "Recorded by", "closed by": when the program itself did it, it is named in the user's words there too. */
    @Test
    void theProgramActingIsNamedInTheUsersWordsInAnEntrysFields() {
        services().get(org.markaz.register.RegisterService.class)
                .closeDay(org.markaz.core.security.ProgramActor.SAMPLE_DATA.actor(), today().minusDays(1));
        openAuditLog();
        choose("#auditTable", shellLanguage().text("audit.table.registerDay"));
        clickAndWait("#auditSearch");

        clickRow("#auditEntries", 0);

        waitUntilIdle();
        java.util.List<String> values = lookup("#auditDetails").<org.markaz.audit.AuditLogViewModel.ChangeRow>queryTableView()
                .getItems().stream().map(org.markaz.audit.AuditLogViewModel.ChangeRow::after).toList();
        assertTrue(values.contains(shellLanguage().text("actor.sampleData")), values.toString());
        assertFalse(values.contains("sample data"), values.toString());
    }

    private void openAuditLog() {
        signIn("admin", DEMO_PASSWORD);
        clickAndWait("#nav-audit");
        assertTrue(isShown("#auditEntries"));
        assertFalse(entries().getItems().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private TableView<AuditEntry> entries() {
        return lookup("#auditEntries").queryAs(TableView.class);
    }
}
