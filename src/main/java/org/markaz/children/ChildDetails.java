package org.markaz.children;

import java.time.LocalDate;

/** A child as typed in. */
public record ChildDetails(long familyId, String fullName, Sex sex, LocalDate dateOfBirth,
                           BirthCertificate birthCertificate, String disability, String notes) {
}
