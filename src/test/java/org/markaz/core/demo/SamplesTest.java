package org.markaz.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.app.Features;
import org.markaz.core.ProgressListener;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.DatabaseLock;
import org.markaz.core.security.PasswordHasher;
import org.markaz.admissions.AdmissionsFeature;
import org.markaz.children.ChildrenFeature;
import org.markaz.core.feature.Feature;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.feature.Services;
import org.markaz.testsupport.TestServices;

/** The sample centre is the core's share and then each feature's, in their order, in one transaction. */
class SamplesTest {

    private static final List<String> SAMPLE_TABLES = List.of("centre", "staff", "app_user", "family", "carer", "child",
            "child_carer", "referral", "enrolment", "register_mark", "hq_export");

    @TempDir
    Path folder;

    @Test
    void creatingTheSampleCentreBuildsItAsideAndPutsItInPlaceWhole() throws IOException {
        DataDirectory directory = new DataDirectory(folder.resolve("centre"));
        List<String> steps = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        try (DatabaseLock lock = DatabaseLock.acquire(directory)) {
            Samples.createSampleCentre(directory, Features.all(), TestServices.fixedClock(), new PasswordHasher(1_000),
                    (done, total, key) -> {
                        assertEquals(100, total);
                        progress.add(done);
                        if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(key)) {
                            steps.add(key);
                        }
                    });
        }
        assertEquals(List.of("starting.sample.database", "starting.sample.writing", "starting.sample.saving"), steps);
        assertEquals(progress.stream().sorted().toList(), progress, "the bar only moves forward");
        assertEquals(0L, progress.get(0));
        assertTrue(directory.hasDatabase());
        try (Stream<Path> left = Files.list(directory.root())) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("db-")).toList());
        }
        try (TestServices test = TestServices.inDirectory(directory)) {
            assertEquals(1, test.count("centre"));
            assertEquals(9, test.count("staff"));
            assertEquals(5, test.count("app_user"));
            assertEquals(25, test.count("family")); // one without children yet (KHJ-0025)
            assertEquals(35, test.count("child"));
            assertEquals(4, test.count("hq_export"), "last year's four quarterly packages in the log");
            assertTrue(test.count("register_mark") > 300, "four weeks of the register");
            for (String table : SAMPLE_TABLES) {
                assertEquals(test.count(table), count(test, "select count(*) from audit_event where action = 'CREATE' "
                        + "and actor = 'sample data' and table_name = ?", table), table);
            }
            // the demo accounts share one password, hashed once (on its own thread) with the centre's hasher
            assertEquals(1, count(test, "select count(distinct password_hash) from app_user"));
            for (String user : List.of("admin", "director", "keyworker", "keyworker2", "bookkeeper")) {
                assertEquals(user, test.signIn(user).username());
            }
        }
    }

    /**
     * The demo accounts are hashed at full strength, like any account, and keep the documented
     * password: the hash staff.csv publishes is taken, not made again at a first start.
     */
    /** children.csv's birth dates are fixed, all else moves with today: twelve years on, its children would be 7-19. */
    @Test
    void theSampleCentreMadeYearsLaterHasChildrenOfTheSameAges() {
        DataDirectory directory = new DataDirectory(folder.resolve("centre"));
        TestServices.MovableClock later = TestServices.fixedClock();
        later.advance(java.time.Duration.ofDays(4391)); // 2038-12-01: twelve years after children.csv was written
        try (DatabaseLock lock = DatabaseLock.acquire(directory)) {
            Samples.createSampleCentre(directory, Features.all(), later, new PasswordHasher(1_000), ProgressListener.NONE);
        }
        try (TestServices made = TestServices.inDirectory(directory)) {
            List<java.time.LocalDate> births = made.database().dsl().fetch("select date_of_birth from child order by 1")
                    .getValues(0, java.time.LocalDate.class);
            assertEquals(java.time.LocalDate.of(2031, 2, 14), births.get(0), "the eldest, born 2019-02-14 in children.csv");
            assertEquals(java.time.LocalDate.of(2038, 9, 2), births.get(births.size() - 1), "the youngest, a baby");
            assertTrue(made.count("register_mark") > 0 && made.count("aid_handout") > 0 && made.count("booking") > 0);
        }
    }

    @Test
    void theDemoPasswordIsTheDocumentedOneHashedAtFullStrength() {
        DataDirectory directory = new DataDirectory(folder.resolve("centre"));
        try (DatabaseLock lock = DatabaseLock.acquire(directory)) {
            Samples.createSampleCentre(directory, List.of(), TestServices.fixedClock(), new PasswordHasher(),
                    ProgressListener.NONE);
        }
        try (TestServices test = TestServices.inDirectory(directory)) {
            String hash = test.database().dsl().fetchValue("select password_hash from app_user where username = 'admin'")
                    .toString();
            assertEquals(String.valueOf(PasswordHasher.DEFAULT_ITERATIONS), hash.split("\\$")[1]);
            assertTrue(new PasswordHasher().matches(TestServices.DEMO_PASSWORD.toCharArray(), hash));
            assertEquals(org.markaz.core.feature.SampleContext.read("staff.csv").get(0).get("password_hash"), hash);
        }
    }

    @Test
    void aSampleCentreThatFailsHalfWayLeavesTheFolderWithoutACentre() throws IOException {
        assertAFailingShareLeavesNoCentre(context -> {
            throw new IllegalStateException("cut");
        });
    }

    /** A share written on the second thread, beside the ones after the children's, fails: no centre either. */
    @Test
    void aShareWrittenBesideOthersThatFailsLeavesTheFolderWithoutACentre() throws IOException {
        assertAFailingShareLeavesNoCentre(new SampleShare() {
            @Override
            public void load(org.markaz.core.feature.SampleContext context) {
                throw new IllegalStateException("cut beside");
            }

            @Override
            public Class<? extends SampleShare> readsOnlyUpTo() {
                return org.markaz.children.ChildrenSample.class;
            }
        });
    }

    private void assertAFailingShareLeavesNoCentre(SampleShare failing) throws IOException {
        Feature broken = new Feature() {
            @Override
            public void addServices(Services services) {
            }

            @Override
            public List<SampleShare> sampleShares() {
                return List.of(failing);
            }
        };
        List<Feature> features = new ArrayList<>(Features.all());
        features.add(broken);
        DataDirectory directory = new DataDirectory(folder.resolve("centre"));
        try (DatabaseLock lock = DatabaseLock.acquire(directory)) {
            assertThrows(IllegalStateException.class, () -> Samples.createSampleCentre(directory, features,
                    TestServices.fixedClock(), new PasswordHasher(1_000), ProgressListener.NONE));
        }
        assertFalse(directory.hasDatabase());
        try (Stream<Path> left = Files.list(directory.root())) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("db")).toList());
        }
    }

    @Test
    void everyRowOfTheSampleIsWrittenThroughTheServicesAndAudited() {
        try (TestServices test = TestServices.sampleCentre()) {
            for (String table : SAMPLE_TABLES) {
                assertTrue(test.count(table) > 0, table);
                assertEquals(test.count(table), count(test, "select count(*) from audit_event where action = 'CREATE' "
                        + "and actor = 'sample data' and table_name = ?", table), table);
            }
        }
    }

    @Test
    void aShareThatFailsLeavesNoHalfMadeCentre() {
        Feature broken = new Feature() {
            @Override
            public void addServices(Services services) {
            }

            @Override
            public List<SampleShare> sampleShares() {
                return List.of(context -> {
                    throw new IllegalStateException("cut");
                });
            }
        };
        try (TestServices test = TestServices.inMemory()) {
            assertThrows(IllegalStateException.class, () ->
                    Samples.loadSampleCentre(test.services(), List.of(new ChildrenFeature(), new AdmissionsFeature(), broken)));
            assertNothingWritten(test);
        }
    }

    @Test
    void aShareWhoseFeatureComesTooEarlyInTheListSaysSoAndWritesNothing() {
        try (TestServices test = TestServices.inMemory()) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () ->
                    Samples.loadSampleCentre(test.services(), List.of(new AdmissionsFeature(), new ChildrenFeature())));
            assertTrue(refused.getMessage().contains("SampleChildren"), refused.getMessage());
            assertNothingWritten(test);
        }
    }

    private static void assertNothingWritten(TestServices test) {
        assertFalse(test.services().centres().isSetUp());
        for (String table : SAMPLE_TABLES) {
            assertEquals(0, test.count(table), table);
        }
        assertEquals(0, test.count("audit_event"));
    }

    private static int count(TestServices test, String sql, Object... binds) {
        return test.database().dsl().fetchOne(sql, binds).get(0, Integer.class);
    }
}
