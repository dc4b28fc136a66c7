package org.markaz.beds;

import java.time.LocalDate;

/** A request for the waiting list: a child waiting for a bed of a unit, from a date, for some nights. */
public record BedRequest(Long childId, BedUnit unit, LocalDate wantedFrom, int nights, int priority, String reason) {
}
