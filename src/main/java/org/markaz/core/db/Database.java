package org.markaz.core.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.markaz.core.MarkazException;

/**
 * The embedded H2 database of one data directory: opened, migrated by Flyway, and offered to
 * services as one {@link DSLContext}.
 */
public final class Database implements AutoCloseable {

    /**
     * WRITE_DELAY=0: H2 otherwise keeps the last half second of commits in memory, and a killed
     * process or a power cut would lose work the user saw saved (measured: ~700 rows).
     */
    static final String DURABLE_OPTIONS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    /**
     * A database built aside ({@link #openToBuildAside}): H2's own write delay, and no time spent
     * at the close making the file smaller (a new database has little to gain).
     */
    static final String BUILDING_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0";

    private final JdbcConnectionPool pool;
    private final String url;
    private final DSLContext dsl;
    private final Transactions transactions;
    private final TableWrites tableWrites = new TableWrites();
    private List<String> notices = List.of();
    private String migratedFrom;

    private Database(JdbcConnectionPool pool, String url, boolean forcesEachTransaction) {
        this.pool = pool;
        this.url = url;
        SyncOnCommit syncOnCommit = new SyncOnCommit(pool, forcesEachTransaction);
        this.dsl = DSL.using(new DefaultConfiguration()
                .set(pool)
                .set(SQLDialect.H2)
                .set(new Settings()
                        .withRenderSchema(false)
                        // the audit trail records the row as stored, defaults and generated values included
                        .withReturnAllOnUpdatableRecord(true)
                        .withExecuteLogging(false))
                .set(new DefaultExecuteListenerProvider(syncOnCommit), new DefaultExecuteListenerProvider(tableWrites)));
        this.transactions = new Transactions(dsl, syncOnCommit, tableWrites);
    }

    /**
     * Opens (creating if needed) and migrates the database in the data directory. What a killed
     * process left half done is finished or undone first ({@link DatabaseFiles#recover}); a new
     * database is created, and an existing one migrated, so that a cut at any moment can be
     * recovered from; a database written by a newer Markaz is refused untouched.
     */
    public static Database open(DataDirectory dataDirectory) {
        return open(dataDirectory, BeforeMigration.NONE);
    }

    /** What to do with an existing database before this program migrates it: take a backup (core.backup.UpgradeBackup). */
    @FunctionalInterface
    public interface BeforeMigration {
        BeforeMigration NONE = (database, fromVersion) -> { };

        void prepare(javax.sql.DataSource database, String fromVersion);
    }

    /** As {@link #open(DataDirectory)}, with {@code beforeMigration} run on the old database before an upgrade migrates it. */
    public static Database open(DataDirectory dataDirectory, BeforeMigration beforeMigration) {
        return open(dataDirectory, beforeMigration, DURABLE_OPTIONS, true);
    }

    /**
     * As {@link #open(DataDirectory)}, for a whole new database built beside the data folder's and
     * put in place only once it is complete and closed (core.demo.BuildAside). A cut in the
     * middle throws all of it away, so its commits need not reach the disk one by one: H2 keeps
     * them in memory up to half a second, as it does by default, and nothing is forced after a
     * transaction. With every commit written at once, H2 also wrote all the pages changed so far
     * each time a table drew its first id; that was about a tenth of the sample centre's creation.
     * Putting it in place forces the closed file to the disk ({@link DatabaseFiles#swapIn}).
     */
    public static Database openToBuildAside(DataDirectory dataDirectory) {
        return open(dataDirectory, BeforeMigration.NONE, BUILDING_OPTIONS, false);
    }

    private static Database open(DataDirectory dataDirectory, BeforeMigration beforeMigration, String options,
                                 boolean forcesEachTransaction) {
        if (Files.exists(dataDirectory.root()) && !Files.isDirectory(dataDirectory.root())) {
            throw new MarkazException("error.dataDirIsFile", dataDirectory.root().toString());
        }
        DatabaseFiles files = new DatabaseFiles(dataDirectory);
        List<String> notices = files.recover();
        String url = "jdbc:h2:file:" + dataDirectory.databaseBaseName() + options;
        String applied = null;
        if (!dataDirectory.hasDatabase()) {
            files.creating(() -> {
                if (!SchemaTemplate.copyTo(dataDirectory.databaseFile())) {
                    migrateAndClose(url);
                }
            });
        } else {
            // the version is read on the connections the program then keeps: an existing database
            // at this schema is not closed and opened again (a tenth of a second on ten years of records)
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
            applied = versionOrClose(pool);
            if (LATEST_SCHEMA_VERSION.equals(applied)) {
                pool.setMaxConnections(8);
                Database database = new Database(pool, url, forcesEachTransaction);
                database.notices = List.copyOf(notices);
                return database;
            }
            if (applied != null) {
                prepareAndClose(url, applied, beforeMigration);
            }
            files.migrating(() -> migrateAndClose(url));
        }
        Database database = openUrl(url, forcesEachTransaction);
        database.notices = List.copyOf(notices);
        database.migratedFrom = applied == null || LATEST_SCHEMA_VERSION.equals(applied) ? null : applied;
        return database;
    }

    /** Brings the database at {@code url} to the latest schema and closes it, so its file can be copied or moved. */
    private static void migrateAndClose(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            migrate(pool);
        } finally {
            pool.dispose();
        }
    }

    private static void prepareAndClose(String url, String applied, BeforeMigration beforeMigration) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            beforeMigration.prepare(pool, applied);
        } finally {
            pool.dispose();
        }
    }

    /**
     * The schema version of the database {@code pool} opens; the pool is closed unless that is
     * this program's, and a database written by a newer Markaz is refused.
     */
    private static String versionOrClose(JdbcConnectionPool pool) {
        String applied;
        try {
            applied = appliedSchemaVersion(pool);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        if (!LATEST_SCHEMA_VERSION.equals(applied)) {
            pool.dispose();
            if (isNewerThanThisProgram(applied)) {
                throw new MarkazException("error.databaseFromNewerVersion");
            }
        }
        return applied;
    }

    /** The schema version an existing database had before this start migrated it (empty: not migrated now). */
    public java.util.Optional<String> migratedFrom() {
        return java.util.Optional.ofNullable(migratedFrom);
    }

    /** What start-up finished or undid (message keys), to tell the user once. */
    public List<String> notices() {
        return notices;
    }

    /** Opens (creating if needed) and migrates the database at an H2 base path. */
    public static Database openFile(Path baseName) {
        return openUrl("jdbc:h2:file:" + baseName.toAbsolutePath() + DURABLE_OPTIONS);
    }

    /** A private in-memory database, migrated; for tests and checks. */
    public static Database inMemory(String name) {
        return openUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    /** Opens (creating if needed) and migrates the database at an H2 URL; tests use it to wrap the file system. */
    static Database openUrl(String url) {
        return openUrl(url, true);
    }

    private static Database openUrl(String url, boolean forcesEachTransaction) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(pool, url, forcesEachTransaction);
    }

    /**
     * The newest migration in {@code db/migration}. A database already at this version skips
     * Flyway, whose start-up costs the office PC most of a second; a test keeps this in step
     * with the migration files.
     */
    public static final String LATEST_SCHEMA_VERSION = "21";

    private static void migrate(DataSource dataSource) {
        if (!LATEST_SCHEMA_VERSION.equals(appliedSchemaVersion(dataSource))) {
            flyway(dataSource).migrate();
        }
    }

    /** The newest successfully applied migration, or null for a new or unreadable database. */
    public static String appliedSchemaVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // asked first, so a new database does not log a "table not found" into H2's trace file
            try (ResultSet history = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
                if (!history.next() || history.getInt(1) == 0) {
                    return null;
                }
            }
            try (ResultSet newest = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                    + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                return newest.next() ? newest.getString(1) : null;
            }
        } catch (SQLException unreadable) {
            return null;
        }
    }

    /**
     * Builds Markaz's own schema as it was at {@code version} in an empty database (a restore
     * loads an older backup's rows into it, then migrates forward with {@link #migrateToLatest}).
     */
    public static void migrateTo(DataSource dataSource, String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").loggers("slf4j")
                .target(version).load().migrate();
    }

    public static void migrateToLatest(DataSource dataSource) {
        flyway(dataSource).migrate();
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
    }

    /** Whether a schema version (a migration's number) is beyond the newest migration this program has. */
    public static boolean isNewerThanThisProgram(String version) {
        try {
            return version != null && Integer.parseInt(version) > Integer.parseInt(LATEST_SCHEMA_VERSION);
        } catch (NumberFormatException e) {
            return true; // not a version this program ever wrote
        }
    }

    /** True when the database was written by a newer Markaz, whose schema this build does not know. */
    public static boolean isFromNewerVersion(DataSource dataSource) {
        return Arrays.stream(flyway(dataSource).info().all())
                .anyMatch(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS);
    }

    /**
     * Closes and then rewrites the file without the space left by very large transactions (the
     * scale-dataset generator: 1.3 GB before, 32 MB after). Takes a few seconds.
     */
    public void closeCompacted() {
        close();
        try (Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be compacted", e);
        }
    }

    /** The database outside any transaction: for checks and tests. Services go through {@link #transactions()}. */
    public DSLContext dsl() {
        return dsl;
    }

    public Transactions transactions() {
        return transactions;
    }

    /** Which tables were written since a moment, for figures kept between screens. */
    public TableWrites tableWrites() {
        return tableWrites;
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        // H2 closes the file when its last connection closes, so it can be copied or replaced at once.
        pool.dispose();
    }
}
