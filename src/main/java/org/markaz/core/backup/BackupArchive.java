package org.markaz.core.backup;

import org.markaz.core.ProgressListener;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.AesVersion;
import net.lingala.zip4j.model.enums.CompressionLevel;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.markaz.core.MarkazException;
import org.markaz.core.db.SchemaCatalog;

/**
 * The backup file (ADR 0004, 0010): a ZIP holding one CSV file per table, rows and nothing else,
 * and a manifest listing every table's columns, rows and checksum, sealed with this PC's key.
 * Data rather than SQL: a restore loads rows into the tables Markaz's own migrations make and
 * never runs anything the file holds. Optionally encrypted as AES-256 ZIP, which is also
 * authenticated entry by entry (and opens in 7-Zip with the passphrase).
 */
public final class BackupArchive {

    /** Cells as CSV: NULL is an unquoted \N, every value is quoted, so "\N" the text stays text. */
    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setNullString("\\N").setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setRecordSeparator("\r\n").get();

    private BackupArchive() {
    }

    /** What a written backup holds. */
    public record Written(Path file, long rows, String centreCode) {
    }

    /**
     * Writes a backup of the whole database to {@code target}, via a temporary file, so a
     * half-written backup never has the final name. Encrypted when a passphrase is given.
     */
    public static Written write(DataSource dataSource, Path target, char[] passphrase, BackupKeys keys,
                                String programVersion, ProgressListener progress) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (Connection connection = dataSource.getConnection()) {
            // one snapshot: every table as it was at one moment
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            SchemaCatalog catalog = SchemaCatalog.read(connection);
            String schemaVersion = single(connection, "SELECT \"version\" FROM \"flyway_schema_history\" "
                    + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1");
            String centreCode = single(connection, "SELECT CODE FROM CENTRE");
            Map<String, BackupManifest.TableEntry> tables = new LinkedHashMap<>();
            int done = 0;
            int steps = catalog.tables().size() + 1;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(part));
                 ZipOutputStream zip = passphrase == null ? new ZipOutputStream(file) : new ZipOutputStream(file, passphrase)) {
                for (SchemaCatalog.Table table : catalog.tables().values()) {
                    progress.progress(done++, steps, "backup.step.reading");
                    checkCancelled(progress, part);
                    zip.putNextEntry(parameters(BackupManifest.TABLES_FOLDER + table.name() + ".csv", passphrase));
                    tables.put(table.name(), writeTable(connection, table, zip));
                    zip.closeEntry();
                }
                connection.commit();
                BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, schemaVersion, programVersion,
                        centreCode == null ? "NEW" : centreCode, Instant.now(), passphrase != null, tables, null, null);
                // the key's name is part of what is sealed; the seal's own line is not
                manifest = manifest.withSeal(keys.sealKeyId(), "");
                manifest = manifest.withSeal(keys.sealKeyId(), keys.seal(manifest.sealedText()));
                zip.putNextEntry(parameters(BackupManifest.ENTRY, passphrase));
                zip.write(manifest.toBytes());
                zip.closeEntry();
            }
            progress.progress(steps - 1, steps, "backup.step.saving");
            checkCancelled(progress, part);
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true); // a USB stick pulled out next must still hold the whole file
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            progress.progress(steps, steps, "backup.step.done");
            long rows = tables.values().stream().mapToLong(BackupManifest.TableEntry::rows).sum();
            return new Written(target, rows, centreCode);
        } catch (SQLException | IOException e) {
            deleteQuietly(part);
            throw new MarkazException("error.backupWrite", e, target.toString());
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /** A ZIP entry's settings: AES-256 (which 7-Zip opens) when a passphrase is given; shared by the HQ export. */
    public static ZipParameters parameters(String name, char[] passphrase) {
        ZipParameters parameters = new ZipParameters();
        parameters.setFileNameInZip(name);
        parameters.setCompressionLevel(CompressionLevel.FAST);
        if (passphrase != null) {
            parameters.setEncryptFiles(true);
            parameters.setEncryptionMethod(EncryptionMethod.AES);
            parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
            parameters.setAesVersion(AesVersion.TWO);
        }
        return parameters;
    }

    private static BackupManifest.TableEntry writeTable(Connection connection, SchemaCatalog.Table table, OutputStream zip)
            throws SQLException, IOException {
        List<BackupManifest.Column> columns = new ArrayList<>();
        List<ColumnCodec> codecs = new ArrayList<>();
        for (SchemaCatalog.Column column : table.columns()) {
            columns.add(new BackupManifest.Column(column.name(), column.type()));
            codecs.add(ColumnCodec.forType(column.type()));
        }
        CountingDigest counted = new CountingDigest(zip);
        long rows = 0;
        Writer writer = new OutputStreamWriter(counted, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSV);
        csv.printRecord(table.columnNames());
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM PUBLIC." + quoted(table.name()) + " ORDER BY 1")) {
            Object[] cells = new Object[codecs.size()];
            while (result.next()) {
                for (int c = 0; c < cells.length; c++) {
                    Object value = codecs.get(c).read(result, c + 1);
                    cells[c] = value == null ? null : codecs.get(c).format(value);
                }
                csv.printRecord(cells);
                rows++;
            }
        }
        csv.flush(); // not closed: closing would close the ZIP stream under it
        return new BackupManifest.TableEntry(table.name(), List.copyOf(columns), rows, counted.bytes(), counted.sha256());
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void checkCancelled(ProgressListener progress, Path part) {
        if (progress.isCancelled()) {
            deleteQuietly(part);
            throw new BackupCancelledException();
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a left-over .part file has no final name and is never taken for a backup
        }
    }

    /** Counts and digests what passes to the ZIP entry, and never closes it. */
    private static final class CountingDigest extends FilterOutputStream {
        private final MessageDigest digest = digest();
        private long bytes;

        CountingDigest(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            bytes += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        long bytes() {
            return bytes;
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
