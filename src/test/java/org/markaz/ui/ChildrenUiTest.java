package org.markaz.ui;

import org.markaz.admissions.AdmissionsService;
import org.markaz.children.ChildrenService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.children.BirthCertificate;
import org.markaz.children.ChildConfirmations;
import org.markaz.children.ChildDetails;
import org.markaz.shared.ChildRow;
import org.markaz.children.FamilyDetails;
import org.markaz.children.Settlement;
import org.markaz.shared.Sex;
import org.markaz.core.security.Actor;
import org.testfx.framework.junit5.Start;

class ChildrenUiTest extends UiTestSupport {

    @Start
    void start(Stage stage) {
        startWindow(stage, true);
    }

    private long aFamilyWithAChild(String childName) {
        Actor admin = administrator();
        long familyId = services().get(ChildrenService.class).createFamily(admin, new FamilyDetails("кӯчаи Ленин 3", "Спитамен", null,
                Settlement.RURAL, null, false, true, false, false, false, null));
        services().get(ChildrenService.class).saveChild(admin, null, new ChildDetails(familyId, childName, Sex.F, LocalDate.of(2022, 6, 1),
                BirthCertificate.HAS, null, null), ChildConfirmations.NONE);
        return familyId;
    }

    /** Types a date into a date picker's text field and moves on, which is when the picker takes it. */
    private void typeDate(String query, String date) {
        TextField editor = lookup(query).queryAs(DatePicker.class).getEditor();
        scrollIntoView(editor);
        clickOn(editor);
        interact(editor::selectAll);
        write(date);
        push(KeyCode.TAB);
        waitUntilIdle();
    }

    @SuppressWarnings("unchecked")
    private TableView<ChildRow> results() {
        return lookup("#childResults").queryAs(TableView.class);
    }

    private void openChildrenAs(String username) {
        signIn(username, DEMO_PASSWORD);
        clickAndWait("#nav-children");
    }

    /** As the administrator, the card of the child aFamilyWithAChild("Меҳрангез Қодирова") made, found by typing. */
    private void openTheCardOfMehrangez() {
        openChildrenAs("admin");
        typeInto("#childSearch", "меҳранг");
        waitUntilIdle();
        clickRow("#childResults", 0);
        waitUntilIdle();
    }

    private void openTheServicesOfMehrangez() {
        openTheCardOfMehrangez();
        openTab("servicesTab");
    }

    /** What the cells of the table wrap over lines (Cells.wrapping), each whole. */
    private java.util.List<String> wrappedTexts(String tableQuery) {
        return lookup(tableQuery + " .table-cell").queryAll().stream()
                .flatMap(cell -> cell.lookupAll(".wrapping-cell-text").stream())
                .map(text -> ((javafx.scene.text.Text) text).getText()).toList();
    }

    /** Whether every column of the table is within its width, none pushed out of sight sideways. */
    private static boolean columnsFit(TableView<?> table) {
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        return columns <= table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() + 1;
    }

    @Test
    void typingPartOfACyrillicNameFindsTheChildAndOpensTheCards() {
        aFamilyWithAChild("Меҳрангез Қодирова");
        openChildrenAs("admin");

        typeInto("#childSearch", "меҳранг"); // "меҳран" finds Меҳрона too (о = а, ADR 0012)
        waitUntilIdle();

        assertEquals(1, results().getItems().size());
        clickRow("#childResults", 0);
        waitUntilIdle();
        assertEquals("Меҳрангез Қодирова", textOf("#childName"));
        assertTrue(textOf("#cardTitle").startsWith("Меҳрангез Қодирова"), textOf("#cardTitle"));
        openTab("familyTab");
        assertEquals("Спитамен", textOf("#familyDistrict"));
    }

    /** ControlsFX's picker of the mother says "Search..." in English of itself; Markaz gives it the user's language. */
    @Test
    void theMothersPickerSearchesInTheUsersLanguage() {
        aFamilyWithAChild("Меҳрангез Қодирова");
        openTheServicesOfMehrangez();

        interact(() -> lookup("#admitService").<org.markaz.shared.ServiceType>queryComboBox().getSelectionModel()
                .select(org.markaz.shared.ServiceType.MOTHER_AND_BABY));
        waitUntilIdle();

        javafx.scene.Node picker = lookup("#admitMother").query();
        TextField search = (TextField) arriving(() -> java.util.Optional.ofNullable(picker.lookup(".combo-box-search")),
                "the mother's picker's search field");
        assertEquals(shellLanguage().text("admissions.motherSearch"), search.getPromptText());
        // the field has the focus while the picker is open, and JavaFX hides a focused field's hint
        clickOn(picker);
        waitUntilIdle();
        assertTrue(search.isFocused(), "the open picker types into its search field");
        javafx.scene.text.Text hint = (javafx.scene.text.Text) search.lookupAll(".text").stream()
                .filter(node -> node instanceof javafx.scene.text.Text text && search.getPromptText().equals(text.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("the hint is drawn"));
        assertTrue(hint.isVisible() && !javafx.scene.paint.Color.TRANSPARENT.equals(hint.getFill()),
                "the hint is seen while the user types the mother's name");
    }

    /**
     * Issue 9 #4 and #6: a mother-and-baby stay names the mother beside the service; the column is
     * as wide as that, not cut to the table's width (it was, with the end dates beside it empty).
     */
    @Test
    void aMotherAndBabyStayShowsTheServiceAndTheMotherWhole() {
        long familyId = aFamilyWithAChild("Меҳрангез Қодирова");
        Actor admin = administrator();
        long childId = services().get(ChildrenService.class).search(admin, "Меҳрангез", true).get(0).id();
        long mother = services().get(ChildrenService.class).addCarer(admin, familyId, "Гулчеҳра Раҳмонбердиева", null);
        services().get(AdmissionsService.class).admit(admin, new org.markaz.admissions.Admission(childId, null,
                org.markaz.shared.ServiceType.MOTHER_AND_BABY, mother, null, today(), today().plusDays(60), false, null));
        openTheServicesOfMehrangez();

        TableView<?> stays = lookup("#enrolments").queryAs(TableView.class);
        String stay = (String) stays.getVisibleLeafColumns().get(0).getCellData(0);
        assertTrue(stay.contains("Гулчеҳра Раҳмонбердиева"), stay);
        java.util.List<String> shown = wrappedTexts("#enrolments");
        assertTrue(shown.contains(stay), "the service and the mother, not cut: " + shown);
        assertTrue(columnsFit(stays), "the end dates beside it are not pushed out of sight");
    }

    /** The referrals beside the card: a long source and decision wrap rather than push the last column out of sight. */
    @Test
    void aChildsReferralsFitTheirTable() {
        aFamilyWithAChild("Меҳрангез Қодирова");
        Actor admin = administrator();
        long childId = services().get(ChildrenService.class).search(admin, "Меҳрангез", true).get(0).id();
        AdmissionsService admissions = services().get(AdmissionsService.class);
        long referral = admissions.recordReferral(admin, new org.markaz.admissions.ReferralDetails(childId, today().minusDays(9),
                org.markaz.admissions.ReferralSource.CRU, "Модари ҷавон бе ҷои зист", "ШҲК-2026/41"));
        admissions.decideReferral(admin, referral, org.markaz.admissions.ReferralDecision.ACCEPTED, today().minusDays(2));
        openTheCardOfMehrangez();

        openTab("referralsTab");

        assertTrue(columnsFit(lookup("#referrals").queryAs(TableView.class)), "the decision is not pushed out of sight");
        java.util.List<String> shown = wrappedTexts("#referrals");
        assertTrue(shown.contains(shellLanguage().text(org.markaz.admissions.ReferralSource.CRU.nameKey())),
                "the source whole: " + shown);
    }

    @Test
    void latinLettersFindACyrillicName() {
        aFamilyWithAChild("Меҳрангез Қодирова");
        openChildrenAs("admin");

        typeInto("#childSearch", "qodirova");
        waitUntilIdle();

        assertEquals("Меҳрангез Қодирова", results().getItems().get(0).fullName());
    }

    /** Issue 9 #1: the record just saved is the one shown and selected, so what the user does next lands on it. */
    @Test
    void aNewFamilyAndChildAreSavedAndStayShownAndSelected() {
        java.util.Set<String> codesBefore = new java.util.HashSet<>(services().get(ChildrenService.class)
                .search(administrator(), "", true).stream().map(ChildRow::familyCode).toList());
        openChildrenAs("admin");
        typeInto("#childSearch", "KHJ-0005");
        waitUntilIdle();
        clickRow("#childResults", 0);
        waitUntilIdle();

        clickAndWait("#newFamily");
        assertEquals(shellLanguage().text("children.newFamily"), textOf("#cardTitle"));
        javafx.scene.control.TabPane tabs = lookup("#cardTabs").queryAs(javafx.scene.control.TabPane.class);
        assertEquals("familyTab", tabs.getSelectionModel().getSelectedItem().getId());
        assertTrue(tabs.getTabs().get(0).isDisable(), "a new family shows no child form");
        typeInto("#familyDistrict", "Исфара");
        scrollAndClick("#saveFamily");
        waitUntilIdle();
        java.util.regex.Matcher shownCode = java.util.regex.Pattern.compile("KHJ-\\d{4}").matcher(textOf("#cardTitle"));
        assertTrue(shownCode.find(), textOf("#cardTitle"));
        String code = shownCode.group();
        assertFalse(codesBefore.contains(code), code + " is a new family's code");
        assertEquals(shellLanguage().text("children.cardOfFamily", code), textOf("#cardTitle"));
        assertNotice(shellLanguage().text("children.familySaved", code));

        clickAndWait("#newChild");
        typeInto("#childName", "Фарзона Каримова");
        choose("#childSex", shellLanguage().text("sex.female"));
        typeDate("#childBorn", "01.02.2023");
        scrollAndClick("#saveChild");
        waitUntilIdle();

        assertNotice(shellLanguage().text("children.childSaved", "Фарзона Каримова"));
        assertEquals(shellLanguage().text("children.cardOfChild", "Фарзона Каримова", code), textOf("#cardTitle"));
        assertEquals("Фарзона Каримова", results().getSelectionModel().getSelectedItem().fullName(),
                "the new child is selected in the list, not the child selected before");
        java.util.List<ChildRow> saved = services().get(ChildrenService.class).search(administrator(), "фарзона", false);
        assertEquals(1, saved.size());
        assertEquals(code, saved.get(0).familyCode());
    }

    @Test
    void aBlankNameIsRefusedWithAMessageAndNothingIsWritten() {
        long familyId = aFamilyWithAChild("Меҳрангез Қодирова");
        openChildrenAs("admin");
        typeInto("#childSearch", "меҳран");
        waitUntilIdle();
        clickRow("#childResults", 0);
        waitUntilIdle();
        clickAndWait("#newChild");
        typeInto("#childName", "   ");
        choose("#childSex", shellLanguage().text("sex.male"));
        typeDate("#childBorn", "01.02.2023");
        scrollAndClick("#saveChild");
        waitUntilIdle();

        assertEquals(shellLanguage().text("error.required", new org.markaz.core.Validation.FieldName("field.fullName")),
                textOf("#childMessage"));
        saveScreen("children-blank-name-refused");
        assertEquals(1, services().get(ChildrenService.class).family(administrator(), familyId).orElseThrow().children().size());
    }

    @Test
    void aShortStayIsAdmittedAndTheChildDischargedHomeFromTheCard() {
        aFamilyWithAChild("Меҳрангез Қодирова");
        openChildrenAs("admin");
        typeInto("#childSearch", "меҳран");
        waitUntilIdle();
        clickRow("#childResults", 0);
        waitUntilIdle();
        openTab("servicesTab");

        choose("#admitService", shellLanguage().text("service.shortStay7Day"));
        typeDate("#admitPlannedEnd", shellLanguage().formatDate(today().plusMonths(2)));
        scrollAndClick("#admit");
        waitUntilIdle();
        assertNotice(shellLanguage().text("admissions.admitted"));

        clickRow("#enrolments", 0);
        choose("#dischargeOutcome", shellLanguage().text("outcome.returnedToParents"));
        scrollAndClick("#discharge");
        waitUntilIdle();
        assertNotice(shellLanguage().text("admissions.discharged"));
        assertEquals("", textOf("#dischargeMessage"));
        long childId = results().getItems().get(0).id();
        assertEquals(org.markaz.shared.DischargeOutcome.RETURNED_TO_PARENTS,
                services().get(AdmissionsService.class).enrolments(administrator(), childId).get(0).outcome());
    }

    @Test
    void aSecondOverlappingStayIsRefusedWithAMessage() {
        aFamilyWithAChild("Меҳрангез Қодирова");
        openChildrenAs("admin");
        typeInto("#childSearch", "меҳран");
        waitUntilIdle();
        clickRow("#childResults", 0);
        waitUntilIdle();
        openTab("servicesTab");
        for (int i = 0; i < 2; i++) {
            choose("#admitService", shellLanguage().text("service.shortStay7Day"));
            typeDate("#admitPlannedEnd", shellLanguage().formatDate(today().plusMonths(2)));
            scrollAndClick("#admit");
            waitUntilIdle();
        }
        assertEquals(shellLanguage().text("error.residentialOverlap"), textOf("#admitMessage"),
                "the refusal shows right under the Admit button");
        long childId = results().getItems().get(0).id();
        assertEquals(1, services().get(AdmissionsService.class).enrolments(administrator(), childId).size());
    }

    @Test
    void bookkeepersFindFamiliesWithTheirSummaryButNoChildsRecord() {
        aFamilyWithAChild("Меҳрангез Қодирова");
        openChildrenAs("bookkeeper");
        assertFalse(isShown("#searchModes"), "families only");
        assertFalse(isShown("#cardTabs"));
        typeInto("#childSearch", "спитамен");
        waitUntilIdle();

        assertFalse(familyResults().getItems().isEmpty());
        clickOn("KHJ-0026"); // the family of the child above
        waitUntilIdle();
        saveScreen("children-bookkeeper");
        String summary = lookup("#familySummary").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(summary.contains("KHJ-") && summary.contains(": 1: "), "one child, with the age: " + summary);
        assertFalse(summary.contains("Меҳрангез"), "no child's name reaches a bookkeeper");
        assertFalse(isShown("#newFamily"));
        org.markaz.core.security.Actor bookkeeper = signedInActor("bookkeeper", DEMO_PASSWORD);
        long childId = services().get(ChildrenService.class).search(administrator(), "меҳран", false).get(0).id();
        assertThrows(org.markaz.core.security.AccessDeniedException.class,
                () -> services().get(ChildrenService.class).child(bookkeeper, childId));
        saveScreen("children-bookkeeper");
    }

    @Test
    void aFamilyWithoutChildrenIsFoundUnderFamiliesAndItsCardOpens() {
        openChildrenAs("admin");
        typeInto("#childSearch", "KHJ-0025");
        waitUntilIdle();
        assertTrue(results().getItems().isEmpty());
        String hint = ((javafx.scene.control.Label) results().getPlaceholder()).getText();
        assertTrue(java.util.Arrays.stream(org.markaz.core.i18n.Language.values())
                .map(language -> new org.markaz.core.i18n.Localization(language).text("children.noneTryFamilies"))
                .anyMatch(hint::equals), "points to the families: " + hint);

        clickAndWait("#familiesMode");
        assertEquals(1, familyResults().getItems().size());
        clickOn("#childSearch");
        push(KeyCode.DOWN); // from the search box into the list, as in any search field
        waitUntilIdle();
        assertTrue(lookup("#cardTitle").queryAs(javafx.scene.control.Label.class).getText().endsWith("KHJ-0025"),
                "the family's card is open");
        assertTrue(isShown("#saveFamily"));
        saveScreen("children-family-mode");
    }

    @SuppressWarnings("unchecked")
    private TableView<org.markaz.shared.FamilyRow> familyResults() {
        return lookup("#familyResults").queryAs(TableView.class);
    }
}
