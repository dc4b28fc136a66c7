package org.markaz.core.backup;

/** How a restore tried ended (restore_log.result). */
public enum RestoreResult {
    RESTORED,
    REFUSED
}
