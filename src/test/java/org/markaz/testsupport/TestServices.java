package org.markaz.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.markaz.children.ChildrenFeature;
import org.markaz.core.demo.Samples;
import org.markaz.core.feature.Services;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.security.Actor;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.staff.SignInResult;

/**
 * A real H2 database migrated by Flyway, with every service, a clock the test can move, and a
 * fast password hash. In memory, or in a data directory for tests that need files; with the
 * sample centre, a copy of one made once per test JVM.
 */
public final class TestServices implements AutoCloseable {

    public static final String DEMO_PASSWORD = "markaz-demo";

    private final MovableClock clock;
    private final Database database;
    private final Services services;

    private TestServices(Database database, DataDirectory dataDirectory) {
        this.clock = new MovableClock(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Asia/Dushanbe"));
        this.database = database;
        this.services = Services.create(dataDirectory, database, clock, new PasswordHasher(1_000), org.markaz.app.Features.all());
    }

    public static TestServices inMemory() {
        return new TestServices(Database.inMemory("test-" + UUID.randomUUID()),
                new DataDirectory(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "markaz-unused")));
    }

    public static TestServices inDirectory(DataDirectory dataDirectory) {
        return new TestServices(Database.open(dataDirectory), dataDirectory);
    }

    /**
     * A new database holding the sample centre, in a folder of its own: a copy of one written once
     * per test JVM. Flyway and the sample for every test cost seconds each, most of the service
     * tests' time; copying the file and opening it costs a few milliseconds.
     */
    public static TestServices sampleCentre() {
        return copyOf("sample", TestServices::withSampleCentre, newFolder("sample"));
    }

    /** As {@link #sampleCentre()}, with the core's and the children's shares only. */
    public static TestServices sampleFamilies() {
        return copyOf("families", TestServices::withSampleFamilies, newFolder("families"));
    }

    /** As {@link #sampleCentre()}, in a data folder the test chose (and that has no centre yet). */
    public static TestServices sampleCentreIn(DataDirectory directory) {
        return copyOf("sample", TestServices::withSampleCentre, directory);
    }

    /** As {@link #sampleFamilies()}, in a data folder the test chose (and that has no centre yet). */
    public static TestServices sampleFamiliesIn(DataDirectory directory) {
        return copyOf("families", TestServices::withSampleFamilies, directory);
    }

    private static final java.util.Map<String, java.nio.file.Path> TEMPLATES = new java.util.HashMap<>();
    private static final List<java.nio.file.Path> COPIES = new java.util.concurrent.CopyOnWriteArrayList<>();

    static {
        // the tests' databases are left open by most tests: the files go when the JVM does
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            COPIES.forEach(org.markaz.core.FileTrees::delete);
            TEMPLATES.values().forEach(org.markaz.core.FileTrees::delete);
        }));
    }

    private static DataDirectory newFolder(String kind) {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("markaz-test-" + kind);
            COPIES.add(folder);
            return new DataDirectory(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TestServices copyOf(String kind, java.util.function.Consumer<TestServices> fill, DataDirectory copy) {
        try {
            java.nio.file.Path template;
            synchronized (TEMPLATES) {
                template = TEMPLATES.get(kind);
                if (template == null) {
                    template = java.nio.file.Files.createTempDirectory("markaz-test-template-" + kind);
                    try (TestServices maker = inDirectory(new DataDirectory(template))) {
                        fill.accept(maker);
                    }
                    TEMPLATES.put(kind, template);
                }
            }
            java.nio.file.Files.createDirectories(copy.databaseFolder());
            java.nio.file.Files.copy(new DataDirectory(template).databaseFile(), copy.databaseFile());
            return inDirectory(copy);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same database, with the sample centre loaded. */
    public TestServices withSampleCentre() {
        Samples.loadSampleCentre(services, org.markaz.app.Features.all());
        return this;
    }

    /** The core's and the children's shares of the sample centre only: no referrals or register marks yet. */
    public TestServices withSampleFamilies() {
        Samples.loadSampleCentre(services, List.of(new ChildrenFeature()));
        return this;
    }

    public Services services() {
        return services;
    }

    public Database database() {
        return database;
    }

    public MovableClock clock() {
        return clock;
    }

    public Actor signIn(String username) {
        SignInResult result = services.accounts().signIn(username, DEMO_PASSWORD.toCharArray());
        return ((SignInResult.SignedIn) result).actor();
    }

    public int count(String table) {
        return database.dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table.toUpperCase())));
    }

    @Override
    public void close() {
        database.close();
    }

    /** A clock fixed on a Monday morning in Khujand's zone, for tests that must not depend on when they run. */
    public static MovableClock fixedClock() {
        return new MovableClock(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Dushanbe"));
    }

    /** A clock that stands still until the test moves it. */
    public static final class MovableClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        MovableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new MovableClock(now, newZone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
