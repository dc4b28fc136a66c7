package org.markaz.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.children.ChildrenService;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.SameThreadTaskExecutor;
import org.markaz.core.ui.UiContext;
import org.markaz.testsupport.ScriptedDialogs;
import org.markaz.testsupport.TestServices;

/** The cases tab of the child's card: a key worker opens a case for the family as their own; no child, no case. */
class CasesTabViewModelTest {

    private final TestServices test = TestServices.sampleFamilies();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Localization english = new Localization(Language.ENGLISH, test.services().zone());

    @AfterEach
    void close() {
        test.close();
    }

    private CasesTabViewModel tab(String username) {
        return new CasesTabViewModel(new UiContext(english, dialogs, new SameThreadTaskExecutor(), test.clock()),
                test.signIn(username), test.services().get(CaseloadService.class), test.services().get(ChildrenService.class));
    }

    @Test
    void aKeyWorkerOpensACaseForTheChildOnTheCardAsTheirOwn() {
        var child = test.services().get(ChildrenService.class).search(test.signIn("director"), "", false).get(0);
        CasesTabViewModel tab = tab("keyworker");
        tab.show(child.familyId(), child.id());
        assertEquals(List.of(child), tab.concerned(), "the child on the card is ticked");
        assertEquals(1, tab.workers().size(), "a key worker can choose only themselves");
        assertTrue(tab.keyWorkerProperty().get().isYou());
        tab.openCase();
        assertEquals(List.of("The case is open."), dialogs.notices);
        assertEquals(1, tab.cases().size());
        assertEquals(1, test.count("family_case"));
    }

    @Test
    void aCaseWithNoChildTickedIsRefusedBesideTheChildrenAndNothingWritten() {
        var child = test.services().get(ChildrenService.class).search(test.signIn("director"), "", false).get(0);
        CasesTabViewModel tab = tab("director");
        tab.show(child.familyId(), null);
        tab.openCase();
        assertEquals("Choose at least one child the case concerns.", tab.errors().of("cases.children").get());
        assertEquals(0, test.count("family_case"));
    }
}
