package org.markaz.aid;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Goods given to the fund (a donation in kind): the donor, the item, how many, their estimated value and expiry. */
public record Donation(LocalDate on, String donor, long itemId, int quantity, BigDecimal estimatedValue, LocalDate expiresOn) {
}
