package org.markaz.core.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.markaz.core.MarkazException;
import org.markaz.core.Validation.FieldName;

/**
 * Texts and formats in one language. Dates are dd.MM.yyyy in Russian and Tajik (as people write
 * them there) and dd/MM/yyyy in English.
 */
public final class Localization {

    public static final String BUNDLE = "org.markaz.i18n.messages";

    /** No fallback to the JVM's default locale: English must stay English on a Russian Windows. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;
    private final ZoneId zone;

    public Localization(Language language) {
        this(language, ZoneId.systemDefault());
    }

    public Localization(Language language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), Localization.class.getClassLoader(), NO_FALLBACK);
        String datePattern = language == Language.ENGLISH ? "dd/MM/uuuu" : "dd.MM.uuuu";
        // strict: 31.02.2024 is no date, where the default would quietly read 29.02.2024
        this.dateFormat = DateTimeFormatter.ofPattern(datePattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
        this.dateTimeFormat = DateTimeFormatter.ofPattern(datePattern + " HH:mm");
    }

    public Language language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for a key, with {0}-style arguments; an argument that is a field name is translated too. */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof FieldName field ? text(field.key()) : arguments[i];
        }
        return new MessageFormat(pattern, numberLocale()).format(shown);
    }

    /** Whether the bundle has this key (the audit log names a field by its own key if there is one). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** What to show for a refusal from a service. */
    public String message(MarkazException refusal) {
        return text(refusal.messageKey(), refusal.arguments());
    }

    public String formatDate(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    public String formatDateTime(Instant instant) {
        return instant == null ? "" : dateTimeFormat.format(instant.atZone(zone));
    }

    /**
     * A count with its word in the right form: {@code key.one}, {@code key.few} or {@code key.many}
     * by the language's rule (Russian: 1 час, 2 часа, 5 часов; Tajik and English need two forms).
     */
    public String plural(String key, long count) {
        long lastTwo = Math.abs(count) % 100;
        long last = lastTwo % 10;
        String form;
        if (language == Language.RUSSIAN) {
            form = last == 1 && lastTwo != 11 ? "one" : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "few" : "many";
        } else {
            form = count == 1 ? "one" : "many";
        }
        return text(key + "." + form, formatNumber(count));
    }

    /** How long ago, roughly: minutes under an hour, hours under two days, then days. */
    public String formatAge(java.time.Duration age) {
        if (age.toMinutes() < 60) {
            return plural("age.minutes", Math.max(0, age.toMinutes()));
        }
        if (age.toHours() < 48) {
            return plural("age.hours", age.toHours());
        }
        return plural("age.days", age.toDays());
    }

    public DateTimeFormatter dateFormat() {
        return dateFormat;
    }

    public String formatNumber(long number) {
        return NumberFormat.getIntegerInstance(numberLocale()).format(number);
    }

    /** The JDK has no Tajik number data; Tajik writes numbers as Russian does. */
    private Locale numberLocale() {
        return language == Language.TAJIK ? Locale.forLanguageTag("ru") : language.locale();
    }
}
