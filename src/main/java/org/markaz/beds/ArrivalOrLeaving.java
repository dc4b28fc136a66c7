package org.markaz.beds;

import java.time.LocalDate;

/** Someone who arrives (a planned first night) or leaves (the morning after the last night) on a day. */
public record ArrivalOrLeaving(LocalDate day, boolean arrives, Booking booking, String bedLabel) {
}
