package org.markaz.children;

import java.util.List;
import org.markaz.shared.FamilyRow;

/** A new family was saved, or was not because families with the same phone number exist. */
public sealed interface FamilySaveResult {

    record Saved(long familyId) implements FamilySaveResult {
    }

    /** Nothing was written: ask the user whether this is really another family, then save confirmed. */
    record PossibleDuplicates(List<FamilyRow> families) implements FamilySaveResult {
    }
}
