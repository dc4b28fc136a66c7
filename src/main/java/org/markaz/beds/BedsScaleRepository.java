package org.markaz.beds;

import static org.markaz.db.Tables.BED;
import static org.markaz.db.Tables.BED_NIGHT;
import static org.markaz.db.Tables.BOOKING;
import static org.markaz.db.Tables.CHILD_NIGHT;
import static org.markaz.db.Tables.ENROLMENT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.markaz.core.db.BatchInsert;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;

/** The beds' rows of the scale dataset, in batches; inserts return the new ids in the order of the rows. */
final class BedsScaleRepository {

    record NewBooking(long bedId, BedUnit unit, long childId, Long motherCarerId, ServiceType service, BookingPurpose purpose,
                      LocalDate firstNight, LocalDate lastNight, BookingStatus status, Long enrolmentId, LocalDate checkedInOn,
                      LocalDate checkedOutOn, Instant createdAt) {
    }

    /** A respite stay's own admission (residential respite), written before its booking. */
    record NewRespiteEnrolment(long childId, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {
    }

    record Night(long owner, LocalDate night, long bookingId) {
    }

    List<Long> insertBeds(DSLContext tx, List<BedDetails> beds) {
        return BatchInsert.insertReturningIds(tx, BED, BED.ID, List.of(BED.UNIT, BED.ROOM, BED.LABEL, BED.IN_USE_FROM, BED.IN_USE_TO),
                beds, b -> new Object[] {b.unit(), b.room(), b.label(), b.inUseFrom(), b.inUseTo()});
    }

    List<Long> insertRespiteEnrolments(DSLContext tx, List<NewRespiteEnrolment> rows) {
        return BatchInsert.insertReturningIds(tx, ENROLMENT, ENROLMENT.ID, List.of(ENROLMENT.CHILD_ID, ENROLMENT.SERVICE,
                        ENROLMENT.STARTS_ON, ENROLMENT.PLANNED_END_ON, ENROLMENT.ENDS_ON, ENROLMENT.DISCHARGE_OUTCOME,
                        ENROLMENT.CREATED_AT),
                rows, r -> new Object[] {r.childId(), ServiceType.RESIDENTIAL_RESPITE, r.startsOn(), r.endsOn(), r.endsOn(),
                        r.endsOn() == null ? null : DischargeOutcome.RETURNED_TO_PARENTS, r.createdAt()});
    }

    List<Long> insertBookings(DSLContext tx, List<NewBooking> rows) {
        return BatchInsert.insertReturningIds(tx, BOOKING, BOOKING.ID, List.of(BOOKING.BED_ID, BOOKING.UNIT, BOOKING.CHILD_ID,
                        BOOKING.MOTHER_CARER_ID, BOOKING.SERVICE, BOOKING.PURPOSE, BOOKING.FIRST_NIGHT, BOOKING.LAST_NIGHT,
                        BOOKING.STATUS, BOOKING.ENROLMENT_ID, BOOKING.CHECKED_IN_ON, BOOKING.CHECKED_OUT_ON, BOOKING.CREATED_AT),
                rows, r -> new Object[] {r.bedId(), r.unit(), r.childId(), r.motherCarerId(), r.service(), r.purpose(),
                        r.firstNight(), r.lastNight(), r.status(), r.enrolmentId(), r.checkedInOn(), r.checkedOutOn(),
                        r.createdAt()});
    }

    void insertBedNights(DSLContext tx, List<Night> nights) {
        BatchInsert.insert(tx, BED_NIGHT, List.of(BED_NIGHT.BED_ID, BED_NIGHT.NIGHT, BED_NIGHT.BOOKING_ID), nights,
                n -> new Object[] {n.owner(), n.night(), n.bookingId()});
    }

    void insertChildNights(DSLContext tx, List<Night> nights) {
        BatchInsert.insert(tx, CHILD_NIGHT, List.of(CHILD_NIGHT.CHILD_ID, CHILD_NIGHT.NIGHT, CHILD_NIGHT.BOOKING_ID), nights,
                n -> new Object[] {n.owner(), n.night(), n.bookingId()});
    }
}
