package org.markaz.beds;

import java.time.LocalDate;

/** A bed of a unit, in a room, in use from its first night to its last ({@code inUseTo} null: still in use). */
public record Bed(long id, BedUnit unit, String room, String label, LocalDate inUseFrom, LocalDate inUseTo) {

    public boolean inUseOn(LocalDate night) {
        return !night.isBefore(inUseFrom) && (inUseTo == null || !night.isAfter(inUseTo));
    }
}
