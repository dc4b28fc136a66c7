package org.markaz.aid;

import java.time.LocalDate;
import java.util.List;

/** A hand-out as listed: the family's code, what it held, and whether it was reversed. */
public record HandoutRow(long id, long familyId, String familyCode, LocalDate on, HandoutReason reason, String note,
                         String requestedBy, String approvedBy, String handedOverBy, boolean receivedConfirmed,
                         String limitConfirmedBy, List<Item> items, boolean reversed) {

    public HandoutRow {
        items = List.copyOf(items);
    }

    public record Item(AidItem item, int quantity) {
    }
}
