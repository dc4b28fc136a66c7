package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.cases.CaseOpening;
import org.markaz.cases.CaseType;
import org.markaz.cases.CaseloadResult;
import org.markaz.cases.CaseloadService;
import org.markaz.cases.ParentingGroupService;
import org.markaz.cases.ParentingGroups;
import org.markaz.children.ChildrenService;
import org.markaz.core.security.Actor;
import org.testfx.framework.junit5.Start;

/** On screen: a director covers a case and reads its chronology; the parenting groups tab with a group and its count. */
class CasesRestUiTest extends UiTestSupport {

    @Start
    void start(Stage stage) {
        startWindow(stage, true);
    }

    @Test
    void aDirectorSetsCoverAndReadsTheChronology() {
        Actor director = signedInActor("director", DEMO_PASSWORD);
        CaseloadService caseloads = services().get(CaseloadService.class);
        long gulnora = caseloads.keyWorkers(director).stream().filter(w -> w.name().equals("Гулнора Саидова")).findFirst()
                .orElseThrow().staffId();
        var child = services().get(ChildrenService.class).search(director, "", false).get(0);
        long caseId = ((CaseloadResult.Done) caseloads.open(director, new CaseOpening(child.familyId(), null, CaseType.PROGRAMME,
                Set.of(child.id()), gulnora, today().minusDays(14), false))).caseId();
        signIn("director", DEMO_PASSWORD);
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntilIdle();
        openTab("tab-workers");
        TableView<?> every = lookup("#everyOpenCase").queryAs(TableView.class);
        int row = 0;
        for (int i = 0; i < every.getItems().size(); i++) {
            if (((org.markaz.cases.CaseRow) every.getItems().get(i)).id() == caseId) {
                row = i;
            }
        }
        clickRow("#everyOpenCase", row);
        clickOn("#openCase");
        waitUntilIdle();
        choose("#coverWorker", "Ольга Петренко");
        clickOn("#saveCover");
        waitUntilIdle();
        assertEquals(Set.of("Ольга Петренко"), Set.copyOf(caseloads.details(director, caseId).orElseThrow().coveredBy()));
        saveScreen("case-director");
        openTab("tab-chronology");
        typeInto("#eventText", "Падар ба Русия рафт");
        push(KeyCode.ENTER);
        waitUntilIdle();
        saveScreen("case-chronology");
        assertTrue(lookup("#chronology").queryAs(TableView.class).getItems().size() >= 3);

        openTab("tab-notes");
        typeInto("#noteText", "Директор бо модар вохӯрд");
        push(KeyCode.ENTER); // Enter adds the note, as it adds an event to the chronology
        waitUntilIdle();
        assertEquals(List.of("Директор бо модар вохӯрд"), services().get(org.markaz.cases.CaseRecordService.class)
                .notes(director, caseId, "").stream().map(org.markaz.cases.CaseNote::text).toList());
        assertEquals("", textOf("#noteText"));
    }

    @Test
    void theParentingGroupsTabShowsAGroupItsCarersAndCounts() {
        Actor director = signedInActor("director", DEMO_PASSWORD);
        ParentingGroupService groups = services().get(ParentingGroupService.class);
        long gulnora = services().get(CaseloadService.class).keyWorkers(director).stream()
                .filter(w -> w.name().equals("Гулнора Саидова")).findFirst().orElseThrow().staffId();
        long group = groups.createGroup(director, new ParentingGroups.NewGroup("Волидайни ғамхор", today().minusDays(21),
                today().plusDays(70), gulnora));
        var family = services().get(ChildrenService.class).search(director, "", false).get(0).familyId();
        var carers = services().get(ChildrenService.class).family(director, family).orElseThrow().carers();
        carers.forEach(carer -> groups.addCarer(director, group, carer.id()));
        groups.recordSession(director, group, today().minusDays(14), "Бозӣ бо кӯдак", Set.of(carers.get(0).id()));
        signIn("keyworker", DEMO_PASSWORD);
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntilIdle();
        openTab("tab-groups");
        waitUntilIdle();
        clickRow("#parentingGroups", 0);
        waitUntilIdle();
        assertEquals(carers.size(), lookup("#groupMembers").queryAs(javafx.scene.control.ListView.class).getItems().size());
        clickOn("#countGroups");
        waitUntilIdle();
        saveScreen("cases-groups");
        var counts = services().get(ParentingGroupService.class).counts(signedInActor("keyworker", DEMO_PASSWORD),
                today().withDayOfYear(1), today());
        assertEquals(1, counts.groupsRun());
        assertTrue(textOf("#groupCounts").contains("1"));
    }
}
