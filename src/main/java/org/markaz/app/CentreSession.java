package org.markaz.app;

import java.time.Clock;
import java.util.List;
import org.markaz.core.feature.Services;
import org.markaz.core.feature.Feature;
import org.markaz.core.backup.BackupRestorer;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.backup.UpgradeBackup;
import org.markaz.core.db.Database;
import org.markaz.core.security.PasswordHasher;

/**
 * The window's open database and services. A restore closes the database, swaps the restored
 * one in and opens it again, so it replaces the services too.
 */
public final class CentreSession implements AutoCloseable {

    private final DataDirectory dataDirectory;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final List<Feature> features;
    private Database database;
    private Services services;

    public CentreSession(DataDirectory dataDirectory, Clock clock, PasswordHasher hasher, List<Feature> features) {
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.hasher = hasher;
        this.features = features;
        open();
    }

    private void open() {
        database = Database.open(dataDirectory, new UpgradeBackup(dataDirectory, clock));
        services = Services.create(dataDirectory, database, clock, hasher, features);
    }

    public synchronized Services services() {
        return services;
    }

    /** Swaps a checked backup in; returns the folder where the previous database was kept. */
    public synchronized java.util.Optional<java.nio.file.Path> restore(BackupRestorer.PreparedRestore prepared) {
        database.close();
        try {
            return services.restorer().swapIn(prepared);
        } finally {
            open();
        }
    }

    /**
     * Closes the database and compacts its file. Every commit appends to the file, so a day's
     * work leaves it larger and slower to open; compacted, the next start opens it quickly.
     */
    public synchronized void closeCompacted() {
        database.closeCompacted();
    }

    @Override
    public synchronized void close() {
        database.close();
    }
}
