package org.markaz.shared;

import java.time.LocalDate;

/** One line of the children list. */
public record ChildRow(long id, String fullName, Sex sex, LocalDate dateOfBirth, long familyId, String familyCode,
                       String district, boolean archived) {
}
