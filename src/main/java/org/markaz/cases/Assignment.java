package org.markaz.cases;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a case's key-worker history: who held it from when (null name: unassigned), and who decided. */
public record Assignment(String keyWorkerName, LocalDate fromOn, String assignedBy, Instant assignedAt) {
}
