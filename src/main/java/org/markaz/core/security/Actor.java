package org.markaz.core.security;

import org.markaz.core.i18n.Language;

/**
 * Who is acting: a signed-in user, or the command line / the program itself (userId null), which
 * run with an administrator's rights because they need access to the machine and its files.
 */
public record Actor(Long userId, String username, String fullName, Role role, Language language) {

    public static Actor system(String name) {
        return new Actor(null, name, name, Role.ADMINISTRATOR, Language.ENGLISH);
    }

    public boolean may(Permission permission) {
        return role.may(permission);
    }

    /** Refuses the action unless the actor's role allows it. */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new AccessDeniedException(permission);
        }
    }

    public Actor withLanguage(Language newLanguage) {
        return new Actor(userId, username, fullName, role, newLanguage);
    }
}
