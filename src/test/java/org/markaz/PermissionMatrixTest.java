package org.markaz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.markaz.admissions.Admission;
import org.markaz.admissions.AdmissionsService;
import org.markaz.admissions.AdmitResult;
import org.markaz.admissions.ReferralDecision;
import org.markaz.admissions.ReferralDetails;
import org.markaz.admissions.ReferralSource;
import org.markaz.aid.AidCategory;
import org.markaz.aid.AidReportService;
import org.markaz.aid.AidService;
import org.markaz.aid.AidUnit;
import org.markaz.aid.Donation;
import org.markaz.aid.FundEntryKind;
import org.markaz.aid.Handout;
import org.markaz.aid.HandoutReason;
import org.markaz.aid.HandoutResult;
import org.markaz.aid.ItemDetails;
import org.markaz.aid.MoneyIn;
import org.markaz.aid.Purchase;
import org.markaz.aid.StockTake;
import org.markaz.aid.WriteOff;
import org.markaz.aid.WriteOffCause;
import org.markaz.cases.AssessmentDetails;
import org.markaz.cases.CarePlanService;
import org.markaz.cases.CaseOpening;
import org.markaz.cases.CaseOutcome;
import org.markaz.cases.CaseRecordService;
import org.markaz.cases.CaseType;
import org.markaz.cases.CaseloadResult;
import org.markaz.cases.CaseloadService;
import org.markaz.cases.ParentingGroupService;
import org.markaz.cases.ParentingGroups;
import org.markaz.cases.Indicator;
import org.markaz.cases.NoteDetails;
import org.markaz.cases.NoteKind;
import org.markaz.cases.PlanAction;
import org.markaz.cases.PlanDraft;
import org.markaz.cases.ReviewDetails;
import org.markaz.beds.BedDetails;
import org.markaz.beds.BedRequest;
import org.markaz.beds.BedUnit;
import org.markaz.beds.BedsService;
import org.markaz.beds.Booking;
import org.markaz.beds.BookingPurpose;
import org.markaz.beds.BookingRequest;
import org.markaz.children.BirthCertificate;
import org.markaz.children.ChildConfirmations;
import org.markaz.children.ChildDetails;
import org.markaz.children.ChildSaveResult;
import org.markaz.children.ChildrenService;
import org.markaz.children.FamilyDetails;
import org.markaz.children.Settlement;
import org.markaz.core.FileTrees;
import org.markaz.core.ProgressListener;
import org.markaz.core.audit.AuditFilter;
import org.markaz.core.backup.BackupRestorer;
import org.markaz.core.centre.CentreDetails;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.feature.Services;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.security.Role;
import org.markaz.core.staff.NewAccount;
import org.markaz.core.staff.StaffDetails;
import org.markaz.core.staff.StaffForm;
import org.markaz.figures.ExportFormat;
import org.markaz.figures.FiguresExportService;
import org.markaz.figures.FiguresService;
import org.markaz.hqexport.ConsolidationService;
import org.markaz.hqexport.Dhis2SettingsService;
import org.markaz.hqexport.ExportPeriod;
import org.markaz.hqexport.ExportRequest;
import org.markaz.hqexport.ExportResult;
import org.markaz.hqexport.HqExportService;
import org.markaz.register.Mark;
import org.markaz.register.RegisterService;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.Relationship;
import org.markaz.shared.ServiceType;
import org.markaz.shared.Sex;
import org.markaz.testsupport.TestServices;

/**
 * docs/roles.md as a table: every public service method, called as every role. Allowed calls
 * work; refused ones are refused by the service itself and write nothing. A new service method
 * fails the first test until it is added here, with the permission the matrix gives it.
 */
class PermissionMatrixTest {

    /** Needs no permission of a role: a signed-in user's own account. */
    private static final Permission OWN_ACCOUNT = null;
    private static final char[] PASSPHRASE = "сад гул бод ва борон".toCharArray();

    private static Path folder;
    private static TestServices test;
    private static Services services;
    private static Actor admin;
    private static long familyId;
    private static long carerId;
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    /** What a call needs written first, by the administrator (a new child to archive, say); done before the counting. */
    @FunctionalInterface
    private interface Prepare {
        Object get() throws Exception;
    }

    /** A call of one service method as a given actor, on what was prepared for it. */
    @FunctionalInterface
    private interface Call {
        void as(Actor actor, Object prepared) throws Exception;
    }

    private record Entry(Permission needed, Prepare prepare, Call call) {
    }

    private static Entry entry(Permission needed, Call call) {
        return new Entry(needed, () -> null, call);
    }

    private static Entry entry(Permission needed, Prepare prepare, Call call) {
        return new Entry(needed, prepare, call);
    }

    @BeforeAll
    static void openTheSampleCentre() throws Exception {
        folder = Files.createTempDirectory("markaz-permissions");
        test = TestServices.sampleCentreIn(new DataDirectory(folder.resolve("centre")));
        services = test.services();
        admin = test.signIn("admin");
        services.backups().setPassphrase(admin, PASSPHRASE, PASSPHRASE);
        var family = services.get(ChildrenService.class).search(admin, "", false).get(0);
        familyId = family.familyId();
        carerId = services.get(ChildrenService.class).family(admin, familyId).orElseThrow().carers().get(0).id();
    }

    @AfterAll
    static void close() {
        test.close();
        FileTrees.delete(folder);
    }

    private static ChildrenService children() {
        return services.get(ChildrenService.class);
    }

    private static AdmissionsService admissions() {
        return services.get(AdmissionsService.class);
    }

    private static RegisterService register() {
        return services.get(RegisterService.class);
    }

    private static LocalDate today() {
        return LocalDate.now(services.clock());
    }

    /** A new child, written by the administrator, for the calls that change or delete one. */
    private static long newChild() {
        ChildSaveResult saved = children().saveChild(admin, null, new ChildDetails(familyId, "Кӯдаки санҷишӣ " + UNIQUE.incrementAndGet(),
                Sex.F, today().minusYears(3), BirthCertificate.HAS, null, null), ChildConfirmations.NONE.withSameNameAndBirth());
        return ((ChildSaveResult.Saved) saved).childId();
    }

    private static Admission dayCareOf(long childId) {
        return new Admission(childId, null, ServiceType.DAY_CARE, null, EnumSet.allOf(DayOfWeek.class), today().minusDays(7),
                null, false, null);
    }

    private static long dayCare(long childId) {
        return ((AdmitResult.Admitted) admissions().admit(admin, dayCareOf(childId))).enrolmentId();
    }

    private static long childInDayCare() {
        long child = newChild();
        dayCare(child);
        return child;
    }

    private static AidService aid() {
        return services.get(AidService.class);
    }

    /** A new item of the aid catalogue, written by the director (who keeps the fund; the administrator does not). */
    private static long aidItem() {
        int n = UNIQUE.incrementAndGet();
        return aid().saveItem(test.signIn("director"), null, new ItemDetails("Test soap " + n, "Мыло " + n, "Собун " + n,
                AidCategory.HYGIENE, AidUnit.PIECE, false, null));
    }

    /** A new item with five pieces given to the fund. */
    private static long stockedItem() {
        long item = aidItem();
        aid().recordDonationInKind(test.signIn("director"), new Donation(today(), "Дӯкони Шодмон", item, 5, java.math.BigDecimal.TEN, null));
        return item;
    }

    private static long grant() {
        return aid().recordMoneyIn(test.signIn("director"), new MoneyIn(FundEntryKind.GRANT, today(), "Families Together UK",
                new java.math.BigDecimal("500"), null, null, null, null));
    }

    private static Handout handout(long item) {
        return new Handout(familyId, today(), HandoutReason.CRISIS, null, null, null, "Каримова Ф.", false,
                List.of(new Handout.Line(item, 1)));
    }

    private static long handedOut() {
        return ((HandoutResult.Saved) aid().handOut(test.signIn("director"), handout(stockedItem()), false)).handoutId();
    }

    private static CaseloadService caseloads() {
        return services.get(CaseloadService.class);
    }

    /** The sample key worker's staff id: the matrix's cases are hers, so a key worker's allowed calls work. */
    private static long keyWorkerStaff() {
        return caseloads().keyWorkers(test.signIn("director")).stream().filter(w -> w.name().equals("Гулнора Саидова"))
                .findFirst().orElseThrow().staffId();
    }

    /** A case to open for a new child; confirmed past the caseload limit only for the director's preparations. */
    private static CaseOpening caseOpening(Long keyWorker, boolean overLimitConfirmed) {
        long child = newChild();
        return new CaseOpening(familyId, null, CaseType.PROGRAMME, Set.of(child), keyWorker, today().minusDays(20),
                overLimitConfirmed);
    }

    /** An open programme case of the sample key worker, opened by the director. */
    private static long keyWorkersCase() {
        return ((CaseloadResult.Done) caseloads().open(test.signIn("director"), caseOpening(keyWorkerStaff(), true))).caseId();
    }

    private static PlanDraft planDraft() {
        return new PlanDraft("Сабаб", null, null, List.of(new PlanAction(null, Indicator.SAFE, "Эҳтиёҷ", "Натиҷа", "Кор",
                "Нишона", today().plusMonths(1), "Гулнора Саидова")));
    }

    private static long draftPlan() {
        return services.get(CarePlanService.class).saveDraft(test.signIn("director"), keyWorkersCase(), planDraft());
    }

    private static long approvedPlan() {
        long plan = draftPlan();
        services.get(CarePlanService.class).approve(test.signIn("director"), plan, today().minusDays(10));
        return plan;
    }

    private static ParentingGroupService parentingGroups() {
        return services.get(ParentingGroupService.class);
    }

    /** A parenting group run by the sample key worker, which the matrix's carer joined. */
    private static long parentingGroup() {
        Actor director = test.signIn("director");
        long group = parentingGroups().createGroup(director, new ParentingGroups.NewGroup("Mellow " + UNIQUE.incrementAndGet(),
                today().minusDays(7), today().plusDays(90), keyWorkerStaff()));
        parentingGroups().addCarer(director, group, carerId);
        return group;
    }

    private static HqExportService hq() {
        return services.get(HqExportService.class);
    }

    private static Path hqFolder() throws java.io.IOException {
        return Files.createDirectories(folder.resolve("hq-" + UNIQUE.incrementAndGet()));
    }

    /** A package of a month, made by the administrator. */
    private static ExportResult.Made hqPackage() throws java.io.IOException {
        return (ExportResult.Made) hq().export(admin, ExportRequest.of(ExportPeriod.parse("2026-07"), hqFolder()).confirmed(),
                ProgressListener.NONE);
    }

    private static BedsService beds() {
        return services.get(BedsService.class);
    }

    private static BedDetails bedDetails() {
        return new BedDetails(BedUnit.RESPITE, "Ҳуҷраи санҷишӣ", "С-" + UNIQUE.incrementAndGet(), today().minusYears(1), null);
    }

    private static long newBed() {
        return beds().saveBed(admin, null, bedDetails());
    }

    private static BookingRequest respite(long bed, long child, int fromToday, boolean begun) {
        return new BookingRequest(bed, child, List.of(), null, ServiceType.RESIDENTIAL_RESPITE, BookingPurpose.FAMILY_RESPITE,
                today().plusDays(fromToday), today().plusDays(fromToday + 2L), null, begun, null);
    }

    /** A booking on a bed and child of its own, from today or later, checked in already if {@code begun}. */
    private static long booking(int fromToday, boolean begun) {
        return beds().book(admin, respite(newBed(), newChild(), fromToday, begun));
    }

    private static long bedRequest() {
        return beds().request(admin, new BedRequest(newChild(), BedUnit.RESPITE, today().plusDays(200 + UNIQUE.incrementAndGet()),
                2, 1, "Модар бемор аст"));
    }

    private static FamilyDetails family() {
        return new FamilyDetails(null, "Хуҷанд", null, Settlement.URBAN, null, false, false, false, false, false, null);
    }

    /** ClassName.method -> the permission it needs and a call that works for a role that has it. */
    private static Map<String, Entry> matrix() {
        Map<String, Entry> m = new LinkedHashMap<>();
        m.put("ChildrenService.search", entry(Permission.VIEW_CHILDREN, (a, p) -> children().search(a, "а", false)));
        m.put("ChildrenService.child", entry(Permission.VIEW_CHILDREN, PermissionMatrixTest::newChild,
                (a, child) -> children().child(a, (long) child)));
        m.put("ChildrenService.searchFamilies", entry(Permission.VIEW_FAMILIES, (a, p) -> children().searchFamilies(a, "а", false)));
        m.put("ChildrenService.family", entry(Permission.VIEW_CHILDREN, (a, p) -> children().family(a, familyId)));
        m.put("ChildrenService.createFamily", entry(Permission.EDIT_CHILDREN, (a, p) -> {
            children().createFamily(a, family());
            children().createFamily(a, family(), false);
        }));
        m.put("ChildrenService.updateFamily", entry(Permission.EDIT_CHILDREN, () -> children().createFamily(admin, family()),
                (a, family) -> children().updateFamily(a, (long) family, family())));
        m.put("ChildrenService.addCarer", entry(Permission.EDIT_CHILDREN, (a, p) -> children().addCarer(a, familyId, "Модар " + UNIQUE.incrementAndGet(), null)));
        m.put("ChildrenService.setRelationship", entry(Permission.EDIT_CHILDREN, PermissionMatrixTest::newChild,
                (a, child) -> children().setRelationship(a, (long) child, carerId, Relationship.MOTHER)));
        m.put("ChildrenService.saveChild", entry(Permission.EDIT_CHILDREN, (a, p) -> children().saveChild(a, null,
                new ChildDetails(familyId, "Кӯдаки нав " + UNIQUE.incrementAndGet(), Sex.M, today().minusYears(2),
                        BirthCertificate.HAS, null, null), ChildConfirmations.NONE.withSameNameAndBirth())));
        m.put("ChildrenService.archiveChild", entry(Permission.EDIT_CHILDREN, PermissionMatrixTest::newChild,
                (a, child) -> children().archiveChild(a, (long) child, "ба мактаб рафт")));
        m.put("ChildrenService.deleteEnteredByMistake", entry(Permission.EDIT_CHILDREN, PermissionMatrixTest::newChild,
                (a, child) -> children().deleteEnteredByMistake(a, (long) child)));

        m.put("AdmissionsService.referrals", entry(Permission.VIEW_CHILDREN, PermissionMatrixTest::newChild,
                (a, child) -> admissions().referrals(a, (long) child)));
        m.put("AdmissionsService.enrolments", entry(Permission.VIEW_CHILDREN, PermissionMatrixTest::newChild,
                (a, child) -> admissions().enrolments(a, (long) child)));
        m.put("AdmissionsService.recordReferral", entry(Permission.EDIT_CHILDREN, PermissionMatrixTest::newChild,
                (a, child) -> admissions().recordReferral(a, new ReferralDetails((long) child, today(), ReferralSource.SELF,
                        "Модар кӯмак мехоҳад", null))));
        m.put("AdmissionsService.decideReferral", entry(Permission.EDIT_CHILDREN, () -> admissions().recordReferral(admin,
                new ReferralDetails(newChild(), today(), ReferralSource.CRU, "Арзёбӣ", null)),
                (a, referral) -> admissions().decideReferral(a, (long) referral, ReferralDecision.ACCEPTED, today())));
        m.put("AdmissionsService.admit", entry(Permission.EDIT_CHILDREN, PermissionMatrixTest::newChild,
                (a, child) -> admissions().admit(a, dayCareOf((long) child))));
        m.put("AdmissionsService.discharge", entry(Permission.EDIT_CHILDREN, () -> dayCare(newChild()),
                (a, enrolment) -> admissions().discharge(a, (long) enrolment, today(), DischargeOutcome.RETURNED_TO_PARENTS, null)));
        m.put("AdmissionsService.changePlannedEnd", entry(Permission.EDIT_CHILDREN, () -> dayCare(newChild()),
                (a, enrolment) -> admissions().changePlannedEnd(a, (long) enrolment, today().plusMonths(1), null)));

        m.put("RegisterService.absentInARow", entry(Permission.VIEW_REGISTER, (a, p) -> register().absentInARow(a, today())));
        m.put("RegisterService.day", entry(Permission.VIEW_REGISTER, (a, p) -> register().day(a, today())));
        m.put("RegisterService.week", entry(Permission.VIEW_REGISTER, (a, p) -> register().week(a, today().with(DayOfWeek.MONDAY))));
        m.put("RegisterService.mark", entry(Permission.MARK_REGISTER, PermissionMatrixTest::childInDayCare,
                (a, child) -> register().mark(a, (long) child, today(), false, Mark.absent(org.markaz.register.AbsenceReason.ILL))));
        m.put("RegisterService.markDay", entry(Permission.MARK_REGISTER, PermissionMatrixTest::childInDayCare,
                (a, child) -> register().markDay(a, today(), Map.of((long) child, Mark.present(java.time.LocalTime.of(8, 30))))));
        m.put("RegisterService.closeDay", entry(Permission.CLOSE_REGISTER, (a, p) ->
                register().closeDay(a, today().minusDays(200 + UNIQUE.incrementAndGet()))));

        m.put("CaseloadService.openCases", entry(Permission.VIEW_CASELOADS, (a, p) -> caseloads().openCases(a)));
        m.put("CaseloadService.casesOfFamily", entry(Permission.VIEW_CASELOADS, (a, p) -> caseloads().casesOfFamily(a, familyId)));
        m.put("CaseloadService.details", entry(Permission.VIEW_CASES, PermissionMatrixTest::keyWorkersCase,
                (a, c) -> caseloads().details(a, (long) c)));
        m.put("CaseloadService.keyWorkers", entry(Permission.VIEW_CASELOADS, (a, p) -> caseloads().keyWorkers(a)));
        m.put("CaseloadService.caseloadLimit", entry(Permission.VIEW_CASELOADS, (a, p) -> caseloads().caseloadLimit(a)));
        m.put("CaseloadService.setCaseloadLimit", entry(Permission.MANAGE_CASELOADS, (a, p) -> caseloads().setCaseloadLimit(a, 20)));
        m.put("CaseloadService.open", entry(Permission.EDIT_CASES, () -> caseOpening(keyWorkerStaff(), false),
                (a, opening) -> caseloads().open(a, (CaseOpening) opening)));
        m.put("CaseloadService.reassign", entry(Permission.MANAGE_CASELOADS, PermissionMatrixTest::keyWorkersCase,
                (a, c) -> caseloads().reassign(a, Set.of((long) c), null, false)));
        m.put("CaseloadService.setCover", entry(Permission.MANAGE_CASELOADS, PermissionMatrixTest::keyWorkersCase,
                (a, c) -> caseloads().setCover(a, (long) c, Set.of())));
        m.put("CaseloadService.extendProgramme", entry(Permission.MANAGE_CASELOADS, PermissionMatrixTest::keyWorkersCase,
                (a, c) -> caseloads().extendProgramme(a, (long) c, today().plusMonths(7), "Модар бемор аст")));
        m.put("CaseloadService.close", entry(Permission.EDIT_CASES, PermissionMatrixTest::keyWorkersCase,
                (a, c) -> caseloads().close(a, (long) c, today(), Set.of(CaseOutcome.GOALS_MET), null)));
        m.put("CaseloadService.isOnCaseload", entry(Permission.VIEW_CASELOADS, (a, p) -> caseloads().isOnCaseload(a, familyId)));
        m.put("CaseRecordService.assessment", entry(Permission.VIEW_CASES, PermissionMatrixTest::keyWorkersCase,
                (a, c) -> services.get(CaseRecordService.class).assessment(a, (long) c)));
        m.put("CaseRecordService.saveAssessment", entry(Permission.EDIT_CASES, PermissionMatrixTest::keyWorkersCase,
                (a, c) -> services.get(CaseRecordService.class).saveAssessment(a, (long) c, new AssessmentDetails(today(),
                        "Инкишоф", null, null, null, null, Map.of(Indicator.SAFE, new AssessmentDetails.Score(2, null))))));
        m.put("CaseRecordService.chronology", entry(Permission.VIEW_CASES, PermissionMatrixTest::keyWorkersCase,
                (a, c) -> services.get(CaseRecordService.class).chronology(a, (long) c)));
        m.put("CaseRecordService.addChronologyEvent", entry(Permission.EDIT_CASES, PermissionMatrixTest::keyWorkersCase,
                (a, c) -> services.get(CaseRecordService.class).addChronologyEvent(a, (long) c, today(), "Ҳодиса")));
        m.put("CaseRecordService.notes", entry(Permission.VIEW_CASES, PermissionMatrixTest::keyWorkersCase,
                (a, c) -> services.get(CaseRecordService.class).notes(a, (long) c, "хона")));
        m.put("CaseRecordService.addNote", entry(Permission.EDIT_CASES, PermissionMatrixTest::keyWorkersCase,
                (a, c) -> services.get(CaseRecordService.class).addNote(a, (long) c, new NoteDetails(NoteKind.PHONE_CALL, today(),
                        5, "Занг", null))));
        m.put("CarePlanService.plans", entry(Permission.VIEW_CASES, PermissionMatrixTest::keyWorkersCase,
                (a, c) -> services.get(CarePlanService.class).plans(a, (long) c)));
        m.put("CarePlanService.plan", entry(Permission.VIEW_CASES, PermissionMatrixTest::draftPlan,
                (a, plan) -> services.get(CarePlanService.class).plan(a, (long) plan)));
        m.put("CarePlanService.saveDraft", entry(Permission.EDIT_CASES, PermissionMatrixTest::keyWorkersCase,
                (a, c) -> services.get(CarePlanService.class).saveDraft(a, (long) c, planDraft())));
        m.put("CarePlanService.approve", entry(Permission.APPROVE_CARE_PLANS, PermissionMatrixTest::draftPlan,
                (a, plan) -> services.get(CarePlanService.class).approve(a, (long) plan, today())));
        m.put("CarePlanService.recordReview", entry(Permission.EDIT_CASES, PermissionMatrixTest::approvedPlan,
                (a, plan) -> services.get(CarePlanService.class).recordReview(a, (long) plan, new ReviewDetails(today(),
                        "Модар, Гулнора", null, Map.of()))));
        m.put("CarePlanService.printable", entry(Permission.VIEW_CASES, PermissionMatrixTest::approvedPlan,
                (a, plan) -> services.get(CarePlanService.class).printable(a, (long) plan)));
        m.put("CarePlanService.dueForReview", entry(Permission.APPROVE_CARE_PLANS, (a, p) ->
                services.get(CarePlanService.class).dueForReview(a, today(), today().plusDays(6))));
        m.put("CaseloadService.referralsOf", entry(Permission.EDIT_CASES, (a, p) -> caseloads().referralsOf(a, familyId)));
        m.put("CaseloadService.overdueReviews", entry(Permission.VIEW_CASES, (a, p) -> caseloads().overdueReviews(a)));
        m.put("CaseRecordService.fullChronology", entry(Permission.VIEW_CASES, PermissionMatrixTest::keyWorkersCase,
                (a, c) -> services.get(CaseRecordService.class).fullChronology(a, (long) c)));
        m.put("ParentingGroupService.groups", entry(Permission.VIEW_CASES, (a, p) -> parentingGroups().groups(a)));
        m.put("ParentingGroupService.facilitators", entry(Permission.EDIT_CASES, (a, p) -> parentingGroups().facilitators(a)));
        m.put("ParentingGroupService.createGroup", entry(Permission.EDIT_CASES, (a, p) -> parentingGroups().createGroup(a,
                new ParentingGroups.NewGroup("Mellow", today(), today().plusWeeks(14), keyWorkerStaff()))));
        m.put("ParentingGroupService.members", entry(Permission.VIEW_CASES, PermissionMatrixTest::parentingGroup,
                (a, g) -> parentingGroups().members(a, (long) g)));
        m.put("ParentingGroupService.carersOfFamily", entry(Permission.EDIT_CASES, (a, p) -> parentingGroups().carersOfFamily(a,
                test.database().dsl().fetchOne("select code from family where id = ?", familyId).get(0, String.class))));
        m.put("ParentingGroupService.addCarer", entry(Permission.EDIT_CASES, () -> parentingGroups().createGroup(
                test.signIn("director"), new ParentingGroups.NewGroup("Mellow", today(), today().plusWeeks(14), keyWorkerStaff())),
                (a, g) -> parentingGroups().addCarer(a, (long) g, carerId)));
        m.put("ParentingGroupService.sessions", entry(Permission.VIEW_CASES, PermissionMatrixTest::parentingGroup,
                (a, g) -> parentingGroups().sessions(a, (long) g)));
        m.put("ParentingGroupService.recordSession", entry(Permission.EDIT_CASES, PermissionMatrixTest::parentingGroup,
                (a, g) -> parentingGroups().recordSession(a, (long) g, today(), null, Set.of(carerId))));
        m.put("ParentingGroupService.counts", entry(Permission.VIEW_CASES, (a, p) -> parentingGroups().counts(a,
                today().minusMonths(3), today())));
        m.put("BedsService.beds", entry(Permission.VIEW_BEDS, (a, p) -> beds().beds(a)));
        m.put("BedsService.saveBed", entry(Permission.MANAGE_BEDS, (a, p) -> beds().saveBed(a, null, bedDetails())));
        m.put("BedsService.calendar", entry(Permission.VIEW_BEDS, (a, p) -> beds().calendar(a, today(), today().plusDays(30), true)));
        m.put("BedsService.booking", entry(Permission.VIEW_BEDS, () -> booking(1, false),
                (a, booking) -> beds().booking(a, (long) booking)));
        m.put("BedsService.book", entry(Permission.BOOK_BEDS, () -> respite(newBed(), newChild(), 1, false),
                (a, request) -> beds().book(a, (BookingRequest) request)));
        m.put("BedsService.change", entry(Permission.BOOK_BEDS, () -> booking(1, false), (a, booking) -> {
            Booking b = beds().booking(admin, (long) booking).orElseThrow();
            beds().change(a, b.id(), b.asRequest().movedTo(b.bedId(), b.firstNight(), b.lastNight().plusDays(1)));
        }));
        m.put("BedsService.cancel", entry(Permission.BOOK_BEDS, () -> booking(1, false), (a, booking) -> beds().cancel(a, (long) booking)));
        m.put("BedsService.checkIn", entry(Permission.BOOK_BEDS, () -> booking(0, false),
                (a, booking) -> beds().checkIn(a, (long) booking, today())));
        m.put("BedsService.endsAdmission", entry(Permission.VIEW_BEDS, () -> booking(0, true),
                (a, booking) -> beds().endsAdmission(a, (long) booking)));
        m.put("BedsService.checkOut", entry(Permission.BOOK_BEDS, () -> booking(0, true),
                (a, booking) -> beds().checkOut(a, (long) booking, today(), DischargeOutcome.RETURNED_TO_PARENTS, null)));
        m.put("BedsService.arrivalsAndLeavings", entry(Permission.VIEW_BEDS, (a, p) -> beds().arrivalsAndLeavings(a, today(),
                today().plusDays(1))));
        m.put("BedsService.needsABed", entry(Permission.VIEW_BEDS, (a, p) -> beds().needsABed(a)));
        m.put("BedsService.figures", entry(Permission.VIEW_FIGURES, (a, p) -> beds().figures(a, today().minusMonths(3), today())));
        m.put("BedsService.request", entry(Permission.BOOK_BEDS, PermissionMatrixTest::newChild, (a, child) -> beds().request(a,
                new BedRequest((long) child, BedUnit.RESPITE, today().plusDays(3), 2, 2, "Модар бемор аст"))));
        m.put("BedsService.waitingList", entry(Permission.VIEW_BEDS, (a, p) -> beds().waitingList(a)));
        m.put("BedsService.withdraw", entry(Permission.BOOK_BEDS, PermissionMatrixTest::bedRequest,
                (a, request) -> beds().withdraw(a, (long) request)));
        m.put("BedsService.firstFreeBed", entry(Permission.VIEW_BEDS, (a, p) -> beds().firstFreeBed(a, BedUnit.RESPITE,
                today().plusDays(100), 3)));
        m.put("BedsService.bookFromRequest", entry(Permission.BOOK_BEDS, PermissionMatrixTest::bedRequest,
                (a, request) -> beds().bookFromRequest(a, (long) request, ServiceType.RESIDENTIAL_RESPITE,
                        BookingPurpose.FAMILY_RESPITE, null)));

        m.put("FiguresService.compute", entry(Permission.VIEW_FIGURES, (a, p) -> services.get(FiguresService.class)
                .compute(a, today().minusMonths(3), today())));
        m.put("FiguresExportService.save", entry(Permission.VIEW_FIGURES, (a, p) -> services.get(FiguresExportService.class)
                .save(a, ExportFormat.CSV, today().minusMonths(3), today(), new org.markaz.core.i18n.Localization(Language.TAJIK),
                        Files.createDirectories(folder.resolve("exports")).resolve("figures-" + UNIQUE.incrementAndGet() + ".csv"),
                        false)));

        m.put("HqExportService.table", entry(Permission.EXPORT_HQ, (a, p) -> hq().table(a, ExportPeriod.parse("2026Q2"))));
        m.put("HqExportService.tableBesideThePrevious", entry(Permission.EXPORT_HQ,
                (a, p) -> hq().tableBesideThePrevious(a, ExportPeriod.parse("2026Q2"))));
        m.put("HqExportService.unclosedDays", entry(Permission.EXPORT_HQ, (a, p) -> hq().unclosedDays(a, ExportPeriod.parse("2026-09"))));
        m.put("HqExportService.log", entry(Permission.EXPORT_HQ, (a, p) -> hq().log(a)));
        m.put("HqExportService.export", entry(Permission.EXPORT_HQ, (a, p) -> hq().export(a,
                ExportRequest.of(ExportPeriod.parse("2026-08"), hqFolder()).confirmed(), ProgressListener.NONE)));
        m.put("HqExportService.saveAgain", entry(Permission.EXPORT_HQ, () -> hqPackage().record().id(),
                (a, id) -> hq().saveAgain(a, (long) id, hqFolder())));
        m.put("ConsolidationService.consolidate", entry(Permission.CONSOLIDATE_PACKAGES, () -> hqPackage().file(),
                (a, file) -> services.get(ConsolidationService.class).consolidate(a, List.of((Path) file), List.of(), null,
                        hqFolder(), new org.markaz.core.i18n.Localization(Language.ENGLISH))));
        m.put("Dhis2SettingsService.settings", entry(Permission.EXPORT_HQ, (a, p) -> services.get(Dhis2SettingsService.class)
                .settings(a)));
        m.put("Dhis2SettingsService.save", entry(Permission.EXPORT_HQ, (a, p) -> services.get(Dhis2SettingsService.class)
                .save(a, "", List.of(new Dhis2SettingsService.Mapping("FAMILIES_SUPPORTED", "", "", "")))));
        m.put("Dhis2SettingsService.importCsv", entry(Permission.EXPORT_HQ, () -> {
            Path file = folder.resolve("dhis2-mapping-" + UNIQUE.incrementAndGet() + ".csv");
            Files.writeString(file, "FAMILIES_SUPPORTED;;Fam" + String.format("%08d", UNIQUE.get()) + ";\n");
            return file;
        }, (a, file) -> services.get(Dhis2SettingsService.class).importCsv(a, (Path) file)));

        m.put("AidService.items", entry(Permission.VIEW_AID, (a, p) -> aid().items(a)));
        m.put("AidService.saveItem", entry(Permission.KEEP_AID, PermissionMatrixTest::aidItem, (a, item) -> {
            int n = UNIQUE.incrementAndGet();
            aid().saveItem(a, (long) item, new ItemDetails("Soap " + n, "Мыло " + n, "Собун " + n, AidCategory.HYGIENE,
                    AidUnit.PACK, false, 3));
        }));
        m.put("AidService.fundBalance", entry(Permission.VIEW_AID, (a, p) -> aid().fundBalance(a)));
        m.put("AidService.fundEntries", entry(Permission.VIEW_AID, (a, p) -> aid().fundEntries(a, today().minusMonths(1), today())));
        m.put("AidService.recordMoneyIn", entry(Permission.KEEP_AID, (a, p) -> aid().recordMoneyIn(a, new MoneyIn(
                FundEntryKind.DONATION, today(), "Дӯкони Шодмон", new java.math.BigDecimal("120.50"), null, null, null, null))));
        m.put("AidService.recordPurchase", entry(Permission.KEEP_AID, () -> {
            grant();
            return aidItem();
        }, (a, item) -> aid().recordPurchase(a, new Purchase(today(), "Бозори Панҷшанбе", "R-" + UNIQUE.incrementAndGet(),
                List.of(new Purchase.Line((long) item, 2, new java.math.BigDecimal("12.40"), null))))));
        m.put("AidService.reverseFundEntry", entry(Permission.KEEP_AID, PermissionMatrixTest::grant,
                (a, entry) -> aid().reverseFundEntry(a, (long) entry, "entered twice")));
        m.put("AidService.stock", entry(Permission.VIEW_AID, (a, p) -> aid().stock(a)));
        m.put("AidService.batches", entry(Permission.VIEW_AID, PermissionMatrixTest::stockedItem, (a, item) -> aid().batches(a, (long) item)));
        m.put("AidService.itemMoves", entry(Permission.VIEW_AID, PermissionMatrixTest::stockedItem, (a, item) -> aid().itemMoves(a, (long) item)));
        m.put("AidService.expiringSoon", entry(Permission.VIEW_AID, (a, p) -> aid().expiringSoon(a)));
        m.put("AidService.recordDonationInKind", entry(Permission.KEEP_AID, PermissionMatrixTest::aidItem, (a, item) ->
                aid().recordDonationInKind(a, new Donation(today(), "Дӯкони Шодмон", (long) item, 3, java.math.BigDecimal.ONE, null))));
        m.put("AidService.stockTake", entry(Permission.KEEP_AID, PermissionMatrixTest::stockedItem, (a, item) ->
                aid().stockTake(a, new StockTake(today(), (long) item, null, 4, "one missing"))));
        m.put("AidService.writeOff", entry(Permission.KEEP_AID, PermissionMatrixTest::stockedItem, (a, item) ->
                aid().writeOff(a, new WriteOff(today(), (long) item, null, 1, WriteOffCause.DAMAGED, null))));
        m.put("AidService.reverseStockMove", entry(Permission.KEEP_AID, () -> aid().itemMoves(admin, stockedItem()).get(0).id(),
                (a, move) -> aid().reverseStockMove(a, (long) move, "not given after all")));
        m.put("AidService.handOut", entry(Permission.HAND_OUT_AID, PermissionMatrixTest::stockedItem,
                (a, item) -> aid().handOut(a, handout((long) item), false)));
        m.put("AidService.confirmReceived", entry(Permission.HAND_OUT_AID, PermissionMatrixTest::handedOut,
                (a, handout) -> aid().confirmReceived(a, (long) handout)));
        m.put("AidService.reverseHandout", entry(Permission.KEEP_AID, PermissionMatrixTest::handedOut,
                (a, handout) -> aid().reverseHandout(a, (long) handout, "wrong family")));
        m.put("AidService.handouts", entry(Permission.VIEW_AID, (a, p) -> aid().handouts(a, today().minusMonths(1), today())));
        // the key worker asks and sees aid only for families on her caseload: the preparation opens her a case there
        m.put("AidService.requestAid", entry(Permission.REQUEST_AID, PermissionMatrixTest::keyWorkersCase,
                (a, p) -> aid().requestAid(a, familyId, HandoutReason.WINTER, "Ангишт барои зимистон")));
        m.put("AidService.myRequests", entry(Permission.REQUEST_AID, (a, p) -> aid().myRequests(a)));
        m.put("AidService.pendingRequests", entry(Permission.KEEP_AID, (a, p) -> aid().pendingRequests(a)));
        m.put("AidService.decideRequest", entry(Permission.KEEP_AID, () -> {
            keyWorkersCase();
            return aid().requestAid(test.signIn("keyworker"), familyId, HandoutReason.CRISIS, "Бастаи озуқа");
        }, (a, request) -> aid().decideRequest(a, (long) request, true, null)));
        m.put("AidReportService.monthStatement", entry(Permission.VIEW_AID, (a, p) -> services.get(AidReportService.class)
                .monthStatement(a, java.time.YearMonth.from(today()))));
        m.put("AidReportService.byFamily", entry(Permission.VIEW_AID, (a, p) -> services.get(AidReportService.class)
                .byFamily(a, today().minusMonths(1), today())));
        m.put("AidReportService.byCategory", entry(Permission.VIEW_AID, (a, p) -> services.get(AidReportService.class)
                .byCategory(a, today().minusMonths(1), today())));
        m.put("AidReportService.spending", entry(Permission.VIEW_AID, (a, p) -> services.get(AidReportService.class)
                .spending(a, today().minusMonths(12), today())));
        m.put("AidService.familyHistory", entry(Permission.VIEW_FAMILY_AID, PermissionMatrixTest::keyWorkersCase,
                (a, p) -> aid().familyHistory(a, familyId)));

        m.put("AuditService.search", entry(Permission.VIEW_AUDIT, (a, p) -> services.audit().search(a, AuditFilter.everything(), 0)));
        m.put("AuditService.newestChange", entry(Permission.VIEW_CENTRE, (a, p) -> services.audit().newestChange(a)));
        m.put("AuditService.actors", entry(Permission.VIEW_AUDIT, (a, p) -> services.audit().actors(a)));
        m.put("AuditService.tableNames", entry(Permission.VIEW_AUDIT, (a, p) -> services.audit().tableNames(a)));
        m.put("AuditService.changes", entry(Permission.VIEW_AUDIT, (a, p) -> services.audit().changes(a, 1L)));

        m.put("StaffService.list", entry(Permission.VIEW_STAFF, (a, p) -> services.staff().list(a)));
        m.put("StaffService.addStaffMember", entry(Permission.MANAGE_USERS, (a, p) -> {
            services.staff().addStaffMember(a, new StaffDetails("Корманди нав", null, null, true),
                    new NewAccount("user" + UNIQUE.incrementAndGet(), Role.KEY_WORKER, Language.TAJIK,
                            "рамзи-дароз-2026".toCharArray()));
            services.staff().addStaffMember(a, new StaffDetails("Корманди нав " + UNIQUE.incrementAndGet(), null, null,
                    true), null, false);
        }));
        m.put("StaffService.addDemoStaffMember", entry(Permission.MANAGE_USERS, (a, p) -> services.staff().addDemoStaffMember(a,
                new StaffDetails("Корманди намунавӣ", null, null, true), "demo" + UNIQUE.incrementAndGet(), Role.KEY_WORKER,
                Language.RUSSIAN, services.staff().hashDemoPassword("рамзи-дароз-2026".toCharArray()))));
        m.put("StaffService.save", entry(Permission.MANAGE_USERS, (a, p) -> services.staff().save(a, new StaffForm(null,
                new StaffDetails("Корманди дигар", null, null, true), "", null, null, false, null), true)));
        m.put("StaffService.requireAccount", entry(Permission.MANAGE_USERS, (a, p) -> services.staff().requireAccount(a, "keyworker")));
        m.put("StaffService.resetPassword", entry(Permission.MANAGE_USERS, (a, p) -> services.staff().resetPassword(a,
                "keyworker2", "рамзи-нави-2026".toCharArray())));

        m.put("AccountService.changeOwnPassword", entry(OWN_ACCOUNT, (a, p) -> {
            services.accounts().changeOwnPassword(a, TestServices.DEMO_PASSWORD.toCharArray(), "рамзи-худам-2026".toCharArray());
            services.accounts().changeOwnPassword(a, "рамзи-худам-2026".toCharArray(), TestServices.DEMO_PASSWORD.toCharArray());
        }));
        m.put("AccountService.changeOwnLanguage", entry(OWN_ACCOUNT, (a, p) -> services.accounts().changeOwnLanguage(a, a.language())));

        m.put("BackupService.backUpTo", entry(Permission.MAKE_BACKUP, (a, p) ->
                services.backups().backUpTo(a, Files.createDirectories(folder.resolve("usb")), ProgressListener.NONE)));
        m.put("SupportService.info", entry(Permission.VIEW_CENTRE, (a, p) -> services.get(
                org.markaz.core.support.SupportService.class).info(a)));
        m.put("BackupService.lastBackup", entry(Permission.VIEW_CENTRE, (a, p) -> services.backups().lastBackup(a)));
        m.put("BackupService.hasPassphrase", entry(Permission.VIEW_CENTRE, (a, p) -> services.backups().hasPassphrase(a)));
        m.put("BackupService.setPassphrase", entry(Permission.MANAGE_BACKUPS, (a, p) ->
                services.backups().setPassphrase(a, PASSPHRASE, PASSPHRASE)));
        m.put("BackupRestorer.prepare", entry(Permission.RESTORE_BACKUP, () -> services.backups().backUpOnExit(), (a, backup) -> {
            BackupRestorer.PreparedRestore prepared = services.restorer().prepare(a, BackupRestorer.Request.of((Path) backup),
                    services.database(), ProgressListener.NONE);
            FileTrees.delete(prepared.workFolder());
        }));

        m.put("CentreService.absenceAlertDays", entry(Permission.VIEW_CENTRE, (a, p) -> services.centres().absenceAlertDays(a)));
        m.put("CentreService.setAbsenceAlertDays", entry(Permission.EDIT_CENTRE, (a, p) -> services.centres().setAbsenceAlertDays(a, 3)));
        m.put("CentreService.current", entry(Permission.VIEW_CENTRE, (a, p) -> services.centres().current(a)));
        m.put("CentreService.update", entry(Permission.EDIT_CENTRE, (a, p) -> services.centres().update(a,
                services.centres().current(admin).orElseThrow())));
        m.put("CentreService.create", entry(Permission.EDIT_CENTRE, (a, p) -> {
            CentreDetails centre = services.centres().current(admin).orElseThrow();
            try {
                services.centres().create(a, centre);
            } catch (org.markaz.core.ValidationException alreadyOne) {
                // allowed, and refused only because this folder has its centre already
            }
        }));
        return m;
    }

    @Test
    void everyPublicServiceMethodThatTakesAUserIsInTheMatrix() {
        JavaClasses markaz = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.markaz");
        Set<String> found = new TreeSet<>();
        for (JavaClass service : markaz) {
            boolean isService = service.getSimpleName().endsWith("Service") || service.getSimpleName().equals("BackupRestorer");
            if (!isService || service.isInterface() || service.getSimpleName().endsWith("DialogService")) {
                continue;
            }
            service.getMethods().stream()
                    .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                    .filter(method -> method.getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(Actor.class)))
                    .forEach(method -> found.add(service.getSimpleName() + "." + method.getName()));
        }
        assertEquals(found, new TreeSet<>(matrix().keySet()), "service methods and the role matrix");
    }

    @Test
    void everyRoleMayDoWhatTheMatrixAllowsAndNothingElse() {
        Map<String, String> wrong = new TreeMap<>();
        for (String username : List.of("admin", "director", "keyworker", "bookkeeper")) {
            Actor actor = test.signIn(username);
            matrix().forEach((method, entry) -> {
                boolean allowed = entry.needed() == OWN_ACCOUNT || actor.may(entry.needed());
                Object prepared;
                try {
                    prepared = entry.prepare().get();
                } catch (Exception e) {
                    wrong.put(username + " " + method, "could not prepare: " + e);
                    return;
                }
                if (allowed) {
                    try {
                        entry.call().as(actor, prepared);
                    } catch (AccessDeniedException e) {
                        wrong.put(username + " " + method, "refused, though the matrix allows it");
                    } catch (Exception e) {
                        wrong.put(username + " " + method, "allowed, but failed: " + e);
                    }
                } else {
                    Map<String, Integer> before = everyTableCount();
                    try {
                        entry.call().as(actor, prepared);
                        wrong.put(username + " " + method, "allowed, though the matrix refuses it");
                    } catch (AccessDeniedException expected) {
                        if (!before.equals(everyTableCount())) {
                            wrong.put(username + " " + method, "refused, but something was written");
                        }
                    } catch (Exception e) {
                        wrong.put(username + " " + method, "refused with " + e + " instead of a role refusal");
                    }
                }
            });
        }
        assertEquals(Map.of(), wrong);
    }

    /**
     * The matrix's calls set up what they need as the administrator before the call itself: a
     * refused call's own writes are what must not happen, so a refusal is checked around the call
     * with its setup done first.
     */
    @Test
    void aRefusalComesBeforeAnyWrite() {
        Actor bookkeeper = test.signIn("bookkeeper");
        long child = newChild();
        Map<String, Integer> before = everyTableCount();
        assertThrows(AccessDeniedException.class, () -> children().archiveChild(bookkeeper, child, "ба мактаб рафт"));
        assertThrows(AccessDeniedException.class, () -> children().child(bookkeeper, child));
        assertThrows(AccessDeniedException.class, () -> admissions().referrals(bookkeeper, child));
        assertThrows(AccessDeniedException.class, () -> children().family(bookkeeper, familyId));
        assertEquals(before, everyTableCount());
        if (children().searchFamilies(bookkeeper, "", false).stream().noneMatch(f -> f.id() == familyId)) {
            fail("a bookkeeper finds the family aid is given to");
        }
    }

    private static Map<String, Integer> everyTableCount() {
        Map<String, Integer> counts = new TreeMap<>();
        for (var table : test.database().dsl().fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> 'flyway_schema_history'")) {
            String name = table.get(0, String.class);
            counts.put(name, test.count(name));
        }
        return counts;
    }
}
