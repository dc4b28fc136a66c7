package org.markaz.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.shared.Sex;
import org.markaz.testsupport.TestServices;

/**
 * Issue 11's rest: cover and extension refused where they must be, the whole chronology, the
 * referral a case is opened from, a director's note for the worker, overdue reviews for Today,
 * and parenting groups — each bad input refused with its message and nothing written.
 */
class CasesRestServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final TestServices test = TestServices.sampleFamilies();
    private final CaseloadService caseloads = test.services().get(CaseloadService.class);
    private final CaseRecordService records = test.services().get(CaseRecordService.class);
    private final CarePlanService plans = test.services().get(CarePlanService.class);
    private final ParentingGroupService groups = test.services().get(ParentingGroupService.class);
    private final Actor keyworker = test.signIn("keyworker");
    private final Actor keyworker2 = test.signIn("keyworker2");
    private final Actor director = test.signIn("director");
    private final Actor admin = test.signIn("admin");
    private final Actor bookkeeper = test.signIn("bookkeeper");
    private final ChildrenService children = test.services().get(ChildrenService.class);
    private final long familyId = children.createFamily(keyworker, new FamilyDetails(null, "Спитамен", null, Settlement.RURAL,
            null, true, true, false, false, false, null));
    private final long childId = child(familyId, "Ширин Раҳимова", LocalDate.of(2023, 4, 1));
    private final long gulnora = staff("Гулнора Саидова");
    private final long olga = staff("Ольга Петренко");

    @AfterEach
    void close() {
        test.close();
    }

    private long child(long family, String name, LocalDate born) {
        return ((ChildSaveResult.Saved) children.saveChild(keyworker, null, new ChildDetails(family, name, Sex.F, born,
                BirthCertificate.HAS, null, null), ChildConfirmations.NONE.withSameNameAndBirth())).childId();
    }

    private long staff(String name) {
        return caseloads.keyWorkers(director).stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow().staffId();
    }

    private long openProgramme(LocalDate openedOn) {
        return assertInstanceOf(CaseloadResult.Done.class, caseloads.open(keyworker, new CaseOpening(familyId, null,
                CaseType.PROGRAMME, Set.of(childId), gulnora, openedOn, false))).caseId();
    }

    private long referral(long child, LocalDate on) {
        test.database().dsl().execute("insert into referral (child_id, referred_on, source, reason) values (?, ?, 'SELF', ?)",
                child, on, "Модар танҳо аст");
        return test.database().dsl().fetchOne("select max(id) from referral").get(0, Long.class);
    }

    private String familyCode(long family) {
        return test.database().dsl().fetchOne("select code from family where id = ?", family).get(0, String.class);
    }

    private static PlanDraft draft() {
        return new PlanDraft("Модар танҳо аст", "Агар хатар бошад, ба ШҲК хабар медиҳем", TODAY, List.of(new PlanAction(null,
                Indicator.SAFE, "Хонаи бехатар", "Кӯдак бехатар аст", "Ташрифи ҳарҳафтаина", "Дар ташрифҳо хатаре нест",
                TODAY.plusMonths(1), "Гулнора Саидова")));
    }

    @Test
    void coverIsRefusedForTheKeyWorkerThemselvesAndForSomeoneWhoHoldsNoCases() {
        long caseId = openProgramme(TODAY);
        assertEquals("error.coverIsKeyWorker", assertThrows(ValidationException.class,
                () -> caseloads.setCover(director, caseId, Set.of(gulnora))).messageKey());
        long directorStaff = test.database().dsl().fetchOne("select staff_id from app_user where username = 'director'")
                .get(0, Long.class);
        assertEquals("error.notAKeyWorker", assertThrows(ValidationException.class,
                () -> caseloads.setCover(director, caseId, Set.of(directorStaff))).messageKey());
        assertThrows(AccessDeniedException.class, () -> caseloads.setCover(keyworker, caseId, Set.of(olga)));
        assertEquals(0, test.count("case_cover"));
        caseloads.setCover(director, caseId, Set.of(olga));
        assertEquals(List.of("Ольга Петренко"), caseloads.details(keyworker2, caseId).orElseThrow().coveredBy());
    }

    @Test
    void anExtensionMustBeLaterAndOnlyOfAnOpenProgramme() {
        long caseId = openProgramme(TODAY.minusMonths(5));
        LocalDate end = TODAY.minusMonths(5).plusMonths(6);
        assertEquals("error.extensionNotLater", assertThrows(ValidationException.class,
                () -> caseloads.extendProgramme(director, caseId, end, "Лозим")).messageKey());
        assertEquals("error.required", assertThrows(ValidationException.class,
                () -> caseloads.extendProgramme(director, caseId, null, "Лозим")).messageKey());
        long shortTerm = assertInstanceOf(CaseloadResult.Done.class, caseloads.open(keyworker, new CaseOpening(familyId, null,
                CaseType.SHORT_TERM, Set.of(childId), gulnora, TODAY, false))).caseId();
        assertEquals("error.notAProgramme", assertThrows(ValidationException.class,
                () -> caseloads.extendProgramme(director, shortTerm, TODAY.plusMonths(2), "Лозим")).messageKey());
        assertEquals(0, test.database().dsl().fetchOne("select count(*) from family_case where extension_reason is not null")
                .get(0, Integer.class));
        assertEquals(end, caseloads.details(director, caseId).orElseThrow().row().programmeEndsOn());
    }

    @Test
    void theChronologyHoldsEverythingThatHappenedByDateAndPrintsInTajik() throws Exception {
        long caseId = openProgramme(TODAY.minusDays(100));
        records.addChronologyEvent(keyworker, caseId, TODAY.minusDays(400), "Падар ба Русия рафт");
        records.saveAssessment(keyworker, caseId, new AssessmentDetails(TODAY.minusDays(95), "Хуб", null, null, null, null,
                java.util.Map.of()));
        long plan = plans.saveDraft(keyworker, caseId, draft());
        plans.approve(director, plan, TODAY.minusDays(90));
        plans.recordReview(keyworker, plan, new ReviewDetails(TODAY.minusDays(2), "Модар, Гулнора Саидова", "Идома медиҳем",
                java.util.Map.of()));
        records.addNote(keyworker, caseId, new NoteDetails(NoteKind.HOME_VISIT, TODAY.minusDays(50), 60, "Ташрифи хонагӣ", null));
        caseloads.extendProgramme(director, caseId, TODAY.plusMonths(3), "Модар дар беморхона");
        List<ChronologyItem> items = records.fullChronology(keyworker, caseId);
        assertEquals(List.of(ChronologyItem.Kind.EVENT, ChronologyItem.Kind.OPENED, ChronologyItem.Kind.ASSIGNED,
                ChronologyItem.Kind.ASSESSED, ChronologyItem.Kind.PLAN_APPROVED, ChronologyItem.Kind.NOTE,
                ChronologyItem.Kind.REVIEW, ChronologyItem.Kind.EXTENDED), items.stream().map(ChronologyItem::kind).toList());
        assertEquals("Падар ба Русия рафт", items.get(0).detail());
        assertThrows(AccessDeniedException.class, () -> records.fullChronology(keyworker2, caseId));
        assertThrows(AccessDeniedException.class, () -> records.fullChronology(admin, caseId));

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ChronologyPdf.write(caseloads.details(keyworker, caseId).orElseThrow(), items, "Маркази Хуҷанд",
                new Localization(Language.TAJIK, test.services().zone()), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Хронологияи парвандаи"), text);
            assertTrue(text.contains("Падар ба Русия рафт"));
            assertTrue(text.contains("Махфӣ"));
        }
    }

    @Test
    void aCaseIsOpenedFromAReferralOfTheFamilyOnly() {
        long ours = referral(childId, TODAY.minusDays(5));
        long otherFamily = children.createFamily(keyworker, new FamilyDetails(null, "Хуҷанд", null, Settlement.URBAN, null,
                false, false, false, false, false, null));
        long theirs = referral(child(otherFamily, "Фотима Каримова", LocalDate.of(2022, 1, 5)), TODAY.minusDays(3));
        assertEquals(List.of(ours), caseloads.referralsOf(keyworker, familyId).stream().map(ReferralChoice::id).toList());
        assertThrows(AccessDeniedException.class, () -> caseloads.referralsOf(admin, familyId));
        assertEquals("error.referralOfAnotherFamily", assertThrows(ValidationException.class, () -> caseloads.open(keyworker,
                new CaseOpening(familyId, theirs, CaseType.PROGRAMME, Set.of(childId), gulnora, TODAY, false))).messageKey());
        assertEquals(0, test.count("family_case"));
        long caseId = assertInstanceOf(CaseloadResult.Done.class, caseloads.open(keyworker, new CaseOpening(familyId, ours,
                CaseType.PROGRAMME, Set.of(childId), gulnora, TODAY, false))).caseId();
        assertEquals(ours, test.database().dsl().fetchOne("select referral_id from family_case where id = ?", caseId)
                .get(0, Long.class));
    }

    @Test
    void aDirectorWritesANoteForTheWorkerWhoMadeTheContactButAKeyWorkerOnlyTheirOwn() {
        long caseId = openProgramme(TODAY.minusDays(10));
        records.addNote(director, caseId, new NoteDetails(NoteKind.PHONE_CALL, TODAY, 10, "Гулнора занг зад", gulnora));
        assertEquals("Гулнора Саидова", records.notes(director, caseId, "").get(0).workerName());
        records.addNote(director, caseId, new NoteDetails(NoteKind.CONTACT, TODAY, 15, "Директор бо модар вохӯрд", null));
        assertEquals(2, test.count("case_note"));
        caseloads.setCover(director, caseId, Set.of(olga));
        assertThrows(AccessDeniedException.class, () -> records.addNote(keyworker2, caseId,
                new NoteDetails(NoteKind.CONTACT, TODAY, 15, "Барои Гулнора", gulnora)));
        assertEquals(2, test.count("case_note"));
    }

    @Test
    void overdueReviewsAreAKeyWorkersOwnAndEveryOneForTheDirector() {
        long caseId = openProgramme(TODAY.minusMonths(5));
        long plan = plans.saveDraft(keyworker, caseId, draft());
        plans.approve(director, plan, TODAY.minusMonths(4));
        assertEquals(List.of(caseId), caseloads.overdueReviews(keyworker).stream().map(OverdueReview::caseId).toList());
        assertEquals(List.of(caseId), caseloads.overdueReviews(director).stream().map(OverdueReview::caseId).toList());
        assertEquals(List.of(), caseloads.overdueReviews(keyworker2));
        assertThrows(AccessDeniedException.class, () -> caseloads.overdueReviews(bookkeeper));
        assertThrows(AccessDeniedException.class, () -> caseloads.overdueReviews(admin));
        CasesTodayItem card = new CasesTodayItem(caseloads);
        Localization tajik = new Localization(Language.TAJIK, test.services().zone());
        var shown = card.read(keyworker, tajik, TODAY);
        assertTrue(shown.needsAttention());
        assertTrue(shown.lines().get(0).contains("Гулнора Саидова"), shown.lines().toString());
        assertTrue(!card.isShownTo(bookkeeper) && !card.isShownTo(admin) && card.isShownTo(director));
        assertTrue(!card.read(keyworker2, tajik, TODAY).needsAttention());
    }

    @Test
    void aGroupNeedsANameDatesWithinAYearAndAFacilitator() {
        LocalDate start = TODAY.minusWeeks(4);
        assertGroupRefused("error.required", new ParentingGroups.NewGroup(" ", start, start.plusWeeks(14), gulnora));
        assertGroupRefused("error.endBeforeStart", new ParentingGroups.NewGroup("Mellow", start, start.minusDays(1), gulnora));
        assertGroupRefused("error.groupLongerThanAYear", new ParentingGroups.NewGroup("Mellow", start, start.plusYears(2), gulnora));
        assertGroupRefused("error.required", new ParentingGroups.NewGroup("Mellow", start, start.plusWeeks(14), null));
        assertGroupRefused("error.noSuchStaff", new ParentingGroups.NewGroup("Mellow", start, start.plusWeeks(14), 999_999L));
        assertThrows(AccessDeniedException.class, () -> groups.createGroup(admin,
                new ParentingGroups.NewGroup("Mellow", start, start.plusWeeks(14), gulnora)));
        assertThrows(AccessDeniedException.class, () -> groups.groups(bookkeeper));
        assertEquals(0, test.count("parenting_group"));
        assertThrows(DataAccessException.class, () -> test.database().dsl().execute("insert into parenting_group "
                + "(name, starts_on, ends_on, facilitator_id) values ('X', ?, ?, ?)", start, start.plusYears(2), gulnora));
    }

    private void assertGroupRefused(String key, ParentingGroups.NewGroup group) {
        assertEquals(key, assertThrows(ValidationException.class, () -> groups.createGroup(keyworker, group)).messageKey());
    }

    @Test
    void sessionsTakeAttendanceOfTheGroupsCarersAndHeadquartersCountsThem() {
        long carer = children.addCarer(keyworker, familyId, "Малика Раҳимова", null);
        long otherFamily = children.createFamily(keyworker, new FamilyDetails(null, "Хуҷанд", null, Settlement.URBAN, null,
                false, false, false, false, false, null));
        long outsider = children.addCarer(keyworker, otherFamily, "Зарина Каримова", null);
        LocalDate start = TODAY.minusWeeks(4);
        long group = groups.createGroup(keyworker, new ParentingGroups.NewGroup("Волидайни ғамхор — тирамоҳ", start,
                start.plusWeeks(14), gulnora));
        assertEquals("error.noSuchFamilyCode", assertThrows(ValidationException.class,
                () -> groups.carersOfFamily(keyworker, "НЕСТ-999")).messageKey());
        List<ParentingGroups.Carer> found = groups.carersOfFamily(keyworker, familyCode(familyId));
        assertEquals(List.of(carer), found.stream().map(ParentingGroups.Carer::id).toList());
        groups.addCarer(keyworker, group, carer);
        assertEquals("error.carerInGroup", assertThrows(ValidationException.class,
                () -> groups.addCarer(keyworker, group, carer)).messageKey());
        assertEquals(1, test.count("parenting_group_carer"));

        assertSessionRefused("error.sessionWithoutCarers", group, start.plusDays(1), Set.of());
        assertSessionRefused("error.sessionOutsideGroup", group, start.minusDays(1), Set.of(carer));
        assertSessionRefused("error.dateInFuture", group, TODAY.plusDays(1), Set.of(carer));
        assertSessionRefused("error.carerNotInGroup", group, start.plusDays(1), Set.of(carer, outsider));
        assertEquals(0, test.count("parenting_session"));
        assertEquals(0, test.count("parenting_attendance"));
        long session = groups.recordSession(keyworker, group, start.plusDays(1), "Бозӣ бо кӯдак", Set.of(carer));
        assertSessionRefused("error.sessionThatDay", group, start.plusDays(1), Set.of(carer));
        groups.recordSession(keyworker, group, start.plusDays(8), null, Set.of(carer));
        assertThrows(DataAccessException.class, () -> test.database().dsl().execute("insert into parenting_attendance "
                + "(session_id, group_id, carer_id) values (?, ?, ?)", session, group, outsider));

        assertEquals(new ParentingGroups.Counts(1, 2, 1), groups.counts(director, start, TODAY));
        assertEquals(new ParentingGroups.Counts(0, 0, 0), groups.counts(director, start.minusMonths(3), start));
        assertEquals("error.endBeforeStart", assertThrows(ValidationException.class,
                () -> groups.counts(director, TODAY, start)).messageKey());
        ParentingGroups.Group listed = groups.groups(keyworker2).get(0);
        assertEquals(1, listed.carers());
        assertEquals(2, listed.sessions());
        assertEquals("Гулнора Саидова", listed.facilitatorName());
        assertEquals(Set.of(carer), groups.sessions(keyworker, group).get(0).attended());
    }

    private void assertSessionRefused(String key, long group, LocalDate on, Set<Long> carers) {
        assertEquals(key, assertThrows(ValidationException.class,
                () -> groups.recordSession(keyworker, group, on, "Мавзӯъ", carers)).messageKey());
    }
}
