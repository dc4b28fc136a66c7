package org.markaz.core.feature;

import java.util.function.Function;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * A tab a feature adds to the card of the children and families screen (a family's aid, a
 * child's case), beside the card's own tabs: its id, its title's key, the permission that shows
 * it, and how it is built (once per screen) from the area's context.
 */
public record CardTabSpec(String id, String titleKey, Permission permission, Function<AreaContext, CardTab> factory) {

    public boolean isOpenTo(Actor actor) {
        return permission == null || actor.may(permission);
    }
}
