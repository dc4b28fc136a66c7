package org.markaz.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.children.BirthCertificate;
import org.markaz.children.ChildConfirmations;
import org.markaz.children.ChildDetails;
import org.markaz.children.ChildSaveResult;
import org.markaz.children.ChildrenService;
import org.markaz.children.FamilyDetails;
import org.markaz.children.Settlement;
import org.markaz.core.ValidationException;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.shared.Sex;
import org.markaz.testsupport.TestServices;

class CasesServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final TestServices test = TestServices.sampleFamilies();
    private final CaseloadService caseloads = test.services().get(CaseloadService.class);
    private final CaseRecordService records = test.services().get(CaseRecordService.class);
    private final CarePlanService plans = test.services().get(CarePlanService.class);
    private final Actor keyworker = test.signIn("keyworker");
    private final Actor keyworker2 = test.signIn("keyworker2");
    private final Actor director = test.signIn("director");
    private final Actor admin = test.signIn("admin");
    private final Actor bookkeeper = test.signIn("bookkeeper");
    private final long familyId = test.services().get(ChildrenService.class).createFamily(keyworker, new FamilyDetails(null,
            "Спитамен", null, Settlement.RURAL, null, true, true, false, false, false, null));
    private final long childId = child(familyId, "Ширин Раҳимова", LocalDate.of(2023, 4, 1));
    private final long gulnora = staff("Гулнора Саидова");
    private final long olga = staff("Ольга Петренко");

    @AfterEach
    void close() {
        test.close();
    }

    private long child(long family, String name, LocalDate born) {
        return ((ChildSaveResult.Saved) test.services().get(ChildrenService.class).saveChild(keyworker, null,
                new ChildDetails(family, name, Sex.F, born, BirthCertificate.HAS, null, null),
                ChildConfirmations.NONE.withSameNameAndBirth())).childId();
    }

    private long staff(String name) {
        return caseloads.keyWorkers(director).stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow().staffId();
    }

    private CaseOpening programme(Long keyWorker, LocalDate openedOn) {
        return new CaseOpening(familyId, null, CaseType.PROGRAMME, Set.of(childId), keyWorker, openedOn, false);
    }

    private long opened(CaseloadResult result) {
        return assertInstanceOf(CaseloadResult.Done.class, result).caseId();
    }

    private static PlanAction action(String who, LocalDate byWhen) {
        return new PlanAction(null, Indicator.SAFE, "Хонаи бехатар", "Кӯдак дар хона бехатар аст", "Ташрифи ҳарҳафтаина",
                "Дар ташрифҳо хатаре нест", byWhen, who);
    }

    private static PlanDraft draft(PlanAction... actions) {
        return new PlanDraft("Модар танҳо аст ва кор надорад", "Агар хатар бошад, ба ШҲК хабар медиҳем", TODAY, List.of(actions));
    }

    @Test
    void aKeyWorkerOpensTheirOwnProgrammeWhichEndsSixMonthsLater() {
        long caseId = opened(caseloads.open(keyworker, programme(gulnora, TODAY.minusDays(10))));
        CaseRow row = caseloads.openCases(keyworker).get(0);
        assertEquals(caseId, row.id());
        assertEquals(TODAY.minusDays(10).plusMonths(6), row.programmeEndsOn());
        assertEquals("Ширин Раҳимова", row.children());
        assertEquals(10, row.daysInProgramme(TODAY));
        assertFalse(row.programmeEnding(TODAY));
        assertTrue(row.programmeEnding(TODAY.plusMonths(5)));
        assertEquals(1, caseloads.details(keyworker, caseId).orElseThrow().history().size());
    }

    @Test
    void aCaseWithNoChildOrAnotherFamilysChildIsRefusedAndNothingWritten() {
        int before = test.count("family_case");
        assertEquals("error.caseWithoutChild", assertThrows(ValidationException.class, () -> caseloads.open(keyworker,
                new CaseOpening(familyId, null, CaseType.SHORT_TERM, Set.of(), gulnora, TODAY, false))).messageKey());
        long otherFamily = test.services().get(ChildrenService.class).createFamily(keyworker, new FamilyDetails(null, "Хуҷанд",
                null, Settlement.URBAN, null, false, false, false, false, false, null));
        long otherChild = child(otherFamily, "Фотима Каримова", LocalDate.of(2022, 1, 5));
        assertEquals("error.childOfAnotherFamily", assertThrows(ValidationException.class, () -> caseloads.open(keyworker,
                new CaseOpening(familyId, null, CaseType.SHORT_TERM, Set.of(childId, otherChild), gulnora, TODAY, false)))
                .messageKey());
        assertEquals(before, test.count("family_case"));
        assertEquals(0, test.count("case_child"));
    }

    @Test
    void theDatabaseRefusesACaseChildOfAnotherFamily() {
        long caseId = opened(caseloads.open(keyworker, programme(gulnora, TODAY)));
        long otherFamily = test.services().get(ChildrenService.class).createFamily(keyworker, new FamilyDetails(null, "Хуҷанд",
                null, Settlement.URBAN, null, false, false, false, false, false, null));
        long otherChild = child(otherFamily, "Фотима Каримова", LocalDate.of(2022, 1, 5));
        assertThrows(DataAccessException.class, () -> test.database().dsl().execute(
                "insert into case_child (case_id, family_id, child_id) values (?, ?, ?)", caseId, familyId, otherChild));
        assertThrows(DataAccessException.class, () -> test.database().dsl().execute(
                "insert into case_child (case_id, family_id, child_id) values (?, ?, ?)", caseId, otherFamily, otherChild));
        assertThrows(DataAccessException.class, () -> test.database().dsl().execute(
                "update family_case set programme_ends_on = ? where id = ?", TODAY.plusMonths(8), caseId));
    }

    @Test
    void aKeyWorkerMayNotOpenACaseForSomeoneElseOrUnassigned() {
        assertThrows(AccessDeniedException.class, () -> caseloads.open(keyworker, programme(olga, TODAY)));
        assertThrows(AccessDeniedException.class, () -> caseloads.open(keyworker, programme(null, TODAY)));
        assertEquals(0, test.count("family_case"));
        opened(caseloads.open(director, programme(null, TODAY)));
        assertNull(caseloads.openCases(director).get(0).keyWorkerId());
        assertEquals(1, caseloads.openCases(keyworker).size(), "a key worker sees the unassigned cases");
    }

    @Test
    void reassigningKeepsTheHistoryAndMovesTheCaseToTheOtherCaseload() {
        long first = opened(caseloads.open(keyworker, programme(gulnora, TODAY.minusDays(30))));
        long second = opened(caseloads.open(keyworker, programme(gulnora, TODAY.minusDays(20))));
        assertThrows(AccessDeniedException.class, () -> caseloads.reassign(keyworker, Set.of(first), olga, false));
        opened(caseloads.reassign(director, Set.of(first, second), olga, false));
        assertEquals(List.of(), caseloads.openCases(keyworker));
        assertEquals(2, caseloads.openCases(keyworker2).size());
        List<Assignment> history = caseloads.details(director, first).orElseThrow().history();
        assertEquals(List.of("Гулнора Саидова", "Ольга Петренко"), history.stream().map(Assignment::keyWorkerName).toList());
        assertEquals("director", history.get(1).assignedBy());
        assertEquals(2, caseloads.keyWorkers(director).stream().filter(w -> w.staffId() == olga).findFirst().orElseThrow().openCases());
    }

    @Test
    void aCaseloadOverTheLimitIsAskedAboutAndOnlyADirectorConfirms() {
        caseloads.setCaseloadLimit(director, 1);
        opened(caseloads.open(keyworker, programme(gulnora, TODAY)));
        int before = test.count("family_case");
        CaseloadResult.OverLimit over = assertInstanceOf(CaseloadResult.OverLimit.class,
                caseloads.open(keyworker, programme(gulnora, TODAY)));
        assertEquals(1, over.openCases());
        assertEquals(1, over.limit());
        assertEquals(before, test.count("family_case"));
        CaseOpening confirmed = new CaseOpening(familyId, null, CaseType.SHORT_TERM, Set.of(childId), gulnora, TODAY, true);
        assertThrows(AccessDeniedException.class, () -> caseloads.open(keyworker, confirmed));
        assertEquals(before, test.count("family_case"));
        opened(caseloads.open(director, confirmed));
        assertThrows(AccessDeniedException.class, () -> caseloads.setCaseloadLimit(keyworker, 30));
        assertEquals("error.caseloadLimitRange", assertThrows(ValidationException.class,
                () -> caseloads.setCaseloadLimit(director, 0)).messageKey());
        assertEquals(1, caseloads.caseloadLimit(keyworker));
    }

    @Test
    void closingNeedsAnOutcomeAndAClosedCaseIsNoLongerChanged() {
        long caseId = opened(caseloads.open(keyworker, programme(gulnora, TODAY.minusDays(40))));
        assertEquals("error.caseWithoutOutcome", assertThrows(ValidationException.class,
                () -> caseloads.close(keyworker, caseId, TODAY, Set.of(), null)).messageKey());
        assertEquals(0, test.count("case_outcome"));
        assertNull(caseloads.details(keyworker, caseId).orElseThrow().row().closedOn());
        assertThrows(AccessDeniedException.class, () -> caseloads.close(keyworker2, caseId, TODAY,
                Set.of(CaseOutcome.GOALS_MET), null));
        caseloads.close(keyworker, caseId, TODAY, Set.of(CaseOutcome.GOALS_MET, CaseOutcome.RELINQUISHMENT_PREVENTED), "Оила устувор аст");
        CaseDetails closed = caseloads.details(keyworker, caseId).orElseThrow();
        assertEquals(TODAY, closed.row().closedOn());
        assertEquals(Set.of(CaseOutcome.GOALS_MET, CaseOutcome.RELINQUISHMENT_PREVENTED), closed.outcomes());
        assertEquals("error.caseClosed", assertThrows(ValidationException.class, () -> records.addNote(keyworker, caseId,
                new NoteDetails(NoteKind.PHONE_CALL, TODAY, 5, "Занг", null))).messageKey());
        assertEquals(List.of(), caseloads.openCases(keyworker));
    }

    @Test
    void onlyADirectorExtendsTheProgrammeAndOnlyWithAReason() {
        long caseId = opened(caseloads.open(keyworker, programme(gulnora, TODAY.minusMonths(5))));
        assertThrows(AccessDeniedException.class, () -> caseloads.extendProgramme(keyworker, caseId, TODAY.plusMonths(2), "Лозим"));
        assertEquals("error.required", assertThrows(ValidationException.class,
                () -> caseloads.extendProgramme(director, caseId, TODAY.plusMonths(2), " ")).messageKey());
        caseloads.extendProgramme(director, caseId, TODAY.plusMonths(2), "Модар ҳоло дар беморхона аст");
        CaseDetails details = caseloads.details(director, caseId).orElseThrow();
        assertEquals(TODAY.plusMonths(2), details.row().programmeEndsOn());
        assertEquals("director", details.extendedBy());
    }

    @Test
    void anotherKeyWorkerABookkeeperAndAnAdministratorCannotReadTheCaseRecord() {
        long caseId = opened(caseloads.open(keyworker, programme(gulnora, TODAY)));
        records.addNote(keyworker, caseId, new NoteDetails(NoteKind.HOME_VISIT, TODAY, 60, "Ташриф ба хона", null));
        for (Actor stranger : List.of(keyworker2, bookkeeper, admin)) {
            assertThrows(AccessDeniedException.class, () -> records.notes(stranger, caseId, ""));
            assertThrows(AccessDeniedException.class, () -> records.assessment(stranger, caseId));
            assertThrows(AccessDeniedException.class, () -> plans.plans(stranger, caseId));
            assertThrows(AccessDeniedException.class, () -> caseloads.details(stranger, caseId));
        }
        assertThrows(AccessDeniedException.class, () -> caseloads.openCases(bookkeeper));
        assertEquals(1, caseloads.openCases(admin).size(), "the administrator sees who is on whose caseload");
        assertEquals(List.of(), caseloads.openCases(keyworker2));
        assertEquals(1, records.notes(director, caseId, "").size());
    }

    @Test
    void aColleagueCoveringTheCaseReadsAndWritesIt() {
        long caseId = opened(caseloads.open(keyworker, programme(gulnora, TODAY)));
        caseloads.setCover(director, caseId, Set.of(olga));
        records.addNote(keyworker2, caseId, new NoteDetails(NoteKind.PHONE_CALL, TODAY, 10, "Занг ба модар", null));
        assertEquals("Ольга Петренко", records.notes(keyworker, caseId, "").get(0).workerName());
        assertTrue(caseloads.isOnCaseload(keyworker2, familyId));
        caseloads.setCover(director, caseId, Set.of());
        assertThrows(AccessDeniedException.class, () -> records.notes(keyworker2, caseId, ""));
        assertFalse(caseloads.isOnCaseload(keyworker2, familyId));
        assertTrue(caseloads.isOnCaseload(keyworker, familyId));
    }

    @Test
    void theAssessmentKeepsScoresFromOneToFour() {
        long caseId = opened(caseloads.open(keyworker, programme(gulnora, TODAY.minusDays(3))));
        AssessmentDetails bad = new AssessmentDetails(TODAY, "Хуб инкишоф меёбад", null, null, null, null,
                Map.of(Indicator.SAFE, new AssessmentDetails.Score(5, null)));
        assertEquals("error.scoreRange", assertThrows(ValidationException.class,
                () -> records.saveAssessment(keyworker, caseId, bad)).messageKey());
        assertEquals(0, test.count("assessment"));
        records.saveAssessment(keyworker, caseId, new AssessmentDetails(TODAY, "Хуб инкишоф меёбад", "Модар ғамхор аст",
                "Ҳамсояҳо кӯмак мекунанд", "Ман ба боғча меравам", "Мо кор мехоҳем",
                Map.of(Indicator.SAFE, new AssessmentDetails.Score(2, "Хона сард аст"), Indicator.HEALTHY,
                        new AssessmentDetails.Score(3, null))));
        records.saveAssessment(keyworker, caseId, new AssessmentDetails(TODAY, "Хуб инкишоф меёбад", "Модар ғамхор аст",
                null, null, null, Map.of(Indicator.SAFE, new AssessmentDetails.Score(3, "Ҳезум дода шуд"))));
        AssessmentDetails read = records.assessment(keyworker, caseId).orElseThrow();
        assertEquals(Map.of(Indicator.SAFE, new AssessmentDetails.Score(3, "Ҳезум дода шуд")), read.scores());
        assertTrue(caseloads.openCases(keyworker).get(0).assessed());
        records.addChronologyEvent(keyworker, caseId, TODAY.minusYears(1), "Падар ба Русия рафт");
        assertEquals("Падар ба Русия рафт", records.chronology(keyworker, caseId).get(0).event());
    }

    @Test
    void aPlanNeedsActionsEachWithSomeoneAndADate() {
        long caseId = opened(caseloads.open(keyworker, programme(gulnora, TODAY.minusDays(3))));
        assertEquals("error.planWithoutAction", assertThrows(ValidationException.class,
                () -> plans.saveDraft(keyworker, caseId, draft())).messageKey());
        assertEquals("error.actionFieldMissing", assertThrows(ValidationException.class,
                () -> plans.saveDraft(keyworker, caseId, draft(action("Гулнора", TODAY.plusMonths(1)), action(" ",
                        TODAY.plusMonths(1))))).messageKey());
        assertEquals("error.actionFieldMissing", assertThrows(ValidationException.class,
                () -> plans.saveDraft(keyworker, caseId, draft(action("Гулнора", null)))).messageKey());
        assertEquals(0, test.count("care_plan"));
        assertEquals(0, test.count("care_plan_action"));
    }

    @Test
    void onlyADirectorApprovesAndTheReviewProducesVersionTwoWithVersionOneStillReadable() {
        long caseId = opened(caseloads.open(keyworker, programme(gulnora, TODAY.minusDays(3))));
        long v1 = plans.saveDraft(keyworker, caseId, draft(action("Гулнора Саидова", TODAY.plusMonths(1))));
        assertEquals(v1, plans.saveDraft(keyworker, caseId, draft(action("Гулнора Саидова", TODAY.plusMonths(1)),
                action("Модар", TODAY.plusMonths(2)))));
        assertThrows(AccessDeniedException.class, () -> plans.approve(keyworker, v1, TODAY));
        assertEquals(PlanStatus.DRAFT, plans.plan(keyworker, v1).orElseThrow().status());
        plans.approve(director, v1, TODAY);
        CarePlan approved = plans.plan(keyworker, v1).orElseThrow();
        assertEquals(TODAY.plusMonths(3), approved.reviewDueOn());
        assertEquals(2, approved.actions().size());
        assertEquals("error.planApproved", assertThrows(ValidationException.class,
                () -> plans.saveDraft(keyworker, caseId, draft(action("Модар", TODAY)))).messageKey());
        assertEquals(TODAY.plusMonths(3), caseloads.openCases(keyworker).get(0).nextReviewOn());

        test.clock().advance(Duration.ofDays(92));
        ReviewDetails early = new ReviewDetails(TODAY.minusDays(1), "Модар, Гулнора", null, Map.of());
        assertEquals("error.reviewBeforeApproval", assertThrows(ValidationException.class,
                () -> plans.recordReview(keyworker, v1, early)).messageKey());
        assertEquals(0, test.count("care_plan_review"));
        long v2 = plans.recordReview(keyworker, v1, new ReviewDetails(TODAY.plusDays(90), "Модар, Гулнора Саидова, Фарҳод Назаров",
                "Кор идома меёбад", Map.of(approved.actions().get(0).id(), Progress.DONE, approved.actions().get(1).id(),
                Progress.PARTLY)));
        CarePlan replaced = plans.plan(keyworker, v1).orElseThrow();
        assertEquals(PlanStatus.REPLACED, replaced.status());
        assertEquals(Progress.DONE, replaced.review().progress().get(approved.actions().get(0).id()));
        CarePlan next = plans.plan(keyworker, v2).orElseThrow();
        assertEquals(2, next.version());
        assertEquals(PlanStatus.DRAFT, next.status());
        assertEquals(2, next.actions().size());
        assertEquals(List.of(2, 1), plans.plans(keyworker, caseId).stream().map(PlanSummary::version).toList());
        assertThrows(DataAccessException.class, () -> test.database().dsl().execute(
                "update care_plan set status = 'DRAFT', draft_of_case = case_id, approved_of_case = null, approved_on = null, approved_by = null, review_due_on = null where id = ?", v1));
    }

    @Test
    void notesAreFoundWithTajikLettersTypedOnARussianKeyboard() {
        long caseId = opened(caseloads.open(keyworker, programme(gulnora, TODAY.minusDays(3))));
        records.addNote(keyworker, caseId, new NoteDetails(NoteKind.HOME_VISIT, TODAY, 45, "Ба хона ҳезум оварда шуд", null));
        records.addNote(keyworker, caseId, new NoteDetails(NoteKind.PHONE_CALL, TODAY, 5, "Модар занг зад", null));
        assertEquals(1, records.notes(keyworker, caseId, "хезум").size());
        assertEquals(2, records.notes(keyworker, caseId, "").size());
        assertEquals("error.required", assertThrows(ValidationException.class, () -> records.addNote(keyworker, caseId,
                new NoteDetails(NoteKind.CONTACT, TODAY, null, "  ", null))).messageKey());
        assertEquals(TODAY, caseloads.openCases(keyworker).get(0).lastContactOn());
    }
}
