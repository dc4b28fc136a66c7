package org.markaz.children;

/** A family as typed in; the code is given by the centre when the family is first saved. */
public record FamilyDetails(String address, String district, String jamoat, Settlement settlement, String phone,
                            boolean singleParent, boolean parentAbroad, boolean disabilityInFamily,
                            boolean noDocuments, boolean homeless, String otherCircumstances) {
}
