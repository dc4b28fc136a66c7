package org.markaz.core.staff;

import java.util.List;

/** A member of staff was saved, or was not because staff with the same name exist. */
public sealed interface StaffSaveResult {

    record Saved(long staffId) implements StaffSaveResult {
    }

    /** Nothing was written: ask the user whether this is really another person, then save confirmed. */
    record PossibleDuplicates(List<StaffMember> members) implements StaffSaveResult {
    }
}
