package org.markaz.cases;

import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.markaz.core.ValidationException;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * Whose case it is (docs/roles.md): a director reads and changes every case; a key worker only
 * those they hold or cover; the rest, refused as a role refusal would be. Shared by the case services.
 */
final class CaseGuard {

    private final CaseRepository cases;
    private final Clock clock;

    CaseGuard(CaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The case, if the actor may read its record. */
    CaseRepository.CaseAccess read(DSLContext dsl, Actor actor, long caseId) {
        actor.require(Permission.VIEW_CASES);
        CaseRepository.CaseAccess access = cases.access(dsl, caseId).orElseThrow(() -> new ValidationException("error.noSuchCase"));
        requireHeld(dsl, actor, access, Permission.VIEW_CASES);
        return access;
    }

    /** The open case, locked, if the actor may change it. */
    CaseRepository.CaseAccess change(DSLContext tx, Actor actor, long caseId) {
        actor.require(Permission.EDIT_CASES);
        CaseRepository.CaseAccess access = cases.lock(tx, caseId).orElseThrow(() -> new ValidationException("error.noSuchCase"));
        requireHeld(tx, actor, access, Permission.EDIT_CASES);
        if (!access.isOpen()) {
            throw new ValidationException("error.caseClosed");
        }
        return access;
    }

    void requireHeld(DSLContext dsl, Actor actor, CaseRepository.CaseAccess access, Permission permission) {
        if (!actor.may(Permission.MANAGE_CASELOADS) && !access.isHeldBy(cases.staffOfUser(dsl, actor.userId()).orElse(null))) {
            throw new AccessDeniedException(permission);
        }
    }

    Long staffOf(DSLContext dsl, Actor actor) {
        return cases.staffOfUser(dsl, actor.userId()).orElse(null);
    }

    LocalDate notInFuture(LocalDate date, String fieldKey) {
        if (date == null) {
            throw new ValidationException("error.required", new org.markaz.core.Validation.FieldName(fieldKey));
        }
        if (date.isAfter(today())) {
            throw new ValidationException("error.dateInFuture", new org.markaz.core.Validation.FieldName(fieldKey));
        }
        return date;
    }
}
