package org.markaz.children;

import org.markaz.shared.Sex;
import java.time.LocalDate;

/** A child as typed in. */
public record ChildDetails(long familyId, String fullName, Sex sex, LocalDate dateOfBirth,
                           BirthCertificate birthCertificate, String disability, String notes) {
}
