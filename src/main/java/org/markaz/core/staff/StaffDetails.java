package org.markaz.core.staff;

/** A member of staff as typed in. */
public record StaffDetails(String fullName, String position, String phone, boolean active) {
}
