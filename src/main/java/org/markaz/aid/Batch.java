package org.markaz.aid;

import java.time.LocalDate;

/** The stock of an item with one expiry date (null for items whose expiry is not tracked). */
public record Batch(long itemId, LocalDate expiresOn, int onHand) {
}
