package org.markaz.beds;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.markaz.core.i18n.Named;

/** How much the calendar shows: two weeks from a Monday, a calendar month, or a calendar quarter. */
public enum CalendarPeriod implements Named {
    TWO_WEEKS("beds.period.twoWeeks"),
    MONTH("beds.period.month"),
    QUARTER("beds.period.quarter");

    private final String nameKey;

    CalendarPeriod(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }

    /** The first day of the period holding {@code day}. */
    public LocalDate start(LocalDate day) {
        switch (this) {
            case TWO_WEEKS:
                return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH:
                return day.withDayOfMonth(1);
            default:
                return day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        }
    }

    /** The last day of the period that starts on {@code start}. */
    public LocalDate end(LocalDate start) {
        return next(start).minusDays(1);
    }

    /** The start of the period after the one that starts on {@code start}. */
    public LocalDate next(LocalDate start) {
        switch (this) {
            case TWO_WEEKS:
                return start.plusWeeks(2);
            case MONTH:
                return start.plusMonths(1);
            default:
                return start.plusMonths(3);
        }
    }

    public LocalDate previous(LocalDate start) {
        switch (this) {
            case TWO_WEEKS:
                return start.minusWeeks(2);
            case MONTH:
                return start.minusMonths(1);
            default:
                return start.minusMonths(3);
        }
    }
}
