package org.markaz.core.ui;

import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/** The areas of the main window that exist so far; each appears only for roles that may use it. */
public enum Area {
    TODAY("nav.today", null),
    REGISTER("nav.register", Permission.MARK_REGISTER),
    CHILDREN("nav.children", null),
    SETTINGS("nav.settings", null),
    AUDIT("nav.audit", Permission.VIEW_AUDIT);

    private final String nameKey;
    private final Permission needed;

    Area(String nameKey, Permission needed) {
        this.nameKey = nameKey;
        this.needed = needed;
    }

    public String nameKey() {
        return nameKey;
    }

    public boolean isOpenTo(Actor actor) {
        return needed == null || actor.may(needed);
    }
}
