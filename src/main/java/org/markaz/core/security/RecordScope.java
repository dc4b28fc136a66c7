package org.markaz.core.security;

/**
 * Which children's records a user may open beyond what their role allows in general. Today every
 * key worker reads every child; the caseload feature narrows it to their own caseload (and the
 * cases they cover) by setting its own scope (docs/roles.md). Services ask it before a child's record.
 */
@FunctionalInterface
public interface RecordScope {

    /** Everyone whose role reads children's records reads all of them. */
    RecordScope EVERY_CHILD = (actor, childId) -> true;

    boolean mayOpenChild(Actor actor, long childId);

    /** Refuses the child's record outside the user's scope, as a role refusal would. */
    default void requireChild(Actor actor, long childId) {
        if (!mayOpenChild(actor, childId)) {
            throw new AccessDeniedException(Permission.VIEW_CHILDREN);
        }
    }
}
