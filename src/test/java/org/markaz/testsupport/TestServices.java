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
 * fast password hash. In memory, or in a data directory for tests that need files.
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
