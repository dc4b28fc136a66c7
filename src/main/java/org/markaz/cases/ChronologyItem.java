package org.markaz.cases;

import java.time.LocalDate;
import org.markaz.core.i18n.Named;

/**
 * One line of a case's whole chronology: everything that happened, by date — the opening, who
 * held it, significant events, the assessment, each plan's approval and review, each note, an
 * extension and the closing. {@code detail} is what was written (or a name); {@code who}, who did it.
 */
public record ChronologyItem(LocalDate on, Kind kind, String detail, String who) {

    public enum Kind implements Named {
        OPENED("chronology.kind.opened"),
        ASSIGNED("chronology.kind.assigned"),
        EVENT("chronology.kind.event"),
        ASSESSED("chronology.kind.assessed"),
        PLAN_APPROVED("chronology.kind.planApproved"),
        REVIEW("chronology.kind.review"),
        NOTE("chronology.kind.note"),
        EXTENDED("chronology.kind.extended"),
        CLOSED("chronology.kind.closed");

        private final String nameKey;

        Kind(String nameKey) {
            this.nameKey = nameKey;
        }

        @Override
        public String nameKey() {
            return nameKey;
        }
    }
}
