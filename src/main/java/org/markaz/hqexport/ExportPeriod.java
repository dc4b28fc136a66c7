package org.markaz.hqexport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.markaz.core.ValidationException;
import org.markaz.core.feature.IndicatorPeriod;

/** A month (2026-09), a quarter (2026Q3) or a year (2026): what a package covers. */
public record ExportPeriod(String label, LocalDate from, LocalDate to) {

    public enum Kind { MONTH, QUARTER, YEAR }

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:Q([1-4])|-(\\d{2}))?");
    /**
     * What else stands for the Q of a quarter: Й, the letter the Q key gives with the Russian and
     * Tajik layouts most office PCs type with, and К (квартал); so 2026Й3 and 2026К3 are 2026Q3.
     */
    private static final Pattern QUARTER_LETTER = Pattern.compile("(?<=\\d{4})[ЙК]");

    /** Reads 2026Q3 (or 2026Й3, 2026К3), 2026-09 or 2026; anything else is refused with the forms it accepts. */
    public static ExportPeriod parse(String text) {
        String typed = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m = FORMAT.matcher(QUARTER_LETTER.matcher(typed).replaceFirst("Q"));
        if (!m.matches()) {
            throw new ValidationException("error.hqPeriodFormat", text == null ? "" : text.strip());
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            throw new ValidationException("error.hqPeriodFormat", text.strip());
        }
        if (m.group(2) != null) {
            return quarter(year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            int month = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12) {
                throw new ValidationException("error.hqPeriodFormat", text.strip());
            }
            return month(YearMonth.of(year, month));
        }
        return year(year);
    }

    public static ExportPeriod month(YearMonth month) {
        return new ExportPeriod(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    public static ExportPeriod quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        return new ExportPeriod(year + "Q" + quarter, from, from.plusMonths(3).minusDays(1));
    }

    public static ExportPeriod year(int year) {
        return new ExportPeriod(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public Kind kind() {
        if (label.contains("Q")) {
            return Kind.QUARTER;
        }
        return label.contains("-") ? Kind.MONTH : Kind.YEAR;
    }

    /** The period of the same length just before: the month, quarter or year before. */
    public ExportPeriod previous() {
        return switch (kind()) {
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case QUARTER -> quarter(from.minusMonths(3).getYear(), (from.minusMonths(3).getMonthValue() + 2) / 3);
            case YEAR -> year(from.getYear() - 1);
        };
    }

    /** The period as DHIS2 writes it: 202609, 2026Q3 or 2026. */
    public String dhis2() {
        return kind() == Kind.MONTH ? label.replace("-", "") : label;
    }

    public IndicatorPeriod indicatorPeriod() {
        return new IndicatorPeriod(from, to);
    }
}
