package org.markaz.core.staff;

import org.markaz.core.staff.StaffDetails;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Role;

/**
 * The staff screen's form: the member (staffId null for a new one) and their account. A blank
 * username means no account; a blank new password keeps the current one.
 */
public record StaffForm(Long staffId, StaffDetails details, String username, Role role, Language language,
                        boolean accountActive, char[] newPassword) {
}
