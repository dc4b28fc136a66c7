package org.markaz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.markaz.core.feature.Feature;
import org.markaz.core.FileTrees;
import org.markaz.core.MarkazException;
import org.markaz.core.feature.Services;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.db.DatabaseFiles;
import org.markaz.core.db.DatabaseLock;
import org.markaz.core.db.IntegrityCheck;
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
            Database database = Database.open(dataDirectory);
            database.notices().forEach(key -> err.println(CommandOutput.text(key)));
            IntegrityCheck.Result integrity = IntegrityCheck.run(database.dataSource());
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
     * Builds a whole new database beside the data folder's (the sample centre, the scale
     * dataset), and only when it is complete puts it in place in one rename. A cut in the middle
     * leaves the folder as it was; the next start removes the half-built one and says so.
     */
    static void buildAside(DataDirectory dataDirectory, String purpose, boolean compact, List<Feature> features,
                           Consumer<Services> fill) {
        try (DatabaseLock lock = DatabaseLock.acquire(dataDirectory)) {
            DatabaseFiles files = new DatabaseFiles(dataDirectory);
            files.recover();
            Path building = files.buildingFolder(purpose);
            FileTrees.delete(building);
            DataDirectory aside = new DataDirectory(building);
            Database database = Database.open(aside);
            try {
                fill.accept(services(aside, database, features));
            } catch (RuntimeException e) {
                database.close();
                FileTrees.delete(building);
                throw e;
            }
            if (compact) {
                database.closeCompacted();
            } else {
                database.close();
            }
            Path replaced = dataDirectory.root().resolve("db-replaced");
            FileTrees.delete(replaced);
            try {
                files.swapIn(aside.databaseFolder(), replaced);
            } catch (IOException e) {
                throw new MarkazException("error.restoreSwap", e, dataDirectory.databaseFolder().toString());
            }
            FileTrees.delete(replaced);
            FileTrees.delete(building);
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
