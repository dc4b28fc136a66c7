package org.markaz.core.backup;

import org.markaz.core.MarkazException;

/** The user cancelled; nothing was left behind. */
public class BackupCancelledException extends MarkazException {
    public BackupCancelledException() {
        super("backup.cancelled");
    }
}
