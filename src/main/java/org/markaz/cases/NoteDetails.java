package org.markaz.cases;

import java.time.LocalDate;

/** A case note to write: its kind, day, length in minutes (optional), text, and worker (null: the one writing it). */
public record NoteDetails(NoteKind kind, LocalDate notedOn, Integer minutes, String text, Long workerId) {
}
