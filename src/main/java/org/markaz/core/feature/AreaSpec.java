package org.markaz.core.feature;

import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.AreaView;

/**
 * An area of the main window: its name, the digit that opens it with Ctrl (the same for every
 * role), the permission it needs (null: everyone signed in) and how its screen is built.
 */
public record AreaSpec(String id, String titleKey, int shortcutDigit, Permission needed, Factory factory) {

    /** Builds the area's screen for one sign-in. */
    @FunctionalInterface
    public interface Factory {
        AreaView build(AreaContext context);
    }

    public boolean isOpenTo(Actor actor) {
        return needed == null || actor.may(needed);
    }
}
