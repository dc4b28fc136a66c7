package org.markaz.core.feature;

import java.time.LocalDate;
import java.time.Period;

/**
 * A child counted by an indicator, with what its disaggregations need: sex (F or M), date of
 * birth, whether a disability is recorded, and the day its age is taken (the day of the event
 * counted, or the period's last day for children counted over the period).
 */
public record CountedChild(long childId, String sex, LocalDate born, boolean disabled, LocalDate ageOn) {

    /** The age bands headquarters report: 0-2, 3-4, 5-7 and older, in full years on {@link #ageOn}. */
    public static final java.util.List<String> AGE_BANDS = java.util.List.of("0-2", "3-4", "5-7", "8+");

    public String ageBand() {
        int years = born.isAfter(ageOn) ? 0 : Period.between(born, ageOn).getYears();
        if (years <= 2) {
            return AGE_BANDS.get(0);
        }
        if (years <= 4) {
            return AGE_BANDS.get(1);
        }
        return years <= 7 ? AGE_BANDS.get(2) : AGE_BANDS.get(3);
    }
}
