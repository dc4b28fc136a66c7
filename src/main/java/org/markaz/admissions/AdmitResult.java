package org.markaz.admissions;

/** A child was admitted, or was not because a director must first confirm an age over seven. */
public sealed interface AdmitResult {

    record Admitted(long enrolmentId) implements AdmitResult {
    }

    /** Nothing was written: the child is older than seven on the start date. */
    record NeedsAgeConfirmation(int ageInYears) implements AdmitResult {
    }
}
