package org.markaz.cases;

import java.time.LocalDate;

/** A significant event in the child's and family's life, in the case's chronology. */
public record ChronologyEntry(long id, LocalDate happenedOn, String event) {
}
