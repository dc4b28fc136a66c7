package org.markaz.cases;

import java.time.LocalDate;

/** A case note as read back. */
public record CaseNote(long id, NoteKind kind, LocalDate notedOn, String workerName, Integer minutes, String text) {
}
