package org.markaz.core.feature;

import java.time.LocalDate;

/** The days an indicator counts, both included: a month, a quarter or a year. */
public record IndicatorPeriod(LocalDate from, LocalDate to) {

    public IndicatorPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after its first day");
        }
    }
}
