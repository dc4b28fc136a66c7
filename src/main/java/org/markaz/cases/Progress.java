package org.markaz.cases;

import org.markaz.core.i18n.Named;

/** How far a plan's action got by its review. */
public enum Progress implements Named {
    DONE("progress.done"),
    PARTLY("progress.partly"),
    NOT_DONE("progress.notDone");

    private final String nameKey;

    Progress(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
