package org.markaz.beds;

import java.time.LocalDate;

/** A bed as the settings form gives it. */
public record BedDetails(BedUnit unit, String room, String label, LocalDate inUseFrom, LocalDate inUseTo) {
}
