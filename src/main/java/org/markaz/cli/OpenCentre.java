package org.markaz.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.markaz.core.feature.Feature;
import org.markaz.core.MarkazException;
import org.markaz.core.ProgressListener;
import org.markaz.core.feature.Services;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.backup.UpgradeBackup;
import org.markaz.core.db.Database;
import org.markaz.core.db.DatabaseLock;
import org.markaz.core.db.IntegrityCheck;
import org.markaz.core.demo.BuildAside;
import org.markaz.core.demo.Samples;
import org.markaz.core.security.PasswordHasher;
import org.slf4j.LoggerFactory;

/** A command's hold on a data folder: the lock, the open database and its services. */
final class OpenCentre implements AutoCloseable {

    private final DatabaseLock lock;
    private final Database database;
    private final Services services;

    private OpenCentre(DatabaseLock lock, Database database, Services services) {
        this.lock = lock;
        this.database = database;
        this.services = services;
    }

    /**
     * Locks the folder (refused while Markaz has it open), then opens and migrates its existing
     * database, refusing a damaged one: its answers could be wrong, and only a restore mends it.
     * What start-up finished or undid is said on {@code err}.
     */
    static OpenCentre open(DataDirectory dataDirectory, PrintWriter err, List<Feature> features) {
        if (!dataDirectory.hasDatabase()) {
            throw new MarkazException("error.noCentre", dataDirectory.root().toString());
        }
        DatabaseLock lock = DatabaseLock.acquire(dataDirectory);
        try {
            Database database = Database.open(dataDirectory, new UpgradeBackup(dataDirectory, Clock.systemDefaultZone()));
            database.notices().forEach(key -> err.println(CommandOutput.text(key)));
            IntegrityCheck.Result integrity = IntegrityCheck.quick(database.dataSource());
            if (!integrity.ok()) {
                LoggerFactory.getLogger(OpenCentre.class).error("The database is damaged: {}", integrity.problems());
                database.close();
                throw new MarkazException("cli.damaged", dataDirectory.root().toString());
            }
            return new OpenCentre(lock, database, services(dataDirectory, database, features));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Builds a whole new database beside the data folder's (the scale dataset) under the folder's
     * lock, and only when it is complete puts it in place in one rename ({@link BuildAside}).
     */
    static void buildAside(DataDirectory dataDirectory, String purpose, boolean compact, List<Feature> features,
                           Consumer<Services> fill) {
        try (DatabaseLock lock = DatabaseLock.acquire(dataDirectory)) {
            BuildAside.build(dataDirectory, purpose, compact, (aside, database) -> services(aside, database, features), fill);
        }
    }

    /** Creates the sample centre under the folder's lock, as the window's first start does ({@link Samples#createSampleCentre}). */
    static void createSampleCentre(DataDirectory dataDirectory, List<Feature> features, ProgressListener progress) {
        try (DatabaseLock lock = DatabaseLock.acquire(dataDirectory)) {
            Samples.createSampleCentre(dataDirectory, features, Clock.systemDefaultZone(), new PasswordHasher(), progress);
        }
    }

    private static Services services(DataDirectory dataDirectory, Database database, List<Feature> features) {
        return Services.create(dataDirectory, database, Clock.systemDefaultZone(), new PasswordHasher(), features);
    }

    Services services() {
        return services;
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }
}
