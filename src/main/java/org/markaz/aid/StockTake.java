package org.markaz.aid;

import java.time.LocalDate;

/** An item (and its batch, when expiry is tracked) counted on the shelf, with the reason a difference is written. */
public record StockTake(LocalDate on, long itemId, LocalDate expiresOn, int counted, String reason) {
}
