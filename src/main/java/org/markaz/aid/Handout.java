package org.markaz.aid;

import java.time.LocalDate;
import java.util.List;

/** Aid handed to a family: when, why, who asked, approved and handed it over, whether its receipt is confirmed, and what. */
public record Handout(long familyId, LocalDate on, HandoutReason reason, String note, String requestedBy, String approvedBy,
                      String handedOverBy, boolean receivedConfirmed, List<Line> lines) {

    public Handout {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** An item and how many of it. */
    public record Line(long itemId, int quantity) {
    }
}
