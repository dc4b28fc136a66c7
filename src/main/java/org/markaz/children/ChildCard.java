package org.markaz.children;

import java.time.LocalDate;

/** Everything shown about a child (services, bookings and the case join it as they are built). */
public record ChildCard(long id, ChildDetails details, String familyCode, LocalDate archivedOn, String archiveReason) {
}
