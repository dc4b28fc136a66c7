package org.markaz.beds;

import java.time.LocalDate;
import org.markaz.shared.ServiceType;

/** A child admitted to a short stay with no bed booked from tonight on. */
public record NeedsBed(long childId, String childName, ServiceType service, LocalDate startsOn, LocalDate plannedEndOn) {
}
