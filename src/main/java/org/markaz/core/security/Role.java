package org.markaz.core.security;

import org.markaz.core.i18n.Named;
import java.util.EnumSet;
import java.util.Set;

/** The four kinds of user (docs/design.md §1), each with its permissions. */
public enum Role implements Named {
    ADMINISTRATOR("role.administrator", EnumSet.complementOf(EnumSet.of(Permission.CONFIRM_EXCEPTIONS,
            Permission.KEEP_AID, Permission.REQUEST_AID, Permission.EXPORT_NAMED_RECORDS,
            Permission.VIEW_CASES, Permission.EDIT_CASES, Permission.MANAGE_CASELOADS, Permission.APPROVE_CARE_PLANS))),
    DIRECTOR("role.director", EnumSet.of(Permission.VIEW_CENTRE, Permission.VIEW_STAFF, Permission.VIEW_AUDIT,
            Permission.MAKE_BACKUP, Permission.VIEW_FAMILIES, Permission.VIEW_CHILDREN, Permission.EDIT_CHILDREN,
            Permission.CONFIRM_EXCEPTIONS, Permission.VIEW_REGISTER, Permission.MARK_REGISTER, Permission.CLOSE_REGISTER,
            Permission.VIEW_FIGURES, Permission.VIEW_AID, Permission.KEEP_AID, Permission.HAND_OUT_AID,
            Permission.REQUEST_AID, Permission.VIEW_FAMILY_AID, Permission.VIEW_CASELOADS, Permission.VIEW_CASES,
            Permission.EDIT_CASES, Permission.MANAGE_CASELOADS, Permission.APPROVE_CARE_PLANS, Permission.VIEW_BEDS,
            Permission.BOOK_BEDS, Permission.EXPORT_HQ, Permission.EXPORT_NAMED_RECORDS, Permission.CONSOLIDATE_PACKAGES)),
    KEY_WORKER("role.keyWorker", EnumSet.of(Permission.VIEW_CENTRE, Permission.VIEW_FAMILIES, Permission.VIEW_CHILDREN,
            Permission.EDIT_CHILDREN, Permission.VIEW_REGISTER, Permission.MARK_REGISTER, Permission.REQUEST_AID,
            Permission.VIEW_FAMILY_AID, Permission.VIEW_CASELOADS, Permission.VIEW_CASES, Permission.EDIT_CASES,
            Permission.VIEW_BEDS)),
    BOOKKEEPER("role.bookkeeper", EnumSet.of(Permission.VIEW_CENTRE, Permission.VIEW_FAMILIES, Permission.VIEW_AID,
            Permission.KEEP_AID, Permission.HAND_OUT_AID, Permission.VIEW_FAMILY_AID));

    private final String nameKey;
    private final Set<Permission> permissions;

    Role(String nameKey, Set<Permission> permissions) {
        this.nameKey = nameKey;
        this.permissions = permissions;
    }

    public String nameKey() {
        return nameKey;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }
}
