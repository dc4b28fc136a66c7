package org.markaz.admissions;

import org.markaz.shared.ServiceType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Enrolling a child in a service. {@code weekdays} for day services; {@code motherCarerId} for
 * mother-and-baby; {@code plannedEndOn} required for short stays. {@code ageConfirmed} and
 * {@code extensionReason} are a director's answers to the warnings.
 */
public record Admission(long childId, Long referralId, ServiceType service, Long motherCarerId, Set<DayOfWeek> weekdays,
                        LocalDate startsOn, LocalDate plannedEndOn, boolean ageConfirmed, String extensionReason) {
}
