package org.markaz.core.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.markaz.core.MarkazException;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Transactions;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.security.ProgramActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Making backups: automatic ones (daily and on exit) into the data directory's backups folder,
 * pruned by {@link BackupRetention}; manual ones into a folder the user picks (a USB stick).
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final DataDirectory dataDirectory;
    private final DataSource dataSource;
    private final Transactions transactions;
    private final BackupRepository backups;
    private final Clock clock;
    private final ZoneId zone;

    public BackupService(DataDirectory dataDirectory, DataSource dataSource, Transactions transactions,
                         BackupRepository backups, Clock clock, ZoneId zone) {
        this.dataDirectory = dataDirectory;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.backups = backups;
        this.clock = clock;
        this.zone = zone;
    }

    /** A backup to a folder the user chose. */
    public Path backUpTo(Actor actor, Path folder, ProgressListener progress) {
        actor.require(Permission.MAKE_BACKUP);
        if (!Files.isDirectory(folder)) {
            throw new MarkazException("error.folderMissing", folder.toString());
        }
        return write(actor, folder, BackupKind.MANUAL, progress);
    }

    /** The automatic backup on a clean exit. */
    public Path backUpOnExit() {
        return writeAutomatic(BackupKind.ON_EXIT);
    }

    /** The daily backup, when none was made today; at most once a day while Markaz runs. */
    public Optional<Path> backUpIfDue() {
        Instant startOfToday = clock.instant().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        if (transactions.result(tx -> backups.automaticBackupSince(tx, startOfToday))) {
            return Optional.empty();
        }
        return Optional.of(writeAutomatic(BackupKind.DAILY));
    }

    public Optional<Instant> lastBackup(Actor actor) {
        actor.require(Permission.VIEW_CENTRE);
        return transactions.result(backups::lastBackup);
    }

    private Path writeAutomatic(BackupKind kind) {
        Path folder = dataDirectory.backups();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new MarkazException("error.backupWrite", e, folder.toString());
        }
        Path made = write(ProgramActor.AUTOMATIC_BACKUP.actor(), folder, kind, ProgressListener.NONE);
        prune(folder);
        return made;
    }

    private Path write(Actor actor, Path folder, BackupKind kind, ProgressListener progress) {
        Instant now = clock.instant();
        String name = BackupRetention.fileName(transactions.result(backups::centreCode), LocalDateTime.ofInstant(now, zone), kind);
        Path target = folder.resolve(name);
        BackupArchive.write(dataSource, target, progress);
        try {
            long size = Files.size(target);
            String checksum = BackupArchive.sha256(target);
            transactions.run(tx -> backups.insert(tx, now, kind, target.toString(), size, checksum, actor.username()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Backup made: {} ({})", target, kind);
        return target;
    }

    private void prune(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> delete = BackupRetention.toDelete(files.toList(), clock.instant().atZone(zone).toLocalDate());
            for (Path old : delete) {
                Files.deleteIfExists(old);
                LOG.info("Old backup removed: {}", old.getFileName());
            }
        } catch (IOException e) {
            LOG.warn("Could not prune old backups in {}", folder, e);
        }
    }
}
