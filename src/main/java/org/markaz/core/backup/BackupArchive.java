package org.markaz.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.markaz.core.MarkazException;

/**
 * The backup file: a ZIP holding H2's SQL script of the whole database and a manifest with the
 * row count of every table and the script's SHA-256. SQL rather than a copy of the database file,
 * so a backup stays readable by later H2 versions; the manifest lets a restore prove it got every row.
 */
public final class BackupArchive {

    static final String SCRIPT_ENTRY = "markaz.sql";
    static final String MANIFEST_ENTRY = "manifest.properties";
    private static final String ROWS_PREFIX = "rows.";

    private BackupArchive() {
    }

    /** Writes the archive to {@code target} (via a temporary file, so a half-written backup never has the final name). */
    public static void write(DataSource dataSource, Path target, ProgressListener progress) {
        Path script = target.resolveSibling(target.getFileName() + ".sql.part");
        Path zip = target.resolveSibling(target.getFileName() + ".part");
        try {
            progress.progress(0, 3, "backup.step.reading");
            Map<String, Long> rowCounts = scriptDatabase(dataSource, script);
            checkCancelled(progress, script, zip);
            progress.progress(1, 3, "backup.step.compressing");
            Properties manifest = new Properties();
            manifest.setProperty("format", "1");
            manifest.setProperty("script.sha256", sha256(script));
            rowCounts.forEach((table, count) -> manifest.setProperty(ROWS_PREFIX + table, Long.toString(count)));
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
                manifest.store(out, "Markaz backup");
                out.closeEntry();
                out.putNextEntry(new ZipEntry(SCRIPT_ENTRY));
                Files.copy(script, out);
                out.closeEntry();
            }
            checkCancelled(progress, script, zip);
            progress.progress(2, 3, "backup.step.saving");
            Files.move(zip, target, StandardCopyOption.REPLACE_EXISTING);
            progress.progress(3, 3, "backup.step.done");
        } catch (IOException e) {
            deleteQuietly(zip);
            throw new MarkazException("error.backupWrite", e, target.toString());
        } finally {
            deleteQuietly(script);
        }
    }

    /** Counts the rows and writes the script in one snapshot, so the manifest and script agree. */
    private static Map<String, Long> scriptDatabase(DataSource dataSource, Path script) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            Map<String, Long> counts = countRows(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SCRIPT TO '" + script.toAbsolutePath().toString().replace("'", "''") + "' CHARSET 'UTF-8'");
            }
            connection.commit();
            return counts;
        } catch (SQLException e) {
            throw new MarkazException("error.backupWrite", e, script.getParent().toString());
        }
    }

    static Map<String, Long> countRows(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (tables.next()) {
                counts.put(tables.getString(1), 0L);
            }
        }
        for (String table : counts.keySet()) {
            try (Statement statement = connection.createStatement();
                 ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM PUBLIC.\"" + table + "\"")) {
                count.next();
                counts.put(table, count.getLong(1));
            }
        }
        return counts;
    }

    /** Unpacks the archive into {@code folder}; checks the script against the manifest's checksum. */
    static Unpacked unpack(Path archive, Path folder) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST_ENTRY);
            ZipEntry scriptEntry = zip.getEntry(SCRIPT_ENTRY);
            if (manifestEntry == null || scriptEntry == null) {
                throw new MarkazException("error.backupNotMarkaz", archive.toString());
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest.load(in);
            }
            Path script = folder.resolve(SCRIPT_ENTRY);
            try (InputStream in = zip.getInputStream(scriptEntry)) {
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!sha256(script).equals(manifest.getProperty("script.sha256"))) {
                throw new MarkazException("error.backupDamaged", archive.toString());
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            manifest.stringPropertyNames().stream().filter(k -> k.startsWith(ROWS_PREFIX)).sorted()
                    .forEach(k -> rows.put(k.substring(ROWS_PREFIX.length()), Long.parseLong(manifest.getProperty(k))));
            return new Unpacked(script, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MarkazException refusal) {
                throw refusal;
            }
            throw new MarkazException("error.backupNotMarkaz", e, archive.toString());
        }
    }

    record Unpacked(Path script, Map<String, Long> rowCounts) {
    }

    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void checkCancelled(ProgressListener progress, Path... partFiles) {
        if (progress.isCancelled()) {
            for (Path part : partFiles) {
                deleteQuietly(part);
            }
            throw new BackupCancelledException();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a left-over .part file has no final name and is never taken for a backup
        }
    }
}
