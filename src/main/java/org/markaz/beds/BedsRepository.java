package org.markaz.beds;

import static org.markaz.db.Tables.BED;
import static org.markaz.db.Tables.BED_NIGHT;
import static org.markaz.db.Tables.BED_REQUEST;
import static org.markaz.db.Tables.BOOKING;
import static org.markaz.db.Tables.BOOKING_BABY;
import static org.markaz.db.Tables.CARER;
import static org.markaz.db.Tables.CHILD;
import static org.markaz.db.Tables.CHILD_NIGHT;
import static org.markaz.db.Tables.ENROLMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.db.BatchInsert;
import org.markaz.core.db.Edits;
import org.markaz.core.security.Actor;
import org.markaz.db.tables.records.BedRecord;
import org.markaz.db.tables.records.BedRequestRecord;
import org.markaz.db.tables.records.BedNightRecord;
import org.markaz.db.tables.records.BookingBabyRecord;
import org.markaz.db.tables.records.BookingRecord;
import org.markaz.db.tables.records.ChildNightRecord;
import org.markaz.shared.ServiceType;

/**
 * Beds, bookings and the waiting list. A booking's nights are written beside it (bed_night,
 * child_night), whose keys refuse a second booking of a bed or a child on a night. Every write of
 * a bed, booking or request is audited in the caller's transaction.
 */
public final class BedsRepository {

    private static final org.markaz.db.tables.Child BABY_CHILD = CHILD.as("baby_child");

    private final AuditRepository audit;

    public BedsRepository(AuditRepository audit) {
        this.audit = audit;
    }

    // ---- beds

    public List<Bed> beds(DSLContext dsl) {
        return dsl.selectFrom(BED).orderBy(BED.UNIT, BED.ROOM, BED.LABEL).fetch(BedsRepository::toBed);
    }

    /** The bed, its row locked: bookings of it wait for each other here. */
    public Optional<Bed> lockBed(DSLContext tx, long bedId) {
        return tx.selectFrom(BED).where(BED.ID.eq(bedId)).forUpdate().fetchOptional(BedsRepository::toBed);
    }

    public long insertBed(DSLContext tx, Actor actor, BedDetails details) {
        BedRecord bed = tx.newRecord(BED);
        fill(bed, details);
        bed.store();
        audit.created(tx, actor, bed);
        return bed.getId();
    }

    public void updateBed(DSLContext tx, Actor actor, long bedId, BedDetails details) {
        BedRecord bed = tx.selectFrom(BED).where(BED.ID.eq(bedId)).fetchSingle();
        BedRecord before = bed.original();
        fill(bed, details);
        if (Edits.anyBetween(before, bed)) {
            bed.store();
            audit.updated(tx, actor, before, bed);
        }
    }

    public boolean labelTaken(DSLContext dsl, String label, Long exceptBedId) {
        Condition same = DSL.lower(BED.LABEL).eq(label.toLowerCase(java.util.Locale.ROOT));
        return dsl.fetchExists(BED, exceptBedId == null ? same : same.and(BED.ID.ne(exceptBedId)));
    }

    /** Nights of bookings (not cancelled) on the bed outside [from, to]: what keeps it from leaving use. */
    public Optional<LocalDate> nightHeldOutside(DSLContext dsl, long bedId, LocalDate from, LocalDate to) {
        Condition outside = BED_NIGHT.NIGHT.lt(from);
        if (to != null) {
            outside = outside.or(BED_NIGHT.NIGHT.gt(to));
        }
        return dsl.select(DSL.max(BED_NIGHT.NIGHT)).from(BED_NIGHT).where(BED_NIGHT.BED_ID.eq(bedId).and(outside))
                .fetchOptional(0, LocalDate.class);
    }

    private static void fill(BedRecord bed, BedDetails details) {
        bed.setUnit(details.unit());
        bed.setRoom(details.room());
        bed.setLabel(details.label());
        bed.setInUseFrom(details.inUseFrom());
        bed.setInUseTo(details.inUseTo());
    }

    private static Bed toBed(BedRecord r) {
        return new Bed(r.getId(), r.getUnit(), r.getRoom(), r.getLabel(), r.getInUseFrom(), r.getInUseTo());
    }

    // ---- bookings

    /** Bookings sharing a night with [from, to], cancelled ones only when asked for; babies' names included. */
    public List<Booking> bookingsBetween(DSLContext dsl, LocalDate from, LocalDate to, boolean withCancelled) {
        Condition condition = BOOKING.LAST_NIGHT.ge(from).and(BOOKING.FIRST_NIGHT.le(to));
        if (!withCancelled) {
            condition = condition.and(BOOKING.STATUS.ne(BookingStatus.CANCELLED));
        }
        return bookings(dsl, condition);
    }

    public Optional<Booking> booking(DSLContext dsl, long bookingId) {
        return bookings(dsl, BOOKING.ID.eq(bookingId)).stream().findFirst();
    }

    /** Bookings (not cancelled) of a child, latest first. */
    public List<Booking> bookingsOfChild(DSLContext dsl, long childId) {
        Condition babies = BOOKING.ID.in(DSL.select(BOOKING_BABY.BOOKING_ID).from(BOOKING_BABY)
                .where(BOOKING_BABY.CHILD_ID.eq(childId)));
        return bookings(dsl, BOOKING.CHILD_ID.eq(childId).or(babies).and(BOOKING.STATUS.ne(BookingStatus.CANCELLED)));
    }

    /** Bookings that arrive (first night) or leave (the morning after the last night) on the given days. */
    public List<Booking> arrivingOrLeaving(DSLContext dsl, LocalDate from, LocalDate to) {
        Condition arriving = BOOKING.FIRST_NIGHT.between(from, to).and(BOOKING.STATUS.eq(BookingStatus.PLANNED));
        Condition leaving = BOOKING.LAST_NIGHT.between(from.minusDays(1), to.minusDays(1))
                .and(BOOKING.STATUS.eq(BookingStatus.CHECKED_IN));
        return bookings(dsl, arriving.or(leaving));
    }

    private static List<Booking> bookings(DSLContext dsl, Condition condition) {
        var rows = dsl.select(BOOKING.asterisk(), CHILD.FULL_NAME, CHILD.FAMILY_ID, CARER.FULL_NAME)
                .from(BOOKING).join(CHILD).on(CHILD.ID.eq(BOOKING.CHILD_ID))
                .leftJoin(CARER).on(CARER.ID.eq(BOOKING.MOTHER_CARER_ID))
                .where(condition).orderBy(BOOKING.FIRST_NIGHT, BOOKING.ID).fetch();
        Map<Long, List<Record>> babies = new HashMap<>();
        List<Long> motherAndBaby = rows.stream().filter(r -> r.get(BOOKING.MOTHER_CARER_ID) != null)
                .map(r -> r.get(BOOKING.ID)).toList();
        if (!motherAndBaby.isEmpty()) {
            dsl.select(BOOKING_BABY.BOOKING_ID, BOOKING_BABY.CHILD_ID, BABY_CHILD.FULL_NAME).from(BOOKING_BABY)
                    .join(BABY_CHILD).on(BABY_CHILD.ID.eq(BOOKING_BABY.CHILD_ID))
                    .where(BOOKING_BABY.BOOKING_ID.in(motherAndBaby)).orderBy(BOOKING_BABY.CHILD_ID)
                    .forEach(r -> babies.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r));
        }
        List<Booking> bookings = new ArrayList<>(rows.size());
        for (Record r : rows) {
            BookingRecord b = r.into(BOOKING);
            List<Record> more = babies.getOrDefault(b.getId(), List.of());
            bookings.add(new Booking(b.getId(), b.getBedId(), b.getUnit(), b.getChildId(), r.get(CHILD.FULL_NAME),
                    more.stream().map(m -> m.get(BOOKING_BABY.CHILD_ID)).toList(),
                    more.stream().map(m -> m.get(2, String.class)).toList(),
                    b.getMotherCarerId(), r.get(CARER.FULL_NAME), r.get(CHILD.FAMILY_ID), b.getService(), b.getPurpose(),
                    b.getFirstNight(), b.getLastNight(), b.getStatus(), b.getEnrolmentId(), b.getCheckedInOn(),
                    b.getCheckedOutOn(), b.getNotes(), b.getExtensionReason()));
        }
        return bookings;
    }

    /** The booking's row locked, then read: a change of it waits for another change of it. */
    public Optional<Booking> lockBooking(DSLContext tx, long bookingId) {
        tx.selectFrom(BOOKING).where(BOOKING.ID.eq(bookingId)).forUpdate().fetchOptional();
        return booking(tx, bookingId);
    }

    /** Another booking (not cancelled) holding the bed on a night of [first, last], if any. */
    public Optional<Long> bedTaken(DSLContext dsl, long bedId, LocalDate first, LocalDate last, Long exceptBookingId) {
        Condition condition = BED_NIGHT.BED_ID.eq(bedId).and(BED_NIGHT.NIGHT.between(first, last));
        if (exceptBookingId != null) {
            condition = condition.and(BED_NIGHT.BOOKING_ID.ne(exceptBookingId));
        }
        return dsl.select(BED_NIGHT.BOOKING_ID).from(BED_NIGHT).where(condition).limit(1).fetchOptional(BED_NIGHT.BOOKING_ID);
    }

    /** Another booking (not cancelled) holding one of the children on a night of [first, last], if any. */
    public Optional<Long> childTaken(DSLContext dsl, Collection<Long> childIds, LocalDate first, LocalDate last,
                                     Long exceptBookingId) {
        Condition condition = CHILD_NIGHT.CHILD_ID.in(childIds).and(CHILD_NIGHT.NIGHT.between(first, last));
        if (exceptBookingId != null) {
            condition = condition.and(CHILD_NIGHT.BOOKING_ID.ne(exceptBookingId));
        }
        return dsl.select(CHILD_NIGHT.BOOKING_ID).from(CHILD_NIGHT).where(condition).limit(1)
                .fetchOptional(CHILD_NIGHT.BOOKING_ID);
    }

    public long insertBooking(DSLContext tx, Actor actor, BedUnit unit, BookingRequest request) {
        BookingRecord booking = tx.newRecord(BOOKING);
        booking.setUnit(unit);
        fill(booking, request);
        booking.setStatus(BookingStatus.PLANNED);
        booking.store();
        audit.created(tx, actor, booking);
        for (Long baby : request.moreBabies()) {
            BookingBabyRecord record = tx.newRecord(BOOKING_BABY);
            record.setBookingId(booking.getId());
            record.setChildId(baby);
            record.store();
            audit.created(tx, actor, record);
        }
        holdNights(tx, booking.getId(), request.bedId(), children(request), request.firstNight(), request.lastNight());
        return booking.getId();
    }

    /** Moves, stretches or edits a booking: its row, its babies and the nights it holds. */
    public void updateBooking(DSLContext tx, Actor actor, long bookingId, BedUnit unit, BookingRequest request) {
        BookingRecord booking = tx.selectFrom(BOOKING).where(BOOKING.ID.eq(bookingId)).fetchSingle();
        BookingRecord before = booking.original();
        booking.setUnit(unit);
        fill(booking, request);
        if (Edits.anyBetween(before, booking)) {
            booking.store();
            audit.updated(tx, actor, before, booking);
        }
        List<Long> babiesBefore = tx.select(BOOKING_BABY.CHILD_ID).from(BOOKING_BABY)
                .where(BOOKING_BABY.BOOKING_ID.eq(bookingId)).fetch(BOOKING_BABY.CHILD_ID);
        for (BookingBabyRecord gone : tx.selectFrom(BOOKING_BABY).where(BOOKING_BABY.BOOKING_ID.eq(bookingId)
                .and(BOOKING_BABY.CHILD_ID.notIn(request.moreBabies()))).fetch()) {
            gone.delete();
            audit.deleted(tx, actor, gone);
        }
        for (Long baby : request.moreBabies()) {
            if (!babiesBefore.contains(baby)) {
                BookingBabyRecord record = tx.newRecord(BOOKING_BABY);
                record.setBookingId(bookingId);
                record.setChildId(baby);
                record.store();
                audit.created(tx, actor, record);
            }
        }
        releaseNights(tx, bookingId);
        holdNights(tx, bookingId, request.bedId(), children(request), request.firstNight(), request.lastNight());
    }

    public void setStatus(DSLContext tx, Actor actor, long bookingId, BookingStatus status, Long enrolmentId,
                          LocalDate checkedInOn, LocalDate checkedOutOn, LocalDate lastNight) {
        BookingRecord booking = tx.selectFrom(BOOKING).where(BOOKING.ID.eq(bookingId)).fetchSingle();
        BookingRecord before = booking.original();
        booking.setStatus(status);
        booking.setEnrolmentId(enrolmentId);
        booking.setCheckedInOn(checkedInOn);
        booking.setCheckedOutOn(checkedOutOn);
        boolean nightsChange = !booking.getLastNight().equals(lastNight) || !status.holdsNights();
        booking.setLastNight(lastNight);
        booking.store();
        audit.updated(tx, actor, before, booking);
        if (nightsChange) {
            releaseNights(tx, bookingId);
            if (status.holdsNights()) {
                List<Long> children = new ArrayList<>();
                children.add(booking.getChildId());
                children.addAll(tx.select(BOOKING_BABY.CHILD_ID).from(BOOKING_BABY)
                        .where(BOOKING_BABY.BOOKING_ID.eq(bookingId)).fetch(BOOKING_BABY.CHILD_ID));
                holdNights(tx, bookingId, booking.getBedId(), children, booking.getFirstNight(), lastNight);
            }
        }
    }

    /** A baby's own admission, joined at check-in. */
    public void setBabyEnrolment(DSLContext tx, long bookingId, long childId, Long enrolmentId) {
        tx.update(BOOKING_BABY).set(BOOKING_BABY.ENROLMENT_ID, enrolmentId)
                .where(BOOKING_BABY.BOOKING_ID.eq(bookingId).and(BOOKING_BABY.CHILD_ID.eq(childId))).execute();
    }

    public Map<Long, Long> babyEnrolments(DSLContext dsl, long bookingId) {
        Map<Long, Long> enrolments = new HashMap<>();
        dsl.select(BOOKING_BABY.CHILD_ID, BOOKING_BABY.ENROLMENT_ID).from(BOOKING_BABY)
                .where(BOOKING_BABY.BOOKING_ID.eq(bookingId)).forEach(r -> enrolments.put(r.value1(), r.value2()));
        return enrolments;
    }

    /** Whether a later booking (planned or in) of the child continues the same service: then the admission goes on. */
    public boolean continuedOn(DSLContext dsl, long childId, ServiceType service, LocalDate day, long exceptBookingId) {
        return dsl.fetchExists(BOOKING, BOOKING.CHILD_ID.eq(childId).and(BOOKING.SERVICE.eq(service))
                .and(BOOKING.ID.ne(exceptBookingId)).and(BOOKING.FIRST_NIGHT.eq(day))
                .and(BOOKING.STATUS.in(BookingStatus.PLANNED, BookingStatus.CHECKED_IN)));
    }

    private static List<Long> children(BookingRequest request) {
        List<Long> children = new ArrayList<>();
        children.add(request.childId());
        children.addAll(request.moreBabies());
        return children;
    }

    private static void holdNights(DSLContext tx, long bookingId, long bedId, List<Long> children, LocalDate first,
                                   LocalDate last) {
        List<BedNightRecord> bedNights = new ArrayList<>();
        List<ChildNightRecord> childNights = new ArrayList<>();
        for (LocalDate night = first; !night.isAfter(last); night = night.plusDays(1)) {
            bedNights.add(new BedNightRecord(bedId, night, bookingId));
            for (Long child : children) {
                childNights.add(new ChildNightRecord(child, night, bookingId));
            }
        }
        BatchInsert.insert(tx, BED_NIGHT, List.of(BED_NIGHT.BED_ID, BED_NIGHT.NIGHT, BED_NIGHT.BOOKING_ID), bedNights,
                night -> new Object[] {night.getBedId(), night.getNight(), night.getBookingId()});
        BatchInsert.insert(tx, CHILD_NIGHT, List.of(CHILD_NIGHT.CHILD_ID, CHILD_NIGHT.NIGHT, CHILD_NIGHT.BOOKING_ID),
                childNights, night -> new Object[] {night.getChildId(), night.getNight(), night.getBookingId()});
    }

    private static void releaseNights(DSLContext tx, long bookingId) {
        tx.deleteFrom(BED_NIGHT).where(BED_NIGHT.BOOKING_ID.eq(bookingId)).execute();
        tx.deleteFrom(CHILD_NIGHT).where(CHILD_NIGHT.BOOKING_ID.eq(bookingId)).execute();
    }

    private static void fill(BookingRecord booking, BookingRequest request) {
        booking.setBedId(request.bedId());
        booking.setChildId(request.childId());
        booking.setMotherCarerId(request.motherCarerId());
        booking.setService(request.service());
        booking.setPurpose(request.purpose());
        booking.setFirstNight(request.firstNight());
        booking.setLastNight(request.lastNight());
        booking.setNotes(request.notes());
        booking.setExtensionReason(request.extensionReason());
    }

    // ---- children, for the rules

    /** A child's family and whether archived, the child's row locked so two bookings of one child wait for each other. */
    public Optional<ChildFacts> lockChild(DSLContext tx, long childId) {
        return tx.select(CHILD.FAMILY_ID, CHILD.ARCHIVED_ON).from(CHILD).where(CHILD.ID.eq(childId)).forUpdate()
                .fetchOptional(r -> new ChildFacts(childId, r.value1(), r.value2() != null));
    }

    public record ChildFacts(long childId, long familyId, boolean archived) {
    }

    public Optional<Long> carerFamily(DSLContext dsl, long carerId) {
        return dsl.select(CARER.FAMILY_ID).from(CARER).where(CARER.ID.eq(carerId)).fetchOptional(CARER.FAMILY_ID);
    }

    /** The child's open admission (no end) to the service, if any: a check-in joins it. */
    public Optional<Long> openEnrolment(DSLContext dsl, long childId, ServiceType service) {
        return dsl.select(ENROLMENT.ID).from(ENROLMENT).where(ENROLMENT.CHILD_ID.eq(childId)
                .and(ENROLMENT.SERVICE.eq(service)).and(ENROLMENT.ENDS_ON.isNull()))
                .orderBy(ENROLMENT.STARTS_ON.desc()).limit(1).fetchOptional(ENROLMENT.ID);
    }

    /** Children admitted to a short stay, still open, with no booking (planned or in) holding tonight or later. */
    public List<NeedsBed> shortStaysWithoutBed(DSLContext dsl, LocalDate today) {
        var hasBed = DSL.exists(DSL.selectOne().from(BOOKING).where(BOOKING.CHILD_ID.eq(ENROLMENT.CHILD_ID)
                .and(BOOKING.LAST_NIGHT.ge(today)).and(BOOKING.STATUS.in(BookingStatus.PLANNED, BookingStatus.CHECKED_IN))));
        return dsl.select(ENROLMENT.CHILD_ID, CHILD.FULL_NAME, ENROLMENT.SERVICE, ENROLMENT.STARTS_ON, ENROLMENT.PLANNED_END_ON)
                .from(ENROLMENT).join(CHILD).on(CHILD.ID.eq(ENROLMENT.CHILD_ID))
                .where(ENROLMENT.SERVICE.in(ServiceType.SHORT_STAY_WEEKDAY, ServiceType.SHORT_STAY_7DAY)
                        .and(ENROLMENT.ENDS_ON.isNull()).and(DSL.not(hasBed)))
                .orderBy(ENROLMENT.STARTS_ON, CHILD.FULL_NAME)
                .fetch(r -> new NeedsBed(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    // ---- the waiting list

    public long insertRequest(DSLContext tx, Actor actor, BedRequest request, LocalDate today) {
        BedRequestRecord record = tx.newRecord(BED_REQUEST);
        record.setChildId(request.childId());
        record.setUnit(request.unit());
        record.setWantedFrom(request.wantedFrom());
        record.setNights(request.nights());
        record.setPriority(request.priority());
        record.setReason(request.reason());
        record.setRequestedOn(today);
        record.setStatus(RequestStatus.WAITING);
        record.store();
        audit.created(tx, actor, record);
        return record.getId();
    }

    public List<WaitingRequest> waiting(DSLContext dsl) {
        return dsl.select(BED_REQUEST.asterisk(), CHILD.FULL_NAME).from(BED_REQUEST).join(CHILD).on(CHILD.ID.eq(BED_REQUEST.CHILD_ID))
                .where(BED_REQUEST.STATUS.eq(RequestStatus.WAITING))
                .orderBy(BED_REQUEST.PRIORITY, BED_REQUEST.WANTED_FROM, BED_REQUEST.ID)
                .fetch(r -> {
                    BedRequestRecord q = r.into(BED_REQUEST);
                    return new WaitingRequest(q.getId(), q.getChildId(), r.get(CHILD.FULL_NAME), q.getUnit(),
                            q.getWantedFrom(), q.getNights(), q.getPriority(), q.getReason(), q.getRequestedOn());
                });
    }

    public Optional<WaitingRequest> lockRequest(DSLContext tx, long requestId) {
        tx.selectFrom(BED_REQUEST).where(BED_REQUEST.ID.eq(requestId)).forUpdate().fetchOptional();
        return waiting(tx).stream().filter(r -> r.id() == requestId).findFirst();
    }

    public void closeRequest(DSLContext tx, Actor actor, long requestId, RequestStatus status, Long bookingId) {
        BedRequestRecord record = tx.selectFrom(BED_REQUEST).where(BED_REQUEST.ID.eq(requestId)).fetchSingle();
        BedRequestRecord before = record.original();
        record.setStatus(status);
        record.setBookingId(bookingId);
        record.store();
        audit.updated(tx, actor, before, record);
    }

    /** Per bed, the nights held between two dates: for "the first free bed". */
    public Map<Long, java.util.Set<LocalDate>> heldNights(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<Long, java.util.Set<LocalDate>> held = new HashMap<>();
        dsl.select(BED_NIGHT.BED_ID, BED_NIGHT.NIGHT).from(BED_NIGHT).where(BED_NIGHT.NIGHT.between(from, to))
                .forEach(r -> held.computeIfAbsent(r.value1(), k -> new java.util.HashSet<>()).add(r.value2()));
        return held;
    }

    /** Requests that never became a booking: withdrawn, or still waiting past their wanted date, asked in the period. */
    public int turnedAway(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.fetchCount(BED_REQUEST, BED_REQUEST.REQUESTED_ON.between(from, to)
                .and(BED_REQUEST.STATUS.eq(RequestStatus.WITHDRAWN)
                        .or(BED_REQUEST.STATUS.eq(RequestStatus.WAITING).and(BED_REQUEST.WANTED_FROM.lt(to)))));
    }
}
