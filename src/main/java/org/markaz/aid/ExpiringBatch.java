package org.markaz.aid;

import java.time.LocalDate;

/** A batch still on the shelf that expires soon. */
public record ExpiringBatch(AidItem item, LocalDate expiresOn, int onHand) {
}
