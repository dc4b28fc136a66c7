package org.markaz.core.staff;

import org.markaz.core.security.Role;
import java.time.Instant;
import org.markaz.core.i18n.Language;

/** A login account as the services see it (table app_user); id is null until it is stored. */
public record Account(Long id, long staffId, String username, String passwordHash, Role role, Language language,
                      boolean active, int failedSignIns, Instant lockedUntil) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Account withFailures(int failures, Instant until) {
        return new Account(id, staffId, username, passwordHash, role, language, active, failures, until);
    }

    public Account unlocked() {
        return withFailures(0, null);
    }

    /** A new password also lifts a lock: it is how an administrator helps someone locked out. */
    public Account withPasswordHash(String hash) {
        return new Account(id, staffId, username, hash, role, language, active, 0, null);
    }

    public Account withLanguage(Language newLanguage) {
        return new Account(id, staffId, username, passwordHash, role, newLanguage, active, failedSignIns, lockedUntil);
    }

    public Account withAccess(Role newRole, Language newLanguage, boolean isActive) {
        return new Account(id, staffId, username, passwordHash, newRole, newLanguage, isActive, failedSignIns, lockedUntil);
    }
}
