package org.markaz.core.backup;

import org.markaz.core.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.markaz.core.MarkazException;
import org.markaz.core.ProgramVersion;
import org.markaz.core.ValidationException;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.IntegrityCheck;
import org.markaz.core.db.Transactions;
import org.markaz.core.security.Actor;
import org.markaz.core.security.CommonPasswords;
import org.markaz.core.security.Permission;
import org.markaz.core.security.ProgramActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Making backups: automatic ones (daily and on exit) into the data directory's backups folder,
 * sealed with this PC's key and pruned by {@link BackupRetention}; manual ones, encrypted with the
 * centre's backup passphrase, into a folder the user picks (a USB stick). A backup is never made
 * from a damaged database: it would replace good backups with bad ones.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    public static final int MIN_PASSPHRASE_LENGTH = 12;

    private final DataDirectory dataDirectory;
    private final DataSource dataSource;
    private final Transactions transactions;
    private final BackupRepository backups;
    private final BackupKeys keys;
    private final Clock clock;
    private final ZoneId zone;

    public BackupService(DataDirectory dataDirectory, DataSource dataSource, Transactions transactions,
                         BackupRepository backups, BackupKeys keys, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.backups = backups;
        this.keys = keys;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** A backup to a folder the user chose, encrypted with the centre's backup passphrase. */
    public Path backUpTo(Actor actor, Path folder, ProgressListener progress) {
        actor.require(Permission.MAKE_BACKUP);
        char[] passphrase = keys.passphrase().orElseThrow(() -> new ValidationException("error.backupPassphraseNotSet"));
        if (!Files.isDirectory(folder)) {
            throw new MarkazException("error.folderMissing", folder.toString());
        }
        return write(actor, folder, BackupKind.MANUAL, passphrase, progress);
    }

    /** The automatic backup on a clean exit. */
    public Path backUpOnExit() {
        return writeAutomatic(BackupKind.ON_EXIT);
    }

    /**
     * The daily backup, when none was made today; at most once a day while Markaz runs. A backup
     * dated later than now (the clock was set back since) does not count as today's.
     */
    public Optional<Path> backUpIfDue() {
        Instant now = clock.instant();
        Instant startOfToday = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        if (transactions.result(tx -> backups.automaticBackupBetween(tx, startOfToday, now))) {
            return Optional.empty();
        }
        return Optional.of(writeAutomatic(BackupKind.DAILY));
    }

    public Optional<Instant> lastBackup(Actor actor) {
        actor.require(Permission.VIEW_CENTRE);
        return transactions.result(backups::lastBackup);
    }

    /** Whether the centre has a backup passphrase, without which nothing can be backed up to a USB stick. */
    public boolean hasPassphrase(Actor actor) {
        actor.require(Permission.VIEW_CENTRE);
        return keys.passphrase().isPresent();
    }

    /** Sets the centre's backup passphrase: typed twice, at least 12 characters, not a common one. */
    public void setPassphrase(Actor actor, char[] passphrase, char[] again) {
        actor.require(Permission.MANAGE_BACKUPS);
        if (passphrase == null || passphrase.length == 0) {
            throw new ValidationException("error.required", new org.markaz.core.Validation.FieldName("field.passphrase"));
        }
        if (!Arrays.equals(passphrase, again)) {
            throw new ValidationException("error.passwordsDiffer");
        }
        if (passphrase.length < MIN_PASSPHRASE_LENGTH || new String(passphrase).isBlank()) {
            throw new ValidationException("error.passphraseTooShort", MIN_PASSPHRASE_LENGTH);
        }
        if (CommonPasswords.isCommon(passphrase)) {
            throw new ValidationException("error.passwordTooCommon");
        }
        keys.setPassphrase(passphrase);
        LOG.info("Backup passphrase set by {}", actor.username());
    }

    /** The automatic backups in the data folder, newest first (the repair offers the newest that checks out). */
    public List<Path> automaticBackups() {
        if (!Files.isDirectory(dataDirectory.backups())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dataDirectory.backups())) {
            return BackupRetention.newestFirst(files.toList());
        } catch (IOException e) {
            throw new MarkazException("error.backupWrite", e, dataDirectory.backups().toString());
        }
    }

    private Path writeAutomatic(BackupKind kind) {
        Path folder = dataDirectory.backups();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new MarkazException("error.backupWrite", e, folder.toString());
        }
        Path made = write(ProgramActor.AUTOMATIC_BACKUP.actor(), folder, kind, null, ProgressListener.NONE);
        prune(folder, made);
        return made;
    }

    private Path write(Actor actor, Path folder, BackupKind kind, char[] passphrase, ProgressListener progress) {
        IntegrityCheck.Result integrity = IntegrityCheck.run(dataSource);
        if (!integrity.ok()) {
            LOG.error("No backup made: the database is damaged: {}", integrity.problems());
            throw new MarkazException("error.databaseDamaged");
        }
        Instant now = clock.instant();
        String name = BackupRetention.fileName(transactions.result(backups::centreCode), LocalDateTime.ofInstant(now, zone), kind);
        Path target = folder.resolve(name);
        BackupArchive.write(dataSource, target, passphrase, keys, ProgramVersion.current(), progress);
        try {
            long size = Files.size(target);
            String checksum = BackupArchive.sha256(target);
            transactions.run(tx -> backups.insert(tx, now, kind, target.toString(), size, checksum, actor.username()));
        } catch (IOException e) {
            throw new MarkazException("error.backupWrite", e, target.toString());
        }
        LOG.info("Backup made: {} ({}{})", target, kind, passphrase == null ? "" : ", encrypted");
        return target;
    }

    private void prune(Path folder, Path justMade) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path old : BackupRetention.toDelete(files.toList(), justMade)) {
                Files.deleteIfExists(old);
                LOG.info("Old backup removed: {}", old.getFileName());
            }
        } catch (IOException e) {
            LOG.warn("Could not prune old backups in {}", folder, e);
        }
    }
}
