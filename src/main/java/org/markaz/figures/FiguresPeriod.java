package org.markaz.figures;

import java.time.LocalDate;

/**
 * The days the figures count (both included) and the last day that was asked for. A period that
 * ends after today is counted up to today: later days have no admissions, discharges or marks
 * yet, and "children at the centre on 31.12" would be a guess, not a figure.
 */
public record FiguresPeriod(LocalDate from, LocalDate to, LocalDate askedTo) {

    /** Whether the period asked for ran past today and was counted only up to today. */
    public boolean cutAtToday() {
        return !to.equals(askedTo);
    }
}
