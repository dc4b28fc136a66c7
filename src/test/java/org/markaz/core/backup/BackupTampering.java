package org.markaz.core.backup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Edits an unencrypted backup as an attacker would: changes its files, then redoes every count
 * and checksum in the manifest; with the PC's key in hand (someone at the PC), reseals it too.
 */
final class BackupTampering {

    /** The backup's files by name, to be edited. */
    static final class Entries {
        final Map<String, byte[]> entries = new LinkedHashMap<>();

        String text(String name) {
            return new String(entries.get(name), StandardCharsets.UTF_8);
        }

        void text(String name, String value) {
            entries.put(name, value.getBytes(StandardCharsets.UTF_8));
        }

        String table(String table) {
            return text("tables/" + table + ".csv");
        }

        void table(String table, String csv) {
            text("tables/" + table + ".csv", csv);
        }
    }

    private BackupTampering() {
    }

    static Path edit(Path original, Path out, BackupKeys keysOrNull, Consumer<Entries> change) throws IOException {
        Entries files = read(original);
        change.accept(files);
        if (files.entries.containsKey(BackupManifest.ENTRY)) {
            files.entries.put(BackupManifest.ENTRY, redoManifest(files, keysOrNull));
        }
        return write(files, out);
    }

    /** Changes files and leaves the manifest as it was: a careless edit, or bytes spoiled on a USB stick. */
    static Path editLeavingTheManifest(Path original, Path out, Consumer<Entries> change) throws IOException {
        Entries files = read(original);
        change.accept(files);
        return write(files, out);
    }

    private static Entries read(Path original) throws IOException {
        Entries files = new Entries();
        try (ZipFile zip = new ZipFile(original.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                files.entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return files;
    }

    private static Path write(Entries files, Path out) throws IOException {
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (var entry : files.entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out;
    }

    /** Counts, sizes and checksums as the edited files have them; the seal redone only with the key. */
    private static byte[] redoManifest(Entries files, BackupKeys keys) throws IOException {
        BackupManifest manifest = BackupManifest.read(new ByteArrayInputStream(files.entries.get(BackupManifest.ENTRY)), "x");
        Map<String, BackupManifest.TableEntry> tables = new LinkedHashMap<>();
        for (BackupManifest.TableEntry table : manifest.tables().values()) {
            byte[] bytes = files.entries.get(table.entryName());
            if (bytes == null) {
                tables.put(table.name(), table);
                continue;
            }
            long rows = new String(bytes, StandardCharsets.UTF_8).split("\r\n", -1).length - 2;
            tables.put(table.name(), new BackupManifest.TableEntry(table.name(), table.columns(), rows, bytes.length,
                    HexFormat.of().formatHex(BackupArchive.digest().digest(bytes))));
        }
        BackupManifest redone = new BackupManifest(manifest.format(), manifest.schemaVersion(), manifest.programVersion(),
                manifest.centreCode(), manifest.createdAt(), manifest.encrypted(), tables, manifest.sealKeyId(),
                manifest.seal());
        if (keys != null) {
            redone = redone.withSeal(keys.sealKeyId(), keys.seal(redone.sealedText()));
        }
        return redone.toBytes();
    }

    /** The manifest with a table left out (an attacker dropping a table). */
    static void dropTable(Entries files, String table) {
        files.entries.remove("tables/" + table + ".csv");
        String manifest = files.text(BackupManifest.ENTRY);
        StringBuilder kept = new StringBuilder();
        for (String line : manifest.split("\n")) {
            if (line.startsWith("table." + table + ".")) {
                continue;
            }
            if (line.startsWith("tables=")) {
                line = "tables=" + String.join(",", java.util.Arrays.stream(line.substring(7).split(","))
                        .filter(t -> !t.equals(table)).toList());
            }
            kept.append(line).append('\n');
        }
        files.text(BackupManifest.ENTRY, kept.toString());
    }

    /** Adds a table the schema does not have, with its file. */
    static void addTable(Entries files, String table, String columns, String csv) {
        files.table(table, csv);
        String manifest = files.text(BackupManifest.ENTRY).replaceFirst("(?m)^tables=(.*)$", "tables=$1," + table);
        manifest += "table." + table + ".columns=" + columns + "\ntable." + table + ".rows=0\ntable." + table
                + ".bytes=0\ntable." + table + ".sha256=" + "0".repeat(64) + "\n";
        files.text(BackupManifest.ENTRY, manifest);
    }
}
