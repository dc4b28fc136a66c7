package org.markaz.core.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.exception.ZipException;
import net.lingala.zip4j.model.FileHeader;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.markaz.core.MarkazException;

/**
 * A backup file opened for reading, hostile until proven otherwise: it must hold exactly a
 * manifest and the table files the manifest lists, every one encrypted the same way, none larger
 * than the manifest says nor far larger than its compressed size (a ZIP bomb stops at once), and
 * every byte matching its checksum. Nothing is unpacked to the disk.
 */
final class BackupFile implements AutoCloseable {

    /** Larger files are not backups of one centre: the 10-year dataset makes about 40 MB. */
    static final long MAX_ARCHIVE_BYTES = 4L * 1024 * 1024 * 1024;
    static final long MAX_TABLE_BYTES = 1024L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
    /** CSV compresses 5 to 15 times; far more is a file built to fill the disk. */
    static final long MAX_RATIO = 50;
    private static final long RATIO_ALLOWANCE = 1024 * 1024;
    private static final int MAX_ENTRIES = 200;

    private final Path path;
    private final ZipFile zip;
    private final Map<String, FileHeader> headers = new HashMap<>();
    private final BackupManifest manifest;

    private BackupFile(Path path, ZipFile zip, BackupManifest manifest, List<FileHeader> all) {
        this.path = path;
        this.zip = zip;
        this.manifest = manifest;
        all.forEach(h -> headers.put(h.getFileName(), h));
    }

    /**
     * Opens and checks the file's structure and manifest. An encrypted backup needs its
     * passphrase ({@link PassphraseNeededException} when none is given); a wrong one is refused.
     */
    static BackupFile open(Path path, char[] passphrase) {
        String shown = path.toString();
        try {
            if (!Files.isRegularFile(path)) {
                throw new MarkazException("error.backupMissing", shown);
            }
            if (Files.size(path) > MAX_ARCHIVE_BYTES) {
                throw new MarkazException("error.backupTooLarge", shown);
            }
        } catch (IOException e) {
            throw new MarkazException("error.backupNotMarkaz", e, shown);
        }
        ZipFile zip = new ZipFile(path.toFile(), passphrase);
        try {
            List<FileHeader> all = zip.getFileHeaders();
            if (all.isEmpty() || all.size() > MAX_ENTRIES) {
                throw new MarkazException("error.backupNotMarkaz", shown);
            }
            boolean encrypted = all.get(0).isEncrypted();
            for (FileHeader header : all) {
                if (header.isEncrypted() != encrypted || header.isDirectory()
                        || encrypted && !strongEncryption(header)) {
                    throw new MarkazException("error.backupNotMarkaz", shown);
                }
            }
            if (encrypted && (passphrase == null || passphrase.length == 0)) {
                throw new PassphraseNeededException(shown);
            }
            FileHeader manifestHeader = all.stream().filter(h -> BackupManifest.ENTRY.equals(h.getFileName())).findFirst()
                    .orElseThrow(() -> new MarkazException("error.backupNotMarkaz", shown));
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(manifestHeader)) {
                manifest = BackupManifest.read(in, shown);
                in.transferTo(java.io.OutputStream.nullOutputStream()); // reads to the end, where AES checks the entry
            }
            if (manifest.encrypted() != encrypted) {
                throw new MarkazException("error.backupChanged", shown);
            }
            checkEntries(manifest, all, shown);
            return new BackupFile(path, zip, manifest, all);
        } catch (ZipException e) {
            close(zip);
            throw refusal(e, shown);
        } catch (IOException e) {
            close(zip);
            throw new MarkazException("error.backupNotMarkaz", e, shown);
        } catch (RuntimeException e) {
            close(zip);
            throw e;
        }
    }

    private static boolean strongEncryption(FileHeader header) {
        return header.getEncryptionMethod() == EncryptionMethod.AES && header.getAesExtraDataRecord() != null
                && header.getAesExtraDataRecord().getAesKeyStrength() == AesKeyStrength.KEY_STRENGTH_256;
    }

    /** Exactly the manifest's files, each within the size limits, before a byte of them is read. */
    private static void checkEntries(BackupManifest manifest, List<FileHeader> all, String shown) {
        Set<String> expected = Set.copyOf(manifest.entryNames());
        if (all.size() != expected.size()
                || !all.stream().map(FileHeader::getFileName).allMatch(expected::contains)) {
            throw new MarkazException("error.backupChanged", shown);
        }
        if (manifest.totalBytes() > MAX_TOTAL_BYTES) {
            throw new MarkazException("error.backupTooLarge", shown);
        }
        for (FileHeader header : all) {
            if (BackupManifest.ENTRY.equals(header.getFileName())) {
                continue;
            }
            BackupManifest.TableEntry table = manifest.tables().values().stream()
                    .filter(t -> t.entryName().equals(header.getFileName())).findFirst().orElseThrow();
            if (table.bytes() > MAX_TABLE_BYTES || table.bytes() > maxExpanded(header.getCompressedSize())) {
                throw new MarkazException("error.backupTooLarge", shown);
            }
            if (header.getUncompressedSize() != table.bytes()) {
                throw new MarkazException("error.backupChanged", shown);
            }
        }
    }

    private static long maxExpanded(long compressed) {
        return Math.max(0, compressed) * MAX_RATIO + RATIO_ALLOWANCE;
    }

    BackupManifest manifest() {
        return manifest;
    }

    /**
     * A table's bytes, never more than the manifest lists nor more than its compressed size allows;
     * at its end the bytes must be as many as listed and match the SHA-256, or reading fails.
     */
    InputStream table(BackupManifest.TableEntry table) throws IOException {
        FileHeader header = headers.get(table.entryName());
        long limit = Math.min(table.bytes(), maxExpanded(header.getCompressedSize()));
        return new CheckedEntry(zip.getInputStream(header), limit, table, path.toString());
    }

    /** How the library's errors read to a user: a wrong passphrase, or a file changed or cut. */
    static MarkazException refusal(IOException e, String shown) {
        if (e instanceof ZipException zipError) {
            if (zipError.getType() == ZipException.Type.WRONG_PASSWORD) {
                return new MarkazException("error.backupWrongPassphrase", e, shown);
            }
            if (zipError.getType() == ZipException.Type.CHECKSUM_MISMATCH
                    || String.valueOf(zipError.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("verification")) {
                return new MarkazException("error.backupChanged", e, shown);
            }
        }
        return new MarkazException("error.backupNotMarkaz", e, shown);
    }

    @Override
    public void close() {
        close(zip);
    }

    private static void close(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read only; nothing to lose
        }
    }

    /** Stops at the limit, and at the end compares the size and the SHA-256 with the manifest. */
    private static final class CheckedEntry extends FilterInputStream {
        private final long limit;
        private final BackupManifest.TableEntry table;
        private final String shown;
        private final MessageDigest digest = BackupArchive.digest();
        private long read;
        private boolean checked;

        CheckedEntry(InputStream in, long limit, BackupManifest.TableEntry table, String shown) {
            super(in);
            this.limit = limit;
            this.table = table;
            this.shown = shown;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, (int) Math.min(len, limit - read + 1));
            } catch (ZipException e) {
                throw new BackupRefusedIOException(refusal(e, shown));
            }
            if (n < 0) {
                atEnd();
                return n;
            }
            read += n;
            if (read > limit) {
                throw new BackupRefusedIOException(new MarkazException(
                        read > table.bytes() ? "error.backupChanged" : "error.backupTooLarge", shown));
            }
            digest.update(b, off, n);
            return n;
        }

        private void atEnd() throws IOException {
            if (checked) {
                return;
            }
            checked = true;
            if (read != table.bytes() || !HexFormat.of().formatHex(digest.digest()).equals(table.sha256())) {
                throw new BackupRefusedIOException(new MarkazException("error.backupChanged", shown));
            }
        }
    }

    /** Carries a refusal through the reader of a CSV file, which only lets IOExceptions pass. */
    static final class BackupRefusedIOException extends IOException {
        private final transient MarkazException refusal;

        BackupRefusedIOException(MarkazException refusal) {
            super(refusal.messageKey());
            this.refusal = refusal;
        }

        MarkazException refusal() {
            return refusal;
        }
    }
}
