package org.markaz.core.security;

/** What a role may do. Services check these; the screens only hide what would be refused. */
public enum Permission {
    EDIT_CENTRE,
    EDIT_CHILDREN,
    VIEW_STAFF,
    MANAGE_USERS,
    VIEW_AUDIT,
    MAKE_BACKUP,
    RESTORE_BACKUP
}
