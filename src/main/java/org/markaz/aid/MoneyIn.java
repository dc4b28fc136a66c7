package org.markaz.aid;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money received: a grant or a donation, its amount in somoni and, when it came in another
 * currency, the original amount and the rate used (somoni for one unit).
 */
public record MoneyIn(FundEntryKind kind, LocalDate on, String source, BigDecimal amountTjs, ForeignCurrency currency,
                      BigDecimal originalAmount, BigDecimal rate, String reference) {
}
