package org.markaz.core.feature;

/**
 * One indicator of the headquarters export: its stable code (what headquarters, the DHIS2
 * mapping and every package know it by), the message key of its name, how its value is written,
 * and the order of its disaggregations. Its exact definition is in docs/indicators.md.
 */
public record IndicatorDefinition(String code, String nameKey, Kind kind) {

    /** How a value is written: whole counts, a figure with one decimal, or money in somoni with two. */
    public enum Kind {
        COUNT(0), DECIMAL(1), SOMONI(2);

        private final int scale;

        Kind(int scale) {
            this.scale = scale;
        }

        public int scale() {
            return scale;
        }
    }

    public IndicatorDefinition {
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new IllegalArgumentException("An indicator code is upper-case letters, digits and _: " + code);
        }
    }
}
