package org.markaz.core.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.markaz.core.FileTrees;
import org.markaz.core.MarkazException;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * Restores a backup in two steps, so the current database is touched only once the backup is
 * proven good: {@link #prepare} rebuilds the backup into a new database beside the current one
 * and checks it (the script runs, every constraint holds, every table has the rows the manifest
 * lists, the schema is not from a newer Markaz); {@link #swapIn} then keeps the current database
 * aside and puts the restored one in its place. The caller closes the live database in between.
 */
public final class BackupRestorer {

    private static final Pattern NOCHECK = Pattern.compile(" NOCHECK;\\s*$");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataDirectory dataDirectory;
    private final Clock clock;

    public BackupRestorer(DataDirectory dataDirectory, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.clock = clock;
    }

    public PreparedRestore prepare(Actor actor, Path archive, ProgressListener progress) {
        actor.require(Permission.RESTORE_BACKUP);
        if (!Files.isRegularFile(archive)) {
            throw new MarkazException("error.backupMissing", archive.toString());
        }
        Path work = dataDirectory.root().resolve("restore-work");
        FileTrees.delete(work);
        try {
            Files.createDirectories(work.resolve("db"));
            progress.progress(0, 3, "restore.step.unpacking");
            BackupArchive.Unpacked unpacked = BackupArchive.unpack(archive, work);
            progress.progress(1, 3, "restore.step.loading");
            Path baseName = work.resolve("db").resolve("markaz");
            JdbcDataSource restored = new JdbcDataSource();
            restored.setURL("jdbc:h2:file:" + baseName.toAbsolutePath() + ";WRITE_DELAY=0");
            restored.setUser("sa");
            try (Connection connection = restored.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("RUNSCRIPT FROM '" + checking(unpacked.script()).toAbsolutePath().toString()
                            .replace("'", "''") + "' CHARSET 'UTF-8'");
                }
                progress.progress(2, 3, "restore.step.checking");
                Map<String, Long> counted = BackupArchive.countRows(connection);
                if (!counted.equals(unpacked.rowCounts())) {
                    throw new MarkazException("error.backupDamaged", archive.toString());
                }
                if (Database.isFromNewerVersion(restored)) {
                    throw new MarkazException("error.backupFromNewerVersion", archive.toString());
                }
                try (Statement statement = connection.createStatement()) {
                    // the whole script ran as one load: compact, or the restored file keeps its slack
                    statement.execute("SHUTDOWN COMPACT");
                }
            }
            Files.delete(unpacked.script());
            Files.delete(checking(unpacked.script()));
            progress.progress(3, 3, "restore.step.checked");
            return new PreparedRestore(work, unpacked.rowCounts());
        } catch (SQLException e) {
            FileTrees.delete(work);
            throw new MarkazException("error.backupDamaged", e, archive.toString());
        } catch (IOException e) {
            FileTrees.delete(work);
            throw new MarkazException("error.backupNotMarkaz", e, archive.toString());
        } catch (RuntimeException e) {
            FileTrees.delete(work);
            throw e;
        }
    }

    /**
     * H2's script adds CHECK and foreign-key constraints with NOCHECK, trusting the rows. A
     * restore trusts nothing: the copy it runs asks H2 to check every row against them.
     */
    private static Path checking(Path script) throws IOException {
        Path checked = script.resolveSibling("checked-" + script.getFileName());
        if (!Files.exists(checked)) {
            try (var lines = Files.lines(script, StandardCharsets.UTF_8);
                 var out = Files.newBufferedWriter(checked, StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    out.write(line.startsWith("ALTER TABLE ") ? NOCHECK.matcher(line).replaceFirst(";") : line);
                    out.newLine();
                }
            }
        }
        return checked;
    }

    /**
     * Replaces the database with the prepared one. The live database must be closed. Returns
     * the folder where the previous database was kept, if there was one.
     */
    public Optional<Path> swapIn(PreparedRestore prepared) {
        Path current = dataDirectory.databaseFolder();
        Path aside = dataDirectory.root().resolve("db-before-restore-" + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())));
        try {
            boolean hadDatabase = Files.exists(current);
            if (hadDatabase) {
                Files.move(current, aside);
            }
            try {
                Files.move(prepared.workFolder().resolve("db"), current);
            } catch (IOException e) {
                if (Files.exists(aside)) {
                    Files.move(aside, current);
                }
                throw e;
            }
            FileTrees.delete(prepared.workFolder());
            return hadDatabase ? Optional.of(aside) : Optional.empty();
        } catch (IOException e) {
            throw new MarkazException("error.restoreSwap", e, current.toString());
        }
    }

    /** A checked backup waiting to be swapped in, with the row count of every table. */
    public record PreparedRestore(Path workFolder, Map<String, Long> rowCounts) {
    }

}
