package org.markaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.markaz.core.i18n.Language;

class WhatsNewTest {

    private static final String CHANGELOG = """
            # Changelog
            ## 0.3.0
            ### en
            - Beds.
            ### ru
            - Койки.
            ## 0.2.0 (2026-10-01)
            ### en
            - Figures.
            """;

    @Test
    void theNewVersionsSectionInTheUsersLanguage() {
        assertEquals(Optional.of("- Койки."), WhatsNew.section(CHANGELOG, "0.3.0", Language.RUSSIAN));
        assertEquals(Optional.of("- Figures."), WhatsNew.section(CHANGELOG, "0.2.0", Language.ENGLISH));
        assertEquals(Optional.empty(), WhatsNew.section(CHANGELOG, "0.3.0", Language.TAJIK));
        assertEquals(Optional.empty(), WhatsNew.section(CHANGELOG, "0.4.0", Language.ENGLISH));
    }

    @Test
    void toldOnlyAfterAnUpgrade() {
        assertEquals(Optional.empty(), WhatsNew.toTell(Optional.empty(), "0.1.0", false, Language.ENGLISH),
                "a new data folder: nothing to tell");
        assertEquals(Optional.empty(), WhatsNew.toTell(Optional.of("0.1.0"), "0.1.0", false, Language.ENGLISH));
        assertEquals(Optional.empty(), WhatsNew.toTell(Optional.of("0.0.9"), "development", true, Language.ENGLISH));
        assertTrue(WhatsNew.toTell(Optional.of("0.0.9"), "0.1.0", false, Language.ENGLISH).orElseThrow()
                .contains("register"), "the packed changelog's 0.1.0 section");
        assertTrue(WhatsNew.toTell(Optional.empty(), "0.1.0", true, Language.TAJIK).isPresent(),
                "a database migrated by a version that did not record itself: an upgrade");
    }

    @Test
    void everyVersionOfTheChangelogSpeaksAllThreeLanguages() throws Exception {
        String changelog = java.nio.file.Files.readString(java.nio.file.Path.of("docs/CHANGELOG.md"));
        for (String line : changelog.split("\n")) {
            if (line.startsWith("## ")) {
                String version = line.substring(3).strip().split("\\s")[0];
                for (Language language : Language.values()) {
                    assertTrue(WhatsNew.section(changelog, version, language).isPresent(), version + " " + language);
                }
            }
        }
    }
}
