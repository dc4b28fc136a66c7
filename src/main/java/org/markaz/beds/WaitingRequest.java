package org.markaz.beds;

import java.time.LocalDate;

/** A request on the waiting list; priority 1 is the most urgent. */
public record WaitingRequest(long id, long childId, String childName, BedUnit unit, LocalDate wantedFrom, int nights,
                             int priority, String reason, LocalDate requestedOn) {
}
