package org.markaz.beds;

import java.time.LocalDate;
import java.util.List;

/** What the calendar draws for a period: the beds in use at some night of it, and its bookings. */
public record BedCalendar(LocalDate from, LocalDate to, List<Bed> beds, List<Booking> bookings) {
}
