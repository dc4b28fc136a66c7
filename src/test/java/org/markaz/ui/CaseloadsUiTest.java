package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.cases.CaseOpening;
import org.markaz.cases.CaseRow;
import org.markaz.cases.CaseType;
import org.markaz.cases.CaseloadService;
import org.markaz.children.ChildrenService;
import org.markaz.core.security.Actor;
import org.testfx.framework.junit5.Start;

class CaseloadsUiTest extends UiTestSupport {

    @Start
    void start(Stage stage) {
        startWindow(stage, true);
    }

    private CaseloadService caseloads() {
        return services().get(CaseloadService.class);
    }

    private long staff(String name) {
        return caseloads().keyWorkers(administrator()).stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow().staffId();
    }

    /** Three cases: two of Гулнора's, one unassigned; opened by the director. */
    private void threeCases() {
        Actor director = signedInActor("director", DEMO_PASSWORD);
        long gulnora = staff("Гулнора Саидова");
        var children = services().get(ChildrenService.class).search(director, "", false);
        for (int i = 0; i < 3; i++) {
            caseloads().open(director, new CaseOpening(children.get(i).familyId(), null, CaseType.PROGRAMME,
                    Set.of(children.get(i).id()), i < 2 ? gulnora : null, today().minusDays(30 - i), true));
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseRow> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }

    @Test
    void aKeyWorkerSeesTheirOwnCasesFirstAndTheUnassignedOnTheNextTab() {
        threeCases();
        signIn("keyworker", DEMO_PASSWORD);
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntilIdle();
        assertEquals(2, table("#myCases").getItems().size());
        assertEquals(shellLanguage().text("cases.countOfLimit", 2, 20), textOf("#caseloadCount"));
        assertFalse(isShown("#reassign"), "a key worker does not reassign");
        saveScreen("caseloads-keyworker");
        openTab("tab-unassigned");
        assertEquals(1, table("#unassignedCases").getItems().size());
    }

    @Test
    void aDirectorReassignsTwoCasesFromTheSideBySideView() {
        threeCases();
        signIn("director", DEMO_PASSWORD);
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntilIdle();
        openTab("tab-workers");
        assertTrue(isShown("#caseloadChart"));
        assertEquals(3, table("#everyOpenCase").getItems().size());
        clickRow("#everyOpenCase", 0);
        press(KeyCode.SHIFT);
        clickRow("#everyOpenCase", 1);
        release(KeyCode.SHIFT);
        choose("#reassignTo", "Ольга Петренко");
        saveScreen("caseloads-director");
        clickOn("#reassign");
        waitUntilIdle();
        assertNotice(shellLanguage().text("cases.reassigned", 2));
        long olga = staff("Ольга Петренко");
        assertEquals(2, caseloads().keyWorkers(administrator()).stream().filter(w -> w.staffId() == olga).findFirst()
                .orElseThrow().openCases());
    }
}
