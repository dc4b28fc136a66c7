package org.markaz.shared;

import java.util.List;

/**
 * One family in a list of families, with what aid needs of it and no more (docs/roles.md,
 * VIEW_FAMILIES): its code, district, phone, carers with their phones, and the dates of birth of
 * its children still on the books (for how many there are and how old). Nothing about the
 * children's names, health, referrals or services.
 */
public record FamilyRow(long id, String code, String district, boolean archived, String phone, List<Carer> carers,
                        List<java.time.LocalDate> childrenBorn) {

    public FamilyRow {
        carers = List.copyOf(carers);
        childrenBorn = List.copyOf(childrenBorn);
    }

    /** A carer of the family: a parent, grandparent or other relative, with their phone (null when none). */
    public record Carer(long id, String fullName, String phone) {
    }
}
