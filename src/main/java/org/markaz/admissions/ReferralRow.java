package org.markaz.admissions;

import java.time.LocalDate;

/** A referral as listed on the child's card. */
public record ReferralRow(long id, LocalDate referredOn, ReferralSource source, String reason, String cruReference,
                         ReferralDecision decision, LocalDate decidedOn) {
}
