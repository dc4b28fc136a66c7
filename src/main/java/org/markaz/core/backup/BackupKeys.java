package org.markaz.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets of this PC's backups, kept in the data folder and never inside a backup (ADR 0010):
 * the seal key, with which every backup's manifest is signed (HMAC-SHA256), so a restore on this
 * PC can prove a backup is exactly as Markaz wrote it; and the centre's backup passphrase, with
 * which backups that leave the PC are encrypted. A thief with the PC has the database anyway;
 * someone with only a USB stick has neither.
 */
public final class BackupKeys {

    static final String FILE = "backup-keys.properties";
    private static final String SEAL_KEY = "seal.key";
    private static final String PASSPHRASE = "passphrase";

    private final Path file;

    public BackupKeys(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    /** The seal key, made the first time it is needed. */
    synchronized byte[] sealKey() {
        Properties keys = load();
        String hex = keys.getProperty(SEAL_KEY);
        if (hex == null) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            hex = HexFormat.of().formatHex(key);
            keys.setProperty(SEAL_KEY, hex);
            store(keys);
        }
        return HexFormat.of().parseHex(hex);
    }

    /** A short name of the seal key, written in each manifest, so a restore knows whether this PC sealed it. */
    String sealKeyId() {
        return keyId(sealKey());
    }

    String seal(String text) {
        return hmac(sealKey(), text);
    }

    /** Whether a manifest's seal was made with this PC's key and matches its text. */
    boolean sealMatches(String keyId, String seal, String text) {
        return keyId != null && keyId.equals(sealKeyId())
                && MessageDigest.isEqual(seal.getBytes(StandardCharsets.US_ASCII), seal(text).getBytes(StandardCharsets.US_ASCII));
    }

    synchronized Optional<char[]> passphrase() {
        return Optional.ofNullable(load().getProperty(PASSPHRASE)).map(String::toCharArray);
    }

    synchronized void setPassphrase(char[] passphrase) {
        Properties keys = load();
        keys.setProperty(PASSPHRASE, new String(passphrase));
        store(keys);
    }

    private static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private Properties load() {
        Properties keys = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                keys.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    private void store(Properties keys) {
        Path part = file.resolveSibling(FILE + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(part)) {
                keys.store(out, "Markaz backup keys of this PC. Never copy this file together with the backups.");
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
