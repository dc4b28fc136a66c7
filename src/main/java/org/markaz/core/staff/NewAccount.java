package org.markaz.core.staff;

import org.markaz.core.i18n.Language;
import org.markaz.core.security.Role;

/** A login to create for a member of staff. */
public record NewAccount(String username, Role role, Language language, char[] password) {
}
