package org.markaz.core.backup;

import org.markaz.core.MarkazException;

/**
 * The backup is not encrypted and was not sealed on this PC, so nothing proves it is unchanged:
 * an administrator may still accept it (a PC that died, backups from its USB stick), knowingly.
 */
public class UnverifiedBackupException extends MarkazException {
    public UnverifiedBackupException(String archive) {
        super("error.backupUnverified", archive);
    }
}
