package org.markaz.core.staff;

import org.markaz.core.i18n.Language;
import org.markaz.core.security.Role;

/**
 * A member of staff and, when they sign in, their account (userId null when they have none).
 */
public record StaffMember(long staffId, String fullName, String position, String phone, boolean active,
                          Long userId, String username, Role role, Language language, boolean accountActive) {

    public boolean hasAccount() {
        return userId != null;
    }
}
