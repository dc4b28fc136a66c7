package org.markaz.aid;

import java.time.LocalDate;

/** An item's stock on hand and the earliest expiry among its batches still on the shelf (null: none tracked). */
public record StockLevel(AidItem item, int onHand, LocalDate earliestExpiry) {
}
