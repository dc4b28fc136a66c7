package org.markaz.children;

import org.markaz.shared.ChildRow;
import java.util.List;

/** A child was saved, or was not because the user must confirm something first. */
public sealed interface ChildSaveResult {

    record Saved(long childId) implements ChildSaveResult {
    }

    /** Nothing was written: ask the user whether this is really another child, then save confirmed. */
    record PossibleDuplicates(List<ChildRow> children) implements ChildSaveResult {
    }

    /** Nothing was written: the child is past seven; ask the user whether the birth date is right. */
    record OlderThanSeven(int ageInYears) implements ChildSaveResult {
    }
}
