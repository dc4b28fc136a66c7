package org.markaz.admissions;

import java.time.LocalDate;

/** A referral as typed in. */
public record ReferralDetails(long childId, LocalDate referredOn, ReferralSource source, String reason, String cruReference) {
}
