package org.markaz.core.backup;

import org.markaz.core.i18n.Named;

/** How a restore tried ended (restore_log.result). */
public enum RestoreResult implements Named {
    RESTORED("restore.result.restored"),
    REFUSED("restore.result.refused");

    private final String nameKey;

    RestoreResult(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
