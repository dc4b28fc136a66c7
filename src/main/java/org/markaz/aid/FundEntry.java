package org.markaz.aid;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of the fund ledger as shown: signed amount in diram, the balance after it, and for a
 * reversal the line it reverses; {@code reversedBy} names the line that reversed this one, if any.
 */
public record FundEntry(long id, FundEntryKind kind, LocalDate on, long amountDiram, String source, String reference,
                        ForeignCurrency currency, Long originalAmountCents, BigDecimal rate, Long purchaseId,
                        Long reversesId, String reason, long balanceAfter, Long reversedBy) {
}
