package org.markaz.beds;

/** A waiting-list request: still waiting, turned into a booking, or withdrawn. */
public enum RequestStatus {
    WAITING,
    BOOKED,
    WITHDRAWN
}
