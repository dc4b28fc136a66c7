package org.markaz.shared;

import org.markaz.core.i18n.Named;

/** How a carer is related to a child. */
public enum Relationship implements Named {
    MOTHER("relationship.mother"),
    FATHER("relationship.father"),
    GRANDMOTHER("relationship.grandmother"),
    GRANDFATHER("relationship.grandfather"),
    AUNT("relationship.aunt"),
    UNCLE("relationship.uncle"),
    SIBLING("relationship.sibling"),
    OTHER_KIN("relationship.otherKin"),
    GUARDIAN("relationship.guardian");

    private final String nameKey;

    Relationship(String nameKey) {
        this.nameKey = nameKey;
    }

    public String nameKey() {
        return nameKey;
    }
}
