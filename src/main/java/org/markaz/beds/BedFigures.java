package org.markaz.beds;

import java.time.LocalDate;
import java.util.Map;

/**
 * The beds' figures for a period, computed in one place ({@link BedsService#figures}) for the
 * reports and the export: nights slept per unit against the nights its beds were in use,
 * children and families given residential respite (each counted once), mother-and-baby stays,
 * the average stay in nights, and requests that never became a booking.
 */
public record BedFigures(LocalDate from, LocalDate to, Map<BedUnit, Integer> nightsOccupied, Map<BedUnit, Integer> nightsAvailable,
                         int childrenGivenRespite, int familiesGivenRespite, int motherAndBabyStays, Double averageStayNights,
                         int turnedAway) {

    /** Occupied nights as a percentage of the nights the unit's beds were in use; null when none were. */
    public Double percentOccupied(BedUnit unit) {
        int available = nightsAvailable.getOrDefault(unit, 0);
        return available == 0 ? null : 100.0 * nightsOccupied.getOrDefault(unit, 0) / available;
    }
}
