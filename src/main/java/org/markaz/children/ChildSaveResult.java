package org.markaz.children;

import org.markaz.shared.ChildRow;
import java.util.List;

/** A child was saved, or was not because children with the same name and birth date exist. */
public sealed interface ChildSaveResult {

    record Saved(long childId) implements ChildSaveResult {
    }

    /** Nothing was written: ask the user whether this is really another child, then save confirmed. */
    record PossibleDuplicates(List<ChildRow> children) implements ChildSaveResult {
    }
}
