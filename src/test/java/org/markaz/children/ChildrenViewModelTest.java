package org.markaz.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.admissions.AdmissionsService;
import org.markaz.core.Validation;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.SameThreadTaskExecutor;
import org.markaz.core.ui.TaskExecutor;
import org.markaz.core.ui.UiContext;
import org.markaz.shared.Sex;
import org.markaz.testsupport.ManualTaskExecutor;
import org.markaz.testsupport.ScriptedDialogs;
import org.markaz.testsupport.TestServices;

/** The children screen's ViewModel without a screen. */
class ChildrenViewModelTest {

    private final TestServices test = TestServices.sampleFamilies();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Localization english = new Localization(Language.ENGLISH, test.services().zone());

    @AfterEach
    void close() {
        test.close();
    }

    private ChildrenViewModel viewModel(TaskExecutor tasks) {
        return viewModel(tasks, "keyworker");
    }

    private ChildrenViewModel viewModel(TaskExecutor tasks, String username) {
        return new ChildrenViewModel(new UiContext(english, dialogs, tasks, test.clock()), test.signIn(username),
                test.services().get(ChildrenService.class), test.services().get(AdmissionsService.class));
    }

    @Test
    void typingANameFindsTheChild() {
        ChildrenViewModel children = viewModel(new SameThreadTaskExecutor());
        children.searchTextProperty().set("меҳр");
        children.search();
        assertFalse(children.results().isEmpty());
        assertTrue(children.results().stream().allMatch(row -> row.fullName().toLowerCase().contains("меҳр")),
                children.results().toString());
    }

    @Test
    void anOlderSearchAnsweringLastDoesNotReplaceTheNewest() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        ChildrenViewModel children = viewModel(tasks);
        children.searchTextProperty().set("а");
        children.search(); // many rows, slow
        children.searchTextProperty().set("меҳр");
        children.search();
        tasks.runNewest();
        var newest = java.util.List.copyOf(children.results());
        tasks.runAll();
        assertEquals(newest, children.results(), "the answer to \"а\" came last and was dropped");
    }

    @Test
    void aChildWithoutANameIsRefusedWithTheFieldNamedAndNothingSaved() {
        ChildrenViewModel children = viewModel(new SameThreadTaskExecutor());
        children.searchTextProperty().set("KHJ-0001");
        children.search();
        children.choose(children.results().get(0));
        int before = test.count("child");
        children.newChildInFamily();
        children.child().sex.set(Sex.F);
        children.child().dateOfBirth.set(LocalDate.now(test.clock()).minusYears(2));
        children.saveChild();
        String refusal = english.text("error.required", new Validation.FieldName("field.fullName"));
        assertEquals(refusal, children.child().message.get(), "under the Save button");
        assertEquals(refusal, children.child().errors.of("field.fullName").get(), "beside the name field");
        assertEquals(before, test.count("child"));
    }

    @Test
    void aFamilyWithoutChildrenIsFoundAmongFamiliesAndItsCardOpens() {
        ChildrenViewModel children = viewModel(new SameThreadTaskExecutor());
        children.searchTextProperty().set("KHJ-0025");
        assertTrue(children.results().isEmpty(), "no child: found among families only");
        children.searchModeProperty().set(ChildrenViewModel.SearchMode.FAMILIES);
        assertEquals(1, children.familyResults().size());
        children.chooseFamily(children.familyResults().get(0));
        assertEquals("KHJ-0025", children.family().code.get());
        assertEquals(ChildrenViewModel.CardTab.FAMILY, children.tabProperty().get());
        assertEquals(children.familyResults().get(0), children.selectedFamilyProperty().get());
        assertEquals("0", children.childrenAges(children.familyResults().get(0)));
    }

    @Test
    void aBookkeeperFindsFamiliesOnlyAndSeesTheirSummaryButNoChildsRecord() {
        ChildrenViewModel children = viewModel(new SameThreadTaskExecutor(), "bookkeeper");
        assertEquals(ChildrenViewModel.SearchMode.FAMILIES, children.searchModeProperty().get());
        children.searchTextProperty().set("KHJ-0001");
        assertEquals("", children.searchMessageProperty().get(), "nothing refused");
        children.chooseFamily(children.familyResults().get(0));
        String summary = children.familySummaryProperty().get();
        assertTrue(summary.startsWith("Family KHJ-0001"), summary);
        assertTrue(summary.contains("Children (number: ages): "), summary);
        assertEquals(null, children.family().id.get(), "the card, which names the children, stays closed");
        assertEquals("", children.searchMessageProperty().get());
    }

    @Test
    void aNewFamilyIsListedAmongFamiliesAndSelected() {
        ChildrenViewModel children = viewModel(new SameThreadTaskExecutor(), "admin");
        children.searchTextProperty().set("меҳр");
        children.newFamily();
        children.family().district.set("Хуҷанд");
        children.family().settlement.set(Settlement.URBAN);
        children.family().phone.set("+992 92 000 11 22");
        children.saveFamily();
        assertEquals(ChildrenViewModel.SearchMode.FAMILIES, children.searchModeProperty().get());
        assertEquals(children.family().code.get(), children.searchTextProperty().get());
        assertEquals(children.family().id.get(), children.selectedFamilyProperty().get().id());
        assertEquals(List.of(english.text("children.familySaved", children.family().code.get())), dialogs.notices);
    }

    @Test
    void aChildPastSevenIsAskedAboutAndNoWritesNothing() {
        ChildrenViewModel children = viewModel(new SameThreadTaskExecutor(), "admin");
        children.searchTextProperty().set("KHJ-0001");
        children.choose(children.results().get(0));
        int before = test.count("child");
        children.newChildInFamily();
        children.child().fullName.set("Фирӯза Наимова");
        children.child().sex.set(Sex.F);
        children.child().dateOfBirth.set(LocalDate.now(test.clock()).minusYears(9));
        dialogs.answers.add(false);
        children.saveChild();
        assertEquals(List.of(english.text("children.olderThanSeven", 9)), dialogs.asked);
        assertEquals(english.text("children.notSaved"), children.child().message.get());
        assertEquals(before, test.count("child"));
        dialogs.answers.add(true);
        children.saveChild();
        assertEquals(before + 1, test.count("child"));
    }

    @Test
    void aChildOfEighteenOrMoreIsRefusedBesideTheBirthDate() {
        ChildrenViewModel children = viewModel(new SameThreadTaskExecutor(), "admin");
        children.searchTextProperty().set("KHJ-0001");
        children.choose(children.results().get(0));
        int before = test.count("child");
        children.newChildInFamily();
        children.child().fullName.set("Фирӯза Наимова");
        children.child().sex.set(Sex.F);
        children.child().dateOfBirth.set(LocalDate.now(test.clock()).minusYears(19));
        children.saveChild();
        assertEquals(english.text("error.childTooOld", 19), children.child().errors.of("field.dateOfBirth").get());
        assertTrue(dialogs.asked.isEmpty());
        assertEquals(before, test.count("child"));
    }
}
