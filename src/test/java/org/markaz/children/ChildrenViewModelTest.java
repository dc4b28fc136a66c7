package org.markaz.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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

    private final TestServices test = TestServices.inMemory().withSampleFamilies();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Localization english = new Localization(Language.ENGLISH, test.services().zone());

    @AfterEach
    void close() {
        test.close();
    }

    private ChildrenViewModel viewModel(TaskExecutor tasks) {
        return new ChildrenViewModel(new UiContext(english, dialogs, tasks, test.clock()), test.signIn("keyworker"),
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
}
