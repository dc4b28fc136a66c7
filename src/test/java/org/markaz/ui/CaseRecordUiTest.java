package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.cases.CarePlanService;
import org.markaz.cases.CaseOpening;
import org.markaz.cases.CaseRecordService;
import org.markaz.cases.CaseType;
import org.markaz.cases.CaseloadResult;
import org.markaz.cases.CaseloadService;
import org.markaz.cases.Indicator;
import org.markaz.cases.PlanStatus;
import org.markaz.children.ChildrenService;
import org.markaz.core.security.Actor;
import org.testfx.framework.junit5.Start;

/** A key worker assesses and drafts a plan on screen; a director approves it there. */
class CaseRecordUiTest extends UiTestSupport {

    @Start
    void start(Stage stage) {
        startWindow(stage, true);
    }

    private long oneCaseOfGulnoras() {
        Actor director = signedInActor("director", DEMO_PASSWORD);
        CaseloadService caseloads = services().get(CaseloadService.class);
        long gulnora = caseloads.keyWorkers(director).stream().filter(w -> w.name().equals("Гулнора Саидова")).findFirst()
                .orElseThrow().staffId();
        var child = services().get(ChildrenService.class).search(director, "", false).get(0);
        return ((CaseloadResult.Done) caseloads.open(director, new CaseOpening(child.familyId(), null, CaseType.PROGRAMME,
                Set.of(child.id()), gulnora, today().minusDays(14), false))).caseId();
    }

    private void typeDate(String query, String date) {
        javafx.scene.control.TextField editor = lookup(query).queryAs(javafx.scene.control.DatePicker.class).getEditor();
        scrollIntoView(editor);
        clickOn(editor);
        interact(editor::selectAll);
        write(date);
        push(KeyCode.TAB);
        waitUntilIdle();
    }

    private void openTheCase() {
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntilIdle();
        clickRow(lookup("#myCases").tryQuery().isPresent() && isShown("#myCases") ? "#myCases" : "#unassignedCases", 0);
        clickOn("#openCase");
        waitUntilIdle();
    }

    @Test
    void aKeyWorkerAssessesAndDraftsAPlanAndTheDirectorApprovesIt() {
        long caseId = oneCaseOfGulnoras();
        signIn("keyworker", DEMO_PASSWORD);
        openTheCase();
        assertTrue(textOf("#caseTitle").startsWith("KHJ-"));

        openTab("tab-assessment");
        typeInto("#growDevelop", "Кӯдак хуб мерӯяд");
        clickOn("#score-SAFE");
        type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER);
        waitUntilIdle();
        saveScreen("case-assessment");
        clickOn("#saveAssessment");
        waitUntilIdle();
        Actor keyworker = signedInActor("keyworker", DEMO_PASSWORD);
        assertEquals(2, services().get(CaseRecordService.class).assessment(keyworker, caseId).orElseThrow().scores()
                .get(Indicator.SAFE).score());

        openTab("tab-plan");
        clickOn("#saveDraft");
        waitUntilIdle();
        assertEquals(shellLanguage().text("error.planWithoutAction"), textOf("#caseMessage"));
        choose("#actionIndicator", shellLanguage().text("indicator.healthy"));
        typeInto("#actionNeed", "Ғизои солим");
        typeInto("#actionOutcome", "Вазн меафзояд");
        typeInto("#actionWhat", "Ғизои кӯдакона медиҳем");
        typeInto("#actionHow", "Вазн дар дафтар");
        typeDate("#actionByWhen", shellLanguage().formatDate(today().plusMonths(1)));
        typeInto("#actionWho", "Гулнора Саидова");
        clickOn("#addAction");
        waitUntilIdle();
        clickOn("#saveDraft");
        waitUntilIdle();
        saveScreen("case-plan-draft");
        var versions = services().get(CarePlanService.class).plans(keyworker, caseId);
        assertEquals(1, versions.size());
        assertEquals(1, versions.get(0).actions());
        assertFalse(isShown("#approvePlan") && lookup("#approvePlan").query().isVisible(), "a key worker does not approve");

        clickOn("#signOut");
        waitUntilIdle();
        signIn("director", DEMO_PASSWORD);
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntilIdle();
        openTab("tab-workers");
        clickRow("#everyOpenCase", 0);
        clickOn("#openCase");
        waitUntilIdle();
        openTab("tab-plan");
        clickOn("#approvePlan");
        waitUntilIdle();
        saveScreen("case-plan-approved");
        assertEquals(PlanStatus.APPROVED, services().get(CarePlanService.class).plans(keyworker, caseId).get(0).status());
    }
}
