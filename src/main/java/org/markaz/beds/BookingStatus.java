package org.markaz.beds;

import org.markaz.core.i18n.Named;

/** A booking's way: planned, then checked in, then checked out; or cancelled before it began. */
public enum BookingStatus implements Named {
    PLANNED("beds.status.planned"),
    CHECKED_IN("beds.status.checkedIn"),
    CHECKED_OUT("beds.status.checkedOut"),
    CANCELLED("beds.status.cancelled");

    private final String nameKey;

    BookingStatus(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }

    /** Holds its bed's nights. */
    public boolean holdsNights() {
        return this != CANCELLED;
    }
}
