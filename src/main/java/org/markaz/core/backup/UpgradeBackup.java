package org.markaz.core.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.markaz.core.MarkazException;
import org.markaz.core.ProgramVersion;
import org.markaz.core.ProgressListener;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.db.IntegrityCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before a new version of Markaz migrates a centre's database, a backup of it as it is, in the
 * ordinary backup format (restorable into this or a later version), named
 * {@code markaz-before-upgrade-v<schema>-<time>.zip} in the backups folder. Retention never
 * deletes it. The migration's own copy (DatabaseFiles) covers a cut during the migration; this
 * backup covers an upgrade that went through but is regretted later.
 */
public final class UpgradeBackup implements Database.BeforeMigration {

    private static final Logger LOG = LoggerFactory.getLogger(UpgradeBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataDirectory dataDirectory;
    private final Clock clock;

    public UpgradeBackup(DataDirectory dataDirectory, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.clock = clock;
    }

    @Override
    public void prepare(DataSource database, String fromVersion) {
        if (!hasCentre(database)) {
            return; // set up never finished: nothing to keep
        }
        IntegrityCheck.Result integrity = IntegrityCheck.run(database);
        if (!integrity.ok()) {
            // no backup from a damaged database; the start-up's own check offers the repair next
            LOG.warn("No backup before the upgrade: the database is damaged: {}", integrity.problems());
            return;
        }
        Path folder = dataDirectory.backups();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new MarkazException("error.backupWrite", e, folder.toString());
        }
        Path target = folder.resolve(fileName(fromVersion, LocalDateTime.now(clock)));
        BackupArchive.write(database, target, null, new BackupKeys(dataDirectory.root()), ProgramVersion.current(),
                ProgressListener.NONE);
        LOG.info("Backup before upgrading from schema version {}: {}", fromVersion, target);
    }

    static String fileName(String fromVersion, LocalDateTime madeAt) {
        return "markaz-before-upgrade-v" + fromVersion.replaceAll("[^0-9.]", "") + "-" + STAMP.format(madeAt) + ".zip";
    }

    private static boolean hasCentre(DataSource database) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM CENTRE")) {
            return rows.next() && rows.getLong(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }
}
