package org.markaz.core.backup;

import java.util.Map;
import org.jooq.DSLContext;

/** Lets tests in other packages compare two databases row by row. */
public final class BackupAndRestoreTestAccess {

    private BackupAndRestoreTestAccess() {
    }

    public static Map<String, String> everyRow(DSLContext dsl) {
        return BackupAndRestoreTest.everyRow(dsl);
    }

    public static Map<String, String> everyRowButRestoreRecords(DSLContext dsl) {
        return BackupAndRestoreTest.everyRowButRestoreRecords(dsl);
    }
}
