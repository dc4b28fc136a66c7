package org.markaz.cases;

import java.time.LocalDate;

/** A referral of one of the family's children, offered when a case is opened for the family. */
public record ReferralChoice(long id, LocalDate referredOn, String childName, String reason) {
}
