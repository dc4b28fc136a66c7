package org.markaz.beds;

import java.time.LocalDate;
import java.util.List;
import org.markaz.shared.ServiceType;

/**
 * A booking as the dialog (or a drag on the calendar) gives it: the bed, the child (for
 * mother-and-baby the baby, with {@code moreBabies} and the mother), the stay's service and purpose,
 * the first and last night. {@code alreadyCheckedIn} records a stay that began in the past;
 * {@code extensionReason} is a director's answer to a short stay past six months.
 */
public record BookingRequest(long bedId, Long childId, List<Long> moreBabies, Long motherCarerId, ServiceType service,
                             BookingPurpose purpose, LocalDate firstNight, LocalDate lastNight, String notes,
                             boolean alreadyCheckedIn, String extensionReason) {

    public BookingRequest {
        moreBabies = moreBabies == null ? List.of() : List.copyOf(moreBabies);
    }

    /** The same booking on another bed and nights: a bar dragged on the calendar. */
    public BookingRequest movedTo(long newBedId, LocalDate newFirstNight, LocalDate newLastNight) {
        return new BookingRequest(newBedId, childId, moreBabies, motherCarerId, service, purpose, newFirstNight,
                newLastNight, notes, false, extensionReason);
    }
}
