package org.markaz.aid;

import java.time.LocalDate;
import java.util.List;

/** Goods bought from the fund: one receipt of a supplier, with its lines. */
public record Purchase(LocalDate on, String supplier, String receiptNumber, List<Line> lines) {

    public Purchase {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** An item bought: how many, at what price each (somoni), and when they expire if the item's expiry is tracked. */
    public record Line(long itemId, int quantity, java.math.BigDecimal unitPrice, LocalDate expiresOn) {
    }
}
