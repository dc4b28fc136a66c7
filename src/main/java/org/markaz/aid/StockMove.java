package org.markaz.aid;

import java.time.LocalDate;

/** A line of an item's stock ledger as shown, with the stock on hand after it. */
public record StockMove(long id, long itemId, StockMoveKind kind, LocalDate on, int quantity, LocalDate expiresOn,
                        Long valueDiram, String donor, String reason, Long reversesId, int onHandAfter, Long reversedBy) {
}
