package org.markaz.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.markaz.core.Validation;
import org.markaz.core.ValidationException;

class LocalizationTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 8);

    @Test
    void datesAreDayMonthYearWithDotsInRussianAndTajik() {
        assertEquals("08.03.2026", new Localization(Language.RUSSIAN).formatDate(DATE));
        assertEquals("08.03.2026", new Localization(Language.TAJIK).formatDate(DATE));
        assertEquals("08/03/2026", new Localization(Language.ENGLISH).formatDate(DATE));
    }

    @Test
    void englishStaysEnglishWhateverTheComputersLanguage() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ru"));
            assertEquals("Today", new Localization(Language.ENGLISH).text("nav.today"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void refusalsNameTheFieldInTheUsersLanguage() {
        ValidationException refusal = new ValidationException("error.required", new Validation.FieldName("field.fullName"));
        assertEquals("Full name is required.", new Localization(Language.ENGLISH).message(refusal));
    }

    @Test
    void largeNumbersAreGrouped() {
        assertEquals("250,000", new Localization(Language.ENGLISH).formatNumber(250_000));
    }
}
