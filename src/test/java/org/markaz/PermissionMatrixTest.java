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
import org.markaz.figures.FiguresService;
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
        test = TestServices.inDirectory(new DataDirectory(folder.resolve("centre"))).withSampleCentre();
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
        m.put("ChildrenService.family", entry(Permission.VIEW_FAMILIES, (a, p) -> children().family(a, familyId)));
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
        assertEquals(before, everyTableCount());
        if (children().family(bookkeeper, familyId).isEmpty()) {
            fail("a bookkeeper reads the family aid is given to");
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
