package org.markaz.core.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One field of an audited record as it was before and after a change, ready to be said in the
 * user's language: the column, and each value as text, a coded value's message key, a date, a
 * moment or yes/no. A reference to another record comes as that record's name (a child's name, a
 * family's code), not its number.
 */
public record FieldChange(String table, String column, Value before, Value after) {

    /** A value as the audit log shows it. */
    public sealed interface Value {
    }

    public record Text(String text) implements Value {
    }

    /** A coded value (a service, a status): its name's message key. */
    public record Coded(String nameKey) implements Value {
    }

    /** Who did something ("recorded by"), as stored: a person's name, or the program's own stored name. */
    public record Who(String stored) implements Value {
    }

    public record Day(LocalDate date) implements Value {
    }

    public record Moment(Instant instant) implements Value {
    }

    public record YesNo(boolean yes) implements Value {
    }

    public record Nothing() implements Value {
    }
}
