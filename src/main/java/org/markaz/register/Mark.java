package org.markaz.register;

import java.time.LocalTime;

/**
 * A child's mark on a day: present (with the times and who brought and collected them) or
 * absent (with a reason). Exactly one of the two shapes; {@link RegisterService} checks it.
 */
public record Mark(boolean present, LocalTime arrivedAt, LocalTime leftAt, String broughtBy, String collectedBy,
                   AbsenceReason absenceReason, String note) {

    public static Mark present(LocalTime arrivedAt) {
        return new Mark(true, arrivedAt, null, null, null, null, null);
    }

    public static Mark absent(AbsenceReason reason) {
        return new Mark(false, null, null, null, null, reason, null);
    }
}
