package org.markaz.aid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.markaz.core.Validation;
import org.markaz.core.ValidationException;

/**
 * Money in somoni and diram (1 somoni = 100 diram), held as a whole number of diram so that sums
 * are exact. Amounts come from people as decimals with at most two places.
 */
public final class Money {

    private Money() {
    }

    /** A positive amount with at most two decimals, in diram; refused with the field named otherwise. */
    public static long positiveDiram(BigDecimal amount, String fieldKey) {
        if (amount == null) {
            throw new ValidationException("error.required", new Validation.FieldName(fieldKey));
        }
        if (amount.signum() <= 0) {
            throw new ValidationException("error.aidNotPositive", new Validation.FieldName(fieldKey));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new ValidationException("error.aidTooManyDecimals", new Validation.FieldName(fieldKey));
        }
        try {
            return amount.movePointRight(2).longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new ValidationException("error.aidTooLarge", new Validation.FieldName(fieldKey));
        }
    }

    /**
     * What a person typed, as a decimal: spaces between thousands and a comma or a point before
     * the decimals are accepted; null when blank; refused when it is not a number.
     */
    public static BigDecimal parse(String typed, String fieldKey) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = typed.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new ValidationException("error.aidNotANumber", new Validation.FieldName(fieldKey));
        }
    }

    /** Diram as somoni with two decimals and thin grouping, e.g. 12 345.60. */
    public static String format(long diram) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        symbols.setGroupingSeparator(' ');
        format.setDecimalFormatSymbols(symbols);
        return format.format(BigDecimal.valueOf(diram, 2).setScale(2, RoundingMode.UNNECESSARY));
    }

    public static BigDecimal somoni(long diram) {
        return BigDecimal.valueOf(diram, 2);
    }
}
