package org.markaz.core.backup;

import org.markaz.core.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.markaz.core.FileTrees;
import org.markaz.core.MarkazException;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.db.DatabaseFiles;
import org.markaz.core.db.IntegrityCheck;
import org.markaz.core.db.SchemaCatalog;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores a backup in two steps, so the current database is touched only once the backup is
 * proven good (ADR 0010). {@link #prepare} builds Markaz's own schema at the backup's version in a
 * new database beside the current one, loads the backup's rows into it table by table and column
 * by column, each value parsed as its column's type and every constraint checked as it arrives,
 * migrates it to this program's schema, and checks it whole. It never runs SQL taken from the
 * file. {@link #swapIn} then keeps the current database aside and puts the restored one in its
 * place; the caller closes the live database in between. Every try is recorded (log and audit).
 */
public final class BackupRestorer {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRestorer.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int BATCH = 1_000;

    private final DataDirectory dataDirectory;
    private final Clock clock;
    private final BackupKeys keys;
    private final RestoreLogRepository restoreLog;

    public BackupRestorer(DataDirectory dataDirectory, Clock clock, BackupKeys keys, RestoreLogRepository restoreLog) {
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.keys = keys;
        this.restoreLog = restoreLog;
    }

    /** What the user asked to restore: the file, its passphrase if it is encrypted, and whether an unprovable file is accepted. */
    public record Request(Path archive, char[] passphrase, boolean acceptUnverified) {
        public static Request of(Path archive) {
            return new Request(archive, null, false);
        }
    }

    /** How sure Markaz is that the backup is exactly as it was written. */
    public enum Trust {
        /** Encrypted with the passphrase: authenticated, entry by entry. */
        ENCRYPTED,
        /** Sealed with this PC's key and the seal matches. */
        SEALED_HERE,
        /** Neither: made on another PC (or its key was lost), not encrypted; restored only when the user accepts it. */
        ACCEPTED_UNVERIFIED
    }

    /** A checked backup waiting to be swapped in. */
    public record PreparedRestore(Path workFolder, Map<String, Long> rowCounts, Instant madeAt, Trust trust,
                                  Request request, String sha256) {
        public long rows() {
            return rowCounts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Checks the backup and builds the restored database beside the current one. {@code current}
     * is the database in use (null when it is missing or will not open): its audit trail must
     * agree with the backup's, and a refusal is recorded in it.
     */
    public PreparedRestore prepare(Actor actor, Request request, Database current, ProgressListener progress) {
        actor.require(Permission.RESTORE_BACKUP);
        String fileSha256 = Files.isRegularFile(request.archive()) ? BackupArchive.sha256(request.archive()) : "-";
        Path work = dataDirectory.root().resolve("restore-work");
        try {
            PreparedRestore prepared = build(actor, request, current, progress, work, fileSha256);
            LOG.info("Backup checked for restore: {} (sha256 {}, {} rows, {}) by {}", request.archive(), fileSha256,
                    prepared.rows(), prepared.trust(), actor.username());
            return prepared;
        } catch (RuntimeException e) {
            FileTrees.delete(work);
            if (!(e instanceof PassphraseNeededException) && !(e instanceof UnverifiedBackupException)
                    && !(e instanceof BackupCancelledException)) {
                refused(actor, request, current, fileSha256, e);
            }
            throw e;
        }
    }

    private PreparedRestore build(Actor actor, Request request, Database current, ProgressListener progress, Path work,
                                  String fileSha256) {
        String shown = request.archive().toString();
        progress.progress(0, 4, "restore.step.unpacking");
        try (BackupFile backup = BackupFile.open(request.archive(), request.passphrase())) {
            BackupManifest manifest = backup.manifest();
            Trust trust = trust(manifest, request, shown);
            if (Database.isNewerThanThisProgram(manifest.schemaVersion())) {
                throw new MarkazException("error.backupFromNewerVersion", shown);
            }
            checkSameCentre(manifest, current, shown);
            FileTrees.delete(work);
            Files.createDirectories(work.resolve("db"));
            JdbcDataSource restored = new JdbcDataSource();
            restored.setURL("jdbc:h2:file:" + work.resolve("db").resolve("markaz").toAbsolutePath());
            restored.setUser("sa");
            Database.migrateTo(restored, manifest.schemaVersion());
            Map<String, Long> counts;
            try (Connection connection = restored.getConnection()) {
                SchemaCatalog catalog = SchemaCatalog.read(connection);
                checkStructure(manifest, catalog, shown);
                emptyTables(connection, catalog);
                progress.progress(1, 4, "restore.step.loading");
                counts = load(connection, catalog, backup, progress, shown);
            }
            Database.migrateToLatest(restored);
            progress.progress(2, 4, "restore.step.checking");
            try (Connection connection = restored.getConnection()) {
                IntegrityCheck.Result integrity = IntegrityCheck.run(connection);
                if (!integrity.ok()) {
                    LOG.warn("Restored database failed the integrity check: {}", integrity.problems());
                    throw new MarkazException("error.backupChanged", shown);
                }
                if (current != null) {
                    AuditContinuity.check(connection, current.dataSource(), shown);
                }
                // the restored database says how it came to be
                restoreLog.insert(DSL.using(connection, SQLDialect.H2), actor, clock.instant(),
                        request.archive().toString(), fileSha256, true, null);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN COMPACT"); // one big load leaves slack in the file
                }
            }
            progress.progress(4, 4, "restore.step.checked");
            return new PreparedRestore(work, counts, manifest.createdAt(), trust, request, fileSha256);
        } catch (SQLException e) {
            LOG.warn("Backup refused: its rows break the schema's rules", e);
            throw new MarkazException("error.backupBreaksRules", e, shown);
        } catch (IOException e) {
            throw new MarkazException("error.backupNotMarkaz", e, shown);
        }
    }

    private Trust trust(BackupManifest manifest, Request request, String shown) {
        boolean sealedHere = manifest.sealKeyId() != null && manifest.sealKeyId().equals(keys.sealKeyId());
        if (sealedHere && !keys.sealMatches(manifest.sealKeyId(), manifest.seal(), manifest.sealedText())) {
            throw new MarkazException("error.backupChanged", shown);
        }
        if (manifest.encrypted()) {
            return Trust.ENCRYPTED;
        }
        if (sealedHere) {
            return Trust.SEALED_HERE;
        }
        if (!request.acceptUnverified()) {
            throw new UnverifiedBackupException(shown);
        }
        return Trust.ACCEPTED_UNVERIFIED;
    }

    /** A backup of another centre never replaces this one; restore it into an empty data folder instead. */
    private static void checkSameCentre(BackupManifest manifest, Database current, String shown) {
        if (current == null) {
            return;
        }
        String here = current.dsl().fetchOptional("SELECT CODE FROM CENTRE").map(r -> r.get(0, String.class)).orElse(null);
        if (here != null && !here.equals(manifest.centreCode())) {
            throw new MarkazException("error.backupOtherCentre", shown, manifest.centreCode(), here);
        }
    }

    /** The backup's tables and columns must be exactly those of Markaz's schema at the backup's version. */
    private static void checkStructure(BackupManifest manifest, SchemaCatalog catalog, String shown) {
        for (String name : manifest.tables().keySet()) {
            if (!catalog.tables().containsKey(name)) {
                throw new MarkazException("error.backupUnknownTable", shown, name);
            }
        }
        for (SchemaCatalog.Table table : catalog.tables().values()) {
            BackupManifest.TableEntry entry = manifest.tables().get(table.name());
            if (entry == null) {
                throw new MarkazException("error.backupMissingTable", shown, table.name());
            }
            List<BackupManifest.Column> expected = table.columns().stream()
                    .map(c -> new BackupManifest.Column(c.name(), c.type())).toList();
            if (!expected.equals(entry.columns())) {
                throw new MarkazException("error.backupColumnsDiffer", shown, table.name());
            }
        }
    }

    /** Migrations insert a few rows of their own (default settings); the backup has them as they were. */
    private static void emptyTables(Connection connection, SchemaCatalog catalog) throws SQLException {
        List<SchemaCatalog.Table> ordered = catalog.inLoadOrder();
        try (Statement statement = connection.createStatement()) {
            for (int i = ordered.size() - 1; i >= 0; i--) {
                statement.execute("DELETE FROM PUBLIC." + BackupArchive.quoted(ordered.get(i).name()));
            }
        }
    }

    private static Map<String, Long> load(Connection connection, SchemaCatalog catalog, BackupFile backup,
                                          ProgressListener progress, String shown) throws SQLException, IOException {
        connection.setAutoCommit(false);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SchemaCatalog.Table table : catalog.inLoadOrder()) {
            if (progress.isCancelled()) {
                throw new BackupCancelledException();
            }
            BackupManifest.TableEntry entry = backup.manifest().tables().get(table.name());
            long rows = loadTable(connection, table, backup, entry, shown);
            if (rows != entry.rows()) {
                throw new MarkazException("error.backupChanged", shown);
            }
            counts.put(table.name(), rows);
            restartIdentities(connection, table);
        }
        connection.commit();
        return counts;
    }

    private static long loadTable(Connection connection, SchemaCatalog.Table table, BackupFile backup,
                                  BackupManifest.TableEntry entry, String shown) throws SQLException, IOException {
        List<ColumnCodec> codecs = table.columns().stream().map(c -> ColumnCodec.forType(c.type())).toList();
        String columns = String.join(", ", table.columnNames().stream().map(BackupArchive::quoted).toList());
        String placeholders = String.join(", ", table.columnNames().stream().map(c -> "?").toList());
        long rows;
        try (InputStream in = backup.table(entry);
             CSVParser csv = BackupArchive.CSV.parse(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT)));
             PreparedStatement insert = connection.prepareStatement("INSERT INTO PUBLIC." + BackupArchive.quoted(table.name())
                     + " (" + columns + ") VALUES (" + placeholders + ")")) {
            try {
                var records = csv.iterator();
                if (!records.hasNext() || !records.next().toList().equals(table.columnNames())) {
                    throw new MarkazException("error.backupColumnsDiffer", shown, table.name());
                }
                rows = insertAll(records, codecs, insert, shown);
            } catch (SQLException | MarkazException e) {
                // a changed byte reaches the rows before the checksum at the file's end is compared: a file
                // that fails it is reported as changed, not by the rule or heading it happened to spoil
                in.transferTo(java.io.OutputStream.nullOutputStream());
                throw e;
            }
            in.transferTo(java.io.OutputStream.nullOutputStream()); // to the end, where size and checksum are compared
        } catch (UncheckedIOException e) {
            throw unwrap(e.getCause(), shown);
        } catch (BackupFile.BackupRefusedIOException e) {
            throw e.refusal();
        } catch (IllegalArgumentException e) {
            LOG.warn("Backup refused: a value in {} is not of its column's type: {}", table.name(), e.getMessage());
            throw new MarkazException("error.backupChanged", e, shown);
        }
        return rows;
    }

    private static long insertAll(Iterator<CSVRecord> records, List<ColumnCodec> codecs, PreparedStatement insert,
                                  String shown) throws SQLException {
        long rows = 0;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (record.size() != codecs.size()) {
                throw new MarkazException("error.backupChanged", shown);
            }
            for (int c = 0; c < codecs.size(); c++) {
                codecs.get(c).bind(insert, c + 1, record.get(c));
            }
            insert.addBatch();
            if (++rows % BATCH == 0) {
                insert.executeBatch();
            }
        }
        insert.executeBatch();
        return rows;
    }

    private static MarkazException unwrap(IOException cause, String shown) {
        if (cause instanceof BackupFile.BackupRefusedIOException refused) {
            return refused.refusal();
        }
        return new MarkazException("error.backupChanged", cause, shown);
    }

    /** Rows came with their ids: the next id each table gives must come after them. */
    private static void restartIdentities(Connection connection, SchemaCatalog.Table table) throws SQLException {
        for (SchemaCatalog.Column column : table.columns()) {
            if (!column.identity()) {
                continue;
            }
            String name = BackupArchive.quoted(table.name());
            String col = BackupArchive.quoted(column.name());
            try (Statement statement = connection.createStatement();
                 var max = statement.executeQuery("SELECT COALESCE(MAX(" + col + "), 0) FROM PUBLIC." + name)) {
                max.next();
                long next = max.getLong(1) + 1;
                statement.execute("ALTER TABLE PUBLIC." + name + " ALTER COLUMN " + col + " RESTART WITH " + next);
            }
        }
    }

    private void refused(Actor actor, Request request, Database current, String sha256, RuntimeException why) {
        String reason = why instanceof MarkazException refusal ? refusal.messageKey() : why.getClass().getSimpleName();
        LOG.warn("Restore refused: {} (sha256 {}) by {}: {}", request.archive(), sha256, actor.username(), reason);
        if (current == null) {
            return;
        }
        try {
            current.transactions().run(tx -> restoreLog.insert(tx, actor, clock.instant(),
                    request.archive().toString(), sha256, false, reason));
        } catch (RuntimeException e) {
            LOG.warn("The refused restore could not be recorded in the audit trail", e);
        }
    }

    /**
     * Replaces the database with the prepared one. The live database must be closed. Returns
     * the folder where the previous database was kept, if there was one.
     */
    public Optional<Path> swapIn(PreparedRestore prepared) {
        Path current = dataDirectory.databaseFolder();
        Path aside = dataDirectory.root().resolve("db-before-restore-" + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())));
        boolean hadDatabase = Files.exists(current);
        try {
            new DatabaseFiles(dataDirectory).swapIn(prepared.workFolder().resolve("db"), aside);
            FileTrees.delete(prepared.workFolder());
        } catch (IOException e) {
            throw new MarkazException("error.restoreSwap", e, current.toString());
        }
        LOG.info("Restored {} (sha256 {}); the previous database is kept in {}", prepared.request().archive(),
                prepared.sha256(), hadDatabase ? aside : "(none)");
        return hadDatabase ? Optional.of(aside) : Optional.empty();
    }
}
