package org.markaz.core.db;

import org.jooq.Record;

/**
 * Whether a save changed anything. jOOQ's {@code changed()} says yes for a value set again to
 * what it was, so a form saved as it stood was written and audited as an update that changed
 * nothing. Values are compared instead.
 */
public final class Edits {

    private Edits() {
    }

    /** Whether {@code after} (a record read, then set from a form) holds other values than {@code before}, its original. */
    public static boolean anyBetween(Record before, Record after) {
        return !before.equals(after);
    }
}
