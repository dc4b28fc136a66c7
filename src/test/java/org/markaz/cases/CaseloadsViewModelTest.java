package org.markaz.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.children.ChildrenService;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.SameThreadTaskExecutor;
import org.markaz.core.ui.UiContext;
import org.markaz.testsupport.ScriptedDialogs;
import org.markaz.testsupport.TestServices;

/** The caseloads screen without a screen: whose cases are listed, the count against the limit, reassigning several. */
class CaseloadsViewModelTest {

    private final TestServices test = TestServices.sampleFamilies();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Localization english = new Localization(Language.ENGLISH, test.services().zone());
    private final CaseloadService caseloads = test.services().get(CaseloadService.class);
    private final Actor director = test.signIn("director");
    private final long gulnora = staff("Гулнора Саидова");
    private final long olga = staff("Ольга Петренко");

    @AfterEach
    void close() {
        test.close();
    }

    private long staff(String name) {
        return caseloads.keyWorkers(director).stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow().staffId();
    }

    private CaseloadsViewModel viewModel(String username) {
        return new CaseloadsViewModel(new UiContext(english, dialogs, new SameThreadTaskExecutor(), test.clock()),
                test.signIn(username), caseloads, test.services().get(CarePlanService.class), test.services().centres(),
                test.services().audit());
    }

    /** A case for the first child of the sample's n-th family. */
    private long openCase(int family, Long keyWorker, LocalDate openedOn) {
        var row = test.services().get(ChildrenService.class).search(director, "", false).get(family);
        CaseloadResult result = caseloads.open(director, new CaseOpening(row.familyId(), null, CaseType.PROGRAMME,
                Set.of(row.id()), keyWorker, openedOn, true));
        return ((CaseloadResult.Done) result).caseId();
    }

    private LocalDate today() {
        return LocalDate.now(test.clock());
    }

    @Test
    void aKeyWorkerSeesTheirOwnCasesAgainstTheLimitAndTheUnassignedApart() {
        openCase(0, gulnora, today().minusMonths(5).minusDays(3));
        openCase(1, gulnora, today().minusDays(10));
        openCase(2, olga, today().minusDays(10));
        openCase(3, null, today().minusDays(2));
        CaseloadsViewModel screen = viewModel("keyworker");
        screen.load();
        assertEquals(2, screen.mine().size());
        assertEquals(1, screen.unassigned().size());
        assertEquals("My open cases: 2 of 20", screen.countProperty().get());
        assertFalse(screen.overLimitProperty().get());
        assertTrue(screen.hasOwnCaseload());
        assertFalse(screen.showsEveryWorker());
        CaseRow ending = screen.mine().get(0).programmeEnding(today()) ? screen.mine().get(0) : screen.mine().get(1);
        assertTrue(screen.needsAttention(ending), "a programme in its sixth month wants attention");
        assertTrue(screen.programmeEndText(ending).endsWith("(ends soon)"));
        assertEquals("Not assessed · no plan", screen.statusText(ending));
    }

    @Test
    void aDirectorSeesEveryWorkerAndReassignsSeveralCasesAskingPastTheLimit() {
        long first = openCase(0, gulnora, today().minusDays(20));
        long second = openCase(1, gulnora, today().minusDays(10));
        openCase(2, olga, today().minusDays(5));
        caseloads.setCaseloadLimit(director, 2);
        CaseloadsViewModel screen = viewModel("director");
        screen.load();
        assertTrue(screen.showsEveryWorker());
        assertEquals(3, screen.everyOpenCase().size());
        assertEquals(1, screen.workers().stream().filter(w -> w.staffId() == olga).findFirst().orElseThrow().openCases());

        screen.chosen().setAll(screen.everyOpenCase().stream().filter(row -> row.id() == first || row.id() == second).toList());
        screen.reassignToProperty().set(screen.workers().stream().filter(w -> w.staffId() == olga).findFirst().orElseThrow());
        dialogs.answers.push(false);
        screen.reassign();
        assertEquals(1, dialogs.asked.size(), "past the limit of 2 the director is asked");
        assertEquals(2, caseloads.openCases(test.signIn("keyworker")).size(), "a no leaves the cases where they were");

        dialogs.answers.push(true);
        screen.reassign();
        assertEquals(List.of("Cases reassigned: 2"), dialogs.notices);
        assertEquals(3, screen.workers().stream().filter(w -> w.staffId() == olga).findFirst().orElseThrow().openCases());
        assertEquals(List.of(), caseloads.openCases(test.signIn("keyworker")));
    }

    @Test
    void aLimitThatIsNoNumberIsRefusedBesideItsFieldAndNothingSaved() {
        CaseloadsViewModel screen = viewModel("director");
        screen.load();
        int before = test.count("audit_event");
        screen.limitProperty().set("двадцать");
        screen.saveLimit();
        assertEquals("The caseload limit is a whole number from 1 to 200.", screen.limitErrorProperty().get());
        assertEquals(before, test.count("audit_event"));
        screen.limitProperty().set("25");
        screen.saveLimit();
        assertEquals("", screen.limitErrorProperty().get());
        assertEquals(25, caseloads.caseloadLimit(director));
    }

    @Test
    void theWeeksReviewsPrintInOnePdf() throws Exception {
        long caseId = openCase(0, gulnora, today().minusMonths(3).minusDays(5));
        CarePlanService plans = test.services().get(CarePlanService.class);
        long plan = plans.saveDraft(director, caseId, new PlanDraft("Сабаб", null, null, List.of(new PlanAction(null, Indicator.SAFE,
                "Ниёз", "Натиҷа", "Кор", "Нишона", today().plusDays(10), "Гулнора Саидова"))));
        plans.approve(director, plan, today().minusMonths(3).plusDays(1));
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("markaz-reviews");
        dialogs.folder = folder;
        CaseloadsViewModel screen = viewModel("director");
        screen.printReviewWeek();
        java.nio.file.Path pdf = folder.resolve("reviews-" + today().with(java.time.DayOfWeek.MONDAY) + ".pdf");
        assertTrue(java.nio.file.Files.size(pdf) > 1000, screen.printMessageProperty().get());
        assertTrue(screen.printMessageProperty().get().startsWith("Care plans printed: 1"), screen.printMessageProperty().get());
        org.markaz.core.FileTrees.delete(folder);
    }

    @Test
    void theWeeksReviewsGoToThePrinterAsOnePdfAndAnEmptyWeekSaysSo() throws Exception {
        CaseloadsViewModel screen = viewModel("director");
        java.util.List<java.nio.file.Path> printed = new java.util.ArrayList<>();
        screen.setPrinter(printed::add);
        screen.printReviewWeekOnPrinter();
        assertTrue(printed.isEmpty(), "no plan is due: nothing goes to the printer");
        assertEquals("No plan is due for review that week.", screen.printMessageProperty().get());

        long caseId = openCase(0, gulnora, today().minusMonths(3).minusDays(5));
        CarePlanService plans = test.services().get(CarePlanService.class);
        long plan = plans.saveDraft(director, caseId, new PlanDraft("Сабаб", null, null, List.of(new PlanAction(null, Indicator.SAFE,
                "Ниёз", "Натиҷа", "Кор", "Нишона", today().plusDays(10), "Гулнора Саидова"))));
        plans.approve(director, plan, today().minusMonths(3).plusDays(1));
        screen.printReviewWeekOnPrinter();
        assertEquals(1, printed.size());
        assertTrue(java.nio.file.Files.size(printed.get(0)) > 1000, "the week's plans rendered for the print dialog");
        java.nio.file.Files.delete(printed.get(0));
    }

    @Test
    void anAdministratorSeesWhoIsOnWhoseCaseloadButMayNotReassign() {
        openCase(0, gulnora, today().minusDays(20));
        CaseloadsViewModel screen = viewModel("admin");
        screen.load();
        assertTrue(screen.showsEveryWorker());
        assertFalse(screen.mayReassign());
        assertEquals(1, screen.everyOpenCase().size());
    }
}
