package org.markaz.core.ui;

import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * The areas of the main window that exist so far; each appears only for roles that may use it.
 * Each keeps its own Ctrl+digit whoever signs in, in the order of DESIGN.md §3 (3 = Beds,
 * 4 = Caseloads and 6 = Aid are kept for those areas).
 */
public enum Area {
    TODAY("nav.today", null, 1),
    REGISTER("nav.register", Permission.MARK_REGISTER, 2),
    CHILDREN("nav.children", null, 5),
    REPORTS("nav.reports", Permission.VIEW_FIGURES, 7),
    SETTINGS("nav.settings", null, 8),
    AUDIT("nav.audit", Permission.VIEW_AUDIT, 9);

    private final String nameKey;
    private final Permission needed;
    private final int shortcutDigit;

    Area(String nameKey, Permission needed, int shortcutDigit) {
        this.nameKey = nameKey;
        this.needed = needed;
        this.shortcutDigit = shortcutDigit;
    }

    public String nameKey() {
        return nameKey;
    }

    /** The digit that opens the area with Ctrl. */
    public int shortcutDigit() {
        return shortcutDigit;
    }

    public boolean isOpenTo(Actor actor) {
        return needed == null || actor.may(needed);
    }
}
