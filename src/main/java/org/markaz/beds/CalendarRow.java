package org.markaz.beds;

/** A row of the calendar: a unit's heading, or a bed (the first of its room shows the room's name). */
public record CalendarRow(BedUnit unit, Bed bed, boolean firstOfRoom) {

    public static CalendarRow heading(BedUnit unit) {
        return new CalendarRow(unit, null, false);
    }

    public boolean isHeading() {
        return bed == null;
    }
}
