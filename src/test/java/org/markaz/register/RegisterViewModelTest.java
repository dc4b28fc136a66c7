package org.markaz.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.children.ChildrenService;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.SameThreadTaskExecutor;
import org.markaz.core.ui.TaskExecutor;
import org.markaz.core.ui.UiContext;
import org.markaz.testsupport.ManualTaskExecutor;
import org.markaz.testsupport.ScriptedDialogs;
import org.markaz.testsupport.TestServices;

/** The register's ViewModel without a screen: what a user's keystrokes do, and answers arriving out of order. */
class RegisterViewModelTest {

    private final TestServices test = TestServices.sampleCentre();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Localization english = new Localization(Language.ENGLISH, test.services().zone());

    @AfterEach
    void close() {
        test.close();
    }

    private RegisterViewModel viewModel(String username, TaskExecutor tasks) {
        Actor actor = test.signIn(username);
        var services = test.services();
        return new RegisterViewModel(new UiContext(english, dialogs, tasks, test.clock()), actor,
                services.get(RegisterService.class), services.get(ChildrenService.class), services.centres(), services.audit());
    }

    private LocalDate today() {
        return LocalDate.now(test.clock());
    }

    @Test
    void todaysChildrenAreShownAndOneKeystrokeMarksTheFirstPresentNow() {
        RegisterViewModel register = viewModel("keyworker", new SameThreadTaskExecutor());
        register.load();
        assertFalse(register.entries().isEmpty(), "the sample centre expects children today");
        RegisterEntry first = register.entries().stream().filter(e -> e.mark() == null).findFirst().orElseThrow();

        register.markPresent(first);

        Mark saved = test.services().get(RegisterService.class).day(test.signIn("admin"), today()).entries().stream()
                .filter(e -> e.childId() == first.childId()).findFirst().orElseThrow().mark();
        assertNotNull(saved);
        assertTrue(saved.present());
        assertEquals(java.time.LocalTime.now(test.clock()).withSecond(0).withNano(0), saved.arrivedAt());
        assertTrue(register.entries().stream().anyMatch(e -> e.childId() == first.childId() && e.mark() != null),
                "the list shows the mark at once");
    }

    @Test
    void anOlderDaysAnswerArrivingLastDoesNotReplaceTheDayAskedForLast() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        RegisterViewModel register = viewModel("keyworker", tasks);
        register.dateProperty().set(today().minusDays(1)); // a slow load...
        register.dateProperty().set(today().minusDays(2)); // ...overtaken by the day asked for next
        tasks.runNewest();
        var twoDaysAgo = java.util.List.copyOf(register.entries());
        tasks.runAll();

        assertEquals(today().minusDays(2), register.dateProperty().get());
        assertEquals(twoDaysAgo, register.entries(), "the older answer was dropped");
        var expected = test.services().get(RegisterService.class).day(test.signIn("admin"), today().minusDays(2)).entries();
        assertEquals(expected.stream().map(RegisterEntry::childId).toList(),
                register.entries().stream().map(RegisterEntry::childId).toList());
    }

    @Test
    void aKeyWorkerCannotChangeAClosedDayAndIsToldWhy() {
        RegisterViewModel register = viewModel("keyworker", new SameThreadTaskExecutor());
        LocalDate yesterday = today().minusDays(1);
        test.services().get(RegisterService.class).closeDay(test.signIn("director"), yesterday);
        register.dateProperty().set(yesterday);
        RegisterEntry entry = register.entries().get(0);
        Mark before = entry.mark();

        register.markAbsent(entry);

        assertEquals(english.text("error.dayClosed"), register.messageProperty().get());
        Mark after = test.services().get(RegisterService.class).day(test.signIn("admin"), yesterday).entries().stream()
                .filter(e -> e.childId() == entry.childId()).findFirst().orElseThrow().mark();
        assertEquals(before, after, "nothing was written");
    }

    @Test
    void theNextDayStopsAtToday() {
        RegisterViewModel register = viewModel("keyworker", new SameThreadTaskExecutor());
        register.nextDay();
        assertEquals(today(), register.dateProperty().get());
        register.previousDay();
        assertEquals(today().minusDays(1), register.dateProperty().get());
        assertNull(register.selectedProperty().get());
    }
}
