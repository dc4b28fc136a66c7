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
                BirthCertificate.HAS, null, null), false);
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
        assertEquals("Спитамен", textOf("#familyDistrict"));
    }

    @Test
    void latinLettersFindACyrillicName() {
        aFamilyWithAChild("Меҳрангез Қодирова");
        openChildrenAs("admin");

        typeInto("#childSearch", "qodirova");
        waitUntilIdle();

        assertEquals("Меҳрангез Қодирова", results().getItems().get(0).fullName());
    }

    @Test
    void aNewFamilyAndChildAreSavedFromTheScreen() {
        openChildrenAs("admin");
        clickAndWait("#newFamily");
        typeInto("#familyDistrict", "Исфара");
        scrollAndClick("#saveFamily");
        waitUntilIdle();
        assertTrue(textOf("#familyCode").startsWith("KHJ-"), textOf("#familyCode"));

        typeInto("#childName", "Фарзона Каримова");
        choose("#childSex", shellLanguage().text("sex.female"));
        typeDate("#childBorn", "01.02.2023");
        scrollAndClick("#saveChild");
        waitUntilIdle();

        assertEquals(shellLanguage().text("children.childSaved"), textOf("#childrenMessage"));
        assertEquals(1, services().get(ChildrenService.class).search(administrator(), "фарзона", false).size());
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
                textOf("#childrenMessage"));
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

        choose("#admitService", shellLanguage().text("service.shortStay7Day"));
        typeDate("#admitPlannedEnd", shellLanguage().formatDate(today().plusMonths(2)));
        scrollAndClick("#admit");
        waitUntilIdle();
        assertEquals(shellLanguage().text("admissions.admitted"), textOf("#admissionsMessage"));

        clickRow("#enrolments", 0);
        choose("#dischargeOutcome", shellLanguage().text("outcome.returnedToParents"));
        scrollAndClick("#discharge");
        waitUntilIdle();
        assertEquals(shellLanguage().text("admissions.discharged"), textOf("#admissionsMessage"));
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
        for (int i = 0; i < 2; i++) {
            choose("#admitService", shellLanguage().text("service.shortStay7Day"));
            typeDate("#admitPlannedEnd", shellLanguage().formatDate(today().plusMonths(2)));
            scrollAndClick("#admit");
            waitUntilIdle();
        }
        assertEquals(shellLanguage().text("error.residentialOverlap"), textOf("#admissionsMessage"));
        long childId = results().getItems().get(0).id();
        assertEquals(1, services().get(AdmissionsService.class).enrolments(administrator(), childId).size());
    }

    @Test
    void bookkeepersCannotOpenAChildsRecord() {
        aFamilyWithAChild("Меҳрангез Қодирова");
        openChildrenAs("bookkeeper");
        typeInto("#childSearch", "меҳран");
        waitUntilIdle();

        assertTrue(results().getItems().isEmpty(), "no child's record reaches a bookkeeper");
        assertFalse(isShown("#newFamily"));
        org.markaz.core.security.Actor bookkeeper = signedInActor("bookkeeper", DEMO_PASSWORD);
        long childId = services().get(ChildrenService.class).search(administrator(), "меҳран", false).get(0).id();
        assertThrows(org.markaz.core.security.AccessDeniedException.class,
                () -> services().get(ChildrenService.class).child(bookkeeper, childId));
    }
}
