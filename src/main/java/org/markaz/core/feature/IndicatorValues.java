package org.markaz.core.feature;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of the indicators of one period, as the sources put them: each indicator's total
 * and its disaggregations ("sex:F", "age:0-2", "service:DAY_CARE", ...), in the order put. Every
 * category of a disaggregation is put, zeros too, so two periods and two centres line up.
 */
public final class IndicatorValues {

    public static final String SEX = "sex";
    public static final String AGE = "age";
    public static final String DISABILITY = "disability";
    public static final List<String> SEXES = List.of("F", "M");
    public static final List<String> YES_NO = List.of("yes", "no");
    private static final List<String> SEX_KEYS = List.of("sex.female", "sex.male");

    /**
     * One value; {@code dimension} and {@code category} are empty for the indicator's total. The
     * package writes the category's code; the screen shows {@code categoryKey}'s text, or the
     * category itself where it is a name already (a district) or a number (an age band).
     */
    public record Value(String code, String dimension, String category, String categoryKey, BigDecimal value) {

        /** How the disaggregation is written in the package: empty for the total, else "dimension:category". */
        public String disaggregation() {
            return dimension.isEmpty() ? "" : dimension + ":" + category;
        }
    }

    private final Map<String, Value> values = new LinkedHashMap<>();

    public void total(String code, long value) {
        total(code, BigDecimal.valueOf(value));
    }

    /** A total with no value (an average of nothing) is left out, not written as zero. */
    public void total(String code, BigDecimal value) {
        put(code, "", "", null, value);
    }

    /** A category shown as it is written: a district, an age band. */
    public void by(String code, String dimension, String category, long value) {
        by(code, dimension, category, null, BigDecimal.valueOf(value));
    }

    /** A coded category, with the key of its name in the user's language. */
    public void by(String code, String dimension, String category, String categoryKey, long value) {
        by(code, dimension, category, categoryKey, BigDecimal.valueOf(value));
    }

    public void by(String code, String dimension, String category, String categoryKey, BigDecimal value) {
        if (dimension.isEmpty() || category.isEmpty()) {
            throw new IllegalArgumentException("A disaggregation names its dimension and category");
        }
        put(code, dimension, category, categoryKey, value);
    }

    /** Children counted once each: the total, then by sex, age band and disability. */
    public void children(String code, Collection<CountedChild> children) {
        total(code, children.size());
        for (String sex : SEXES) {
            by(code, SEX, sex, SEX_KEYS.get(SEXES.indexOf(sex)), children.stream().filter(c -> c.sex().equals(sex)).count());
        }
        for (String band : CountedChild.AGE_BANDS) {
            by(code, AGE, band, children.stream().filter(c -> c.ageBand().equals(band)).count());
        }
        by(code, DISABILITY, YES_NO.get(0), "dialog.yes", children.stream().filter(CountedChild::disabled).count());
        by(code, DISABILITY, YES_NO.get(1), "dialog.no", children.stream().filter(c -> !c.disabled()).count());
    }

    private void put(String code, String dimension, String category, String categoryKey, BigDecimal value) {
        if (value == null) {
            return;
        }
        String key = code + "|" + dimension + "|" + category;
        if (values.putIfAbsent(key, new Value(code, dimension, category, categoryKey, value)) != null) {
            throw new IllegalStateException("Indicator value put twice: " + key);
        }
    }

    public List<Value> all() {
        return new ArrayList<>(values.values());
    }

    /** The value of one cell, or null when none was put. */
    public BigDecimal get(String code, String dimension, String category) {
        Value value = values.get(code + "|" + dimension + "|" + category);
        return value == null ? null : value.value();
    }

    public BigDecimal total(String code) {
        return get(code, "", "");
    }
}
