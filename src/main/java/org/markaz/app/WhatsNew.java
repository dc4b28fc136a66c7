package org.markaz.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.markaz.core.i18n.Language;

/**
 * "What's new" on the first start after an upgrade, read from docs/CHANGELOG.md (packed into the
 * jar): the section "## VERSION" and in it "### en", "### ru" or "### tg" for the user's language.
 */
final class WhatsNew {

    private static final String CHANGELOG = "CHANGELOG.md";

    private WhatsNew() {
    }

    /**
     * What to tell on this start: nothing on a development build, on the first start of a new data
     * folder, or when the version did not change. A folder with no recorded version whose database
     * this start migrated was opened by a version older than this record: that is an upgrade too.
     */
    static Optional<String> toTell(Optional<String> lastVersion, String current, boolean databaseMigrated,
                                   Language language) {
        boolean upgraded = lastVersion.map(last -> !last.equals(current)).orElse(databaseMigrated);
        if (!upgraded || current.equals("development")) {
            return Optional.empty();
        }
        return section(read(), current, language);
    }

    /** The lines under "## version" / "### language", up to the next heading of either level. */
    static Optional<String> section(String changelog, String version, Language language) {
        List<String> found = new ArrayList<>();
        boolean inVersion = false;
        boolean inLanguage = false;
        for (String line : changelog.split("\n")) {
            if (line.startsWith("## ")) {
                inVersion = line.substring(3).strip().split("\\s")[0].equals(version);
                inLanguage = false;
            } else if (line.startsWith("### ")) {
                inLanguage = inVersion && line.substring(4).strip().equals(language.code());
            } else if (inLanguage) {
                found.add(line);
            }
        }
        String text = String.join("\n", found).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String read() {
        try (InputStream in = WhatsNew.class.getResourceAsStream(CHANGELOG)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
