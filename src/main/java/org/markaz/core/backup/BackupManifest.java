package org.markaz.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.markaz.core.MarkazException;

/**
 * What a backup holds: the schema version it was written at, and per table its columns with
 * their types, its number of rows and its file's size and SHA-256. Sealed with the PC's backup
 * key ({@link BackupKeys}), so a backup edited after it was made, checksums and all, is caught.
 * Written as a properties file, which is plain text a person can read.
 */
record BackupManifest(int format, String schemaVersion, String programVersion, String centreCode, Instant createdAt,
                      boolean encrypted, Map<String, TableEntry> tables, String sealKeyId, String seal) {

    static final int FORMAT = 2;
    static final String ENTRY = "manifest.properties";
    static final String TABLES_FOLDER = "tables/";
    /** A manifest is a few kilobytes; anything larger is not one. */
    static final int MAX_BYTES = 256 * 1024;
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,62}");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    record Column(String name, String type) {
    }

    record TableEntry(String name, List<Column> columns, long rows, long bytes, String sha256) {
        String entryName() {
            return TABLES_FOLDER + name + ".csv";
        }
    }

    BackupManifest withSeal(String keyId, String value) {
        return new BackupManifest(format, schemaVersion, programVersion, centreCode, createdAt, encrypted, tables, keyId, value);
    }

    /** Every line but the seal, sorted: what the seal is computed over. */
    String sealedText() {
        Map<String, String> lines = new TreeMap<>(asMap());
        lines.remove("seal");
        StringBuilder text = new StringBuilder();
        lines.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }

    byte[] toBytes() {
        Map<String, String> lines = new TreeMap<>(asMap());
        StringBuilder text = new StringBuilder("# Markaz backup: what it holds. Every file's SHA-256 is here.\n");
        lines.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, String> asMap() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("format", Integer.toString(format));
        lines.put("schema.version", schemaVersion);
        lines.put("program.version", programVersion);
        lines.put("centre.code", centreCode);
        lines.put("created.at", createdAt.toString());
        lines.put("encrypted", Boolean.toString(encrypted));
        lines.put("tables", String.join(",", tables.keySet()));
        for (TableEntry table : tables.values()) {
            String prefix = "table." + table.name() + ".";
            lines.put(prefix + "columns", String.join(",", table.columns().stream().map(c -> c.name() + ":" + c.type()).toList()));
            lines.put(prefix + "rows", Long.toString(table.rows()));
            lines.put(prefix + "bytes", Long.toString(table.bytes()));
            lines.put(prefix + "sha256", table.sha256());
        }
        if (sealKeyId != null) {
            lines.put("seal.key", sealKeyId);
            lines.put("seal", seal);
        }
        return lines;
    }

    /** Reads a manifest, refusing anything that is not exactly what Markaz writes. */
    static BackupManifest read(InputStream in, String archive) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw notMarkaz(archive);
        }
        Properties properties = new Properties();
        properties.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        try {
            int format = Integer.parseInt(required(properties, "format"));
            if (format != FORMAT) {
                throw new MarkazException(format < FORMAT ? "error.backupOldFormat" : "error.backupFromNewerVersion", archive);
            }
            Map<String, TableEntry> tables = new LinkedHashMap<>();
            for (String name : required(properties, "tables").split(",")) {
                if (!NAME.matcher(name).matches() || tables.containsKey(name)) {
                    throw notMarkaz(archive);
                }
                String prefix = "table." + name + ".";
                List<Column> columns = new ArrayList<>();
                for (String column : required(properties, prefix + "columns").split(",")) {
                    String[] nameAndType = column.split(":", 2);
                    if (nameAndType.length != 2 || !NAME.matcher(nameAndType[0]).matches()) {
                        throw notMarkaz(archive);
                    }
                    columns.add(new Column(nameAndType[0], nameAndType[1]));
                }
                long rows = Long.parseLong(required(properties, prefix + "rows"));
                long size = Long.parseLong(required(properties, prefix + "bytes"));
                String sha256 = required(properties, prefix + "sha256");
                if (rows < 0 || size < 0 || !HEX.matcher(sha256).matches()) {
                    throw notMarkaz(archive);
                }
                tables.put(name, new TableEntry(name, List.copyOf(columns), rows, size, sha256));
            }
            if ((properties.getProperty("seal.key") == null) != (properties.getProperty("seal") == null)) {
                throw notMarkaz(archive);
            }
            BackupManifest manifest = new BackupManifest(format, required(properties, "schema.version"),
                    required(properties, "program.version"), required(properties, "centre.code"),
                    Instant.parse(required(properties, "created.at")),
                    Boolean.parseBoolean(required(properties, "encrypted")), tables,
                    properties.getProperty("seal.key"), properties.getProperty("seal"));
            if (properties.size() != manifest.asMap().size()) {
                throw notMarkaz(archive); // a line Markaz never writes
            }
            return manifest;
        } catch (RuntimeException e) {
            if (e instanceof MarkazException refusal) {
                throw refusal;
            }
            throw notMarkaz(archive);
        }
    }

    long totalBytes() {
        return tables.values().stream().mapToLong(TableEntry::bytes).sum();
    }

    List<String> entryNames() {
        List<String> names = new ArrayList<>(Arrays.asList(ENTRY));
        tables.values().forEach(t -> names.add(t.entryName()));
        return names;
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + key);
        }
        return value.strip();
    }

    private static MarkazException notMarkaz(String archive) {
        return new MarkazException("error.backupNotMarkaz", archive);
    }
}
