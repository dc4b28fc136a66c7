package org.markaz.beds;

import java.time.LocalDate;
import java.util.List;
import org.markaz.shared.ServiceType;

/** A booking as the calendar draws it and the dialog edits it. */
public record Booking(long id, long bedId, BedUnit unit, long childId, String childName, List<Long> moreBabies,
                      List<String> moreBabyNames, Long motherCarerId, String motherName, long familyId,
                      ServiceType service, BookingPurpose purpose, LocalDate firstNight, LocalDate lastNight,
                      BookingStatus status, Long enrolmentId, LocalDate checkedInOn, LocalDate checkedOutOn,
                      String notes, String extensionReason) {

    /** What the bar says: the child, or the mother and her babies. */
    public String title() {
        if (motherName == null) {
            return childName;
        }
        StringBuilder text = new StringBuilder(motherName).append(" + ").append(childName);
        moreBabyNames.forEach(name -> text.append(", ").append(name));
        return text.toString();
    }

    public boolean holds(LocalDate night) {
        return !night.isBefore(firstNight) && !night.isAfter(lastNight);
    }

    /**
     * A Monday-to-Friday stay: the child goes home on Friday and comes back on Monday morning, so
     * sleeps at home on Friday, Saturday and Sunday nights (the bed stays theirs).
     */
    public boolean atHomeOn(LocalDate night) {
        return service == ServiceType.SHORT_STAY_WEEKDAY && night.getDayOfWeek().getValue() >= java.time.DayOfWeek.FRIDAY.getValue();
    }

    public long nights() {
        return java.time.temporal.ChronoUnit.DAYS.between(firstNight, lastNight) + 1;
    }

    public BookingRequest asRequest() {
        return new BookingRequest(bedId, childId, moreBabies, motherCarerId, service, purpose, firstNight, lastNight, notes,
                false, extensionReason);
    }
}
