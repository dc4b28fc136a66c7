package org.markaz.core.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this PC remembers outside the database: the language of the sign-in screen (the last
 * user's). Kept in {@code markaz.properties} in the data directory.
 */
public final class LocalPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPreferences.class);
    private static final String LANGUAGE = "language";
    private static final String LAST_VERSION = "lastVersion";

    private final Path file;
    private final Properties values;

    private LocalPreferences(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    public static LocalPreferences load(DataDirectory dataDirectory) {
        Path file = dataDirectory.root().resolve("markaz.properties");
        Properties values = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException e) {
                LOG.warn("Could not read {}", file, e);
            }
        }
        return new LocalPreferences(file, values);
    }

    /** Russian until someone chooses: most of the centre's staff read it. */
    public synchronized Language language() {
        try {
            return Language.fromCode(values.getProperty(LANGUAGE, Language.RUSSIAN.code()));
        } catch (IllegalArgumentException e) {
            return Language.RUSSIAN;
        }
    }

    /** The version of Markaz that last opened this data folder's window (empty before the first). */
    public synchronized java.util.Optional<String> lastVersion() {
        return java.util.Optional.ofNullable(values.getProperty(LAST_VERSION));
    }

    /** Saves the version now running; call off the JavaFX thread. */
    public synchronized void saveLastVersion(String version) {
        values.setProperty(LAST_VERSION, version);
        save();
    }

    /** Saves the language; call off the JavaFX thread. */
    public synchronized void saveLanguage(Language language) {
        values.setProperty(LANGUAGE, language.code());
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "Markaz preferences of this computer");
            }
        } catch (IOException e) {
            LOG.warn("Could not save {}", file, e);
        }
    }
}
