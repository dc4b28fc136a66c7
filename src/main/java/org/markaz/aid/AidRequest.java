package org.markaz.aid;

import java.time.LocalDate;

/** A request for aid for a family, and its answer; {@code requestedByName}: the asker's full name (else the username). */
public record AidRequest(long id, long familyId, String familyCode, LocalDate requestedOn, HandoutReason reason, String what,
                         String requestedBy, RequestStatus status, String decidedBy, LocalDate decidedOn,
                         String declineReason, String requestedByName) {
}
