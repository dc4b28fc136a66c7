package org.markaz.cli;

import java.time.Clock;
import org.markaz.core.MarkazException;
import org.markaz.core.Services;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.db.DatabaseLock;
import org.markaz.core.security.PasswordHasher;

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

    /** Locks the folder (refused while Markaz has it open), then opens and migrates its existing database. */
    static OpenCentre open(DataDirectory dataDirectory) {
        if (!dataDirectory.hasDatabase()) {
            throw new MarkazException("error.noCentre", dataDirectory.root().toString());
        }
        return openOrCreate(dataDirectory);
    }

    /** The same, creating the database when the folder has none. */
    static OpenCentre openOrCreate(DataDirectory dataDirectory) {
        DatabaseLock lock = DatabaseLock.acquire(dataDirectory);
        try {
            Database database = Database.open(dataDirectory);
            return new OpenCentre(lock, database, Services.create(dataDirectory, database, Clock.systemDefaultZone(),
                    new PasswordHasher()));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    Services services() {
        return services;
    }

    private boolean compactOnClose;

    /** After bulk work (the scale dataset): rewrite the file compactly when closing. */
    void compactOnClose() {
        compactOnClose = true;
    }

    @Override
    public void close() {
        try {
            if (compactOnClose) {
                database.closeCompacted();
                return;
            }
            database.close();
        } finally {
            lock.close();
        }
    }
}
