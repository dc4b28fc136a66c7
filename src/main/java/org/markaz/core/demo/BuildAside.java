package org.markaz.core.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.markaz.core.FileTrees;
import org.markaz.core.MarkazException;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.db.DatabaseFiles;
import org.markaz.core.feature.Services;

/**
 * Builds a whole new database beside the data folder's (the sample centre, the scale dataset),
 * and only when it is complete puts it in place in one rename. A failure or a cut in the middle
 * leaves the folder as it was: a failure removes the half-built database at once, and after a
 * cut the next start removes it and says so (ADR 0005).
 */
public final class BuildAside {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BuildAside.class);

    private BuildAside() {
    }

    /**
     * The caller holds the data folder's lock. {@code services} builds the services on the new
     * database; {@code fill} writes into it; {@code compact} rewrites the file once it is full
     * (worth it after very large transactions only).
     */
    public static void build(DataDirectory dataDirectory, String purpose, boolean compact,
                             BiFunction<DataDirectory, Database, Services> services, Consumer<Services> fill) {
        DatabaseFiles files = new DatabaseFiles(dataDirectory);
        files.recover();
        Path building = files.buildingFolder(purpose);
        FileTrees.delete(building);
        DataDirectory aside = new DataDirectory(building);
        Database database;
        long started = System.nanoTime();
        try {
            database = Database.openToBuildAside(aside);
            LOG.info("{}: the new database made and migrated in {} ms", purpose, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            FileTrees.delete(building);
            throw e;
        }
        try {
            fill.accept(services.apply(aside, database));
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
        LOG.info("{}: built aside and put in place in {} ms", purpose, (System.nanoTime() - started) / 1_000_000);
    }
}
