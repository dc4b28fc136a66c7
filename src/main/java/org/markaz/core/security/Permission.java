package org.markaz.core.security;

/** What a role may do. Services check these; the screens only hide what would be refused. */
public enum Permission {
    EDIT_CENTRE,
    EDIT_CHILDREN,
    MARK_REGISTER,
    VIEW_FIGURES,
    CLOSE_REGISTER,
    /** Answers the warnings only a director may wave through: a child over seven, a short stay past six months. */
    CONFIRM_EXCEPTIONS,
    VIEW_STAFF,
    MANAGE_USERS,
    VIEW_AUDIT,
    MAKE_BACKUP,
    RESTORE_BACKUP
}
