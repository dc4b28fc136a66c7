package org.markaz.core.i18n;

import java.util.Arrays;
import java.util.Locale;

/** The languages Markaz speaks. Each user picks one; the sign-in screen remembers the last. */
public enum Language implements Named {
    ENGLISH("en", "language.en"),
    RUSSIAN("ru", "language.ru"),
    TAJIK("tg", "language.tg");

    private final String code;
    private final String nameKey;

    Language(String code, String nameKey) {
        this.code = code;
        this.nameKey = nameKey;
    }

    public String code() {
        return code;
    }

    /** Bundle key of the language's own name ("Тоҷикӣ"), the same in every bundle. */
    public String nameKey() {
        return nameKey;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * The language as spoken in Tajikistan, for dates: its month and weekday names, and weeks that
     * start on Monday (the language alone gives Sunday for Russian).
     */
    public Locale localeInTajikistan() {
        return Locale.forLanguageTag(code + "-TJ");
    }

    public static Language fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown language code " + code));
    }
}
