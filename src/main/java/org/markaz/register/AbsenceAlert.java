package org.markaz.register;

import java.time.LocalDate;
import org.markaz.shared.ServiceType;

/** A child absent on their last {@code absentDays} scheduled days, since {@code since}: worth a phone call. */
public record AbsenceAlert(long childId, String childName, ServiceType service, int absentDays, LocalDate since) {
}
