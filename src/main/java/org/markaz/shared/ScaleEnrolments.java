package org.markaz.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the admissions' share of the scale dataset leaves for the register's: every enrolment, in the order written. */
public record ScaleEnrolments(List<Enrolment> enrolments) {

    /** An enrolment: its child, service, weekdays (day services only, else empty), first day and last day (null while open). */
    public record Enrolment(long id, ScaleChildren.Child child, ServiceType service, Set<DayOfWeek> weekdays,
                            LocalDate start, LocalDate end) {
    }
}
