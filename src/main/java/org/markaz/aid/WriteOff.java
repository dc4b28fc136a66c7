package org.markaz.aid;

import java.time.LocalDate;

/** Stock taken off the books: expired, damaged or otherwise unusable. */
public record WriteOff(LocalDate on, long itemId, LocalDate expiresOn, int quantity, WriteOffCause cause, String note) {
}
