package org.markaz.register;

import static org.markaz.db.Tables.REGISTER_DAY;
import static org.markaz.db.Tables.REGISTER_MARK;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jooq.DSLContext;
import org.markaz.core.db.BatchInsert;

/** The register's rows of the scale dataset, in batches. */
final class RegisterScaleRepository {

    record NewMark(long childId, LocalDate onDate, long enrolmentId, MarkStatus status, LocalTime arrivedAt,
                   LocalTime leftAt, String broughtBy, String collectedBy, AbsenceReason absenceReason, String note,
                   String markedBy, Instant markedAt) {
    }

    record ClosedDay(LocalDate onDate, Instant closedAt, String closedBy) {
    }

    void insertMarks(DSLContext tx, List<NewMark> rows) {
        BatchInsert.insert(tx, REGISTER_MARK, List.of(REGISTER_MARK.CHILD_ID, REGISTER_MARK.ON_DATE,
                        REGISTER_MARK.ENROLMENT_ID, REGISTER_MARK.UNPLANNED, REGISTER_MARK.STATUS,
                        REGISTER_MARK.ARRIVED_AT, REGISTER_MARK.LEFT_AT, REGISTER_MARK.BROUGHT_BY,
                        REGISTER_MARK.COLLECTED_BY, REGISTER_MARK.ABSENCE_REASON, REGISTER_MARK.NOTE,
                        REGISTER_MARK.MARKED_BY, REGISTER_MARK.MARKED_AT),
                rows, r -> new Object[] {r.childId(), r.onDate(), r.enrolmentId(), false, r.status(), r.arrivedAt(),
                        r.leftAt(), r.broughtBy(), r.collectedBy(), r.absenceReason(), r.note(), r.markedBy(),
                        r.markedAt()});
    }

    void insertClosedDays(DSLContext tx, List<ClosedDay> rows) {
        BatchInsert.insert(tx, REGISTER_DAY, List.of(REGISTER_DAY.ON_DATE, REGISTER_DAY.CLOSED_AT, REGISTER_DAY.CLOSED_BY),
                rows, r -> new Object[] {r.onDate(), r.closedAt(), r.closedBy()});
    }
}
