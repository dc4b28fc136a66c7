package org.markaz.beds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.markaz.admissions.Admission;
import org.markaz.admissions.AdmissionsService;
import org.markaz.admissions.AdmitResult;
import org.markaz.core.Validation;
import org.markaz.core.ValidationException;
import org.markaz.core.db.Transactions;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.security.RecordScope;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;

/**
 * Beds, bookings, check-in and check-out, and the waiting list (issue 10). Every change runs in
 * one transaction that first locks the children's rows, then the beds' (in id order, so two
 * bookings never wait for each other in a circle), then checks the nights are free: a bed never
 * holds two bookings on one night, nor a child. The nights tables refuse it as well (ADR 0013).
 * Checking in admits the child (or joins the open admission) through the admissions service, in
 * the same transaction; checking out of the last booking of an admission discharges it.
 */
public final class BedsService {

    /** Longest booking: a short stay of six months with a director's extension stays well inside it. */
    public static final int MOST_NIGHTS = 366;

    private final Transactions transactions;
    private final BedsRepository beds;
    private final AdmissionsService admissions;
    private final Supplier<RecordScope> scope;
    private final Clock clock;

    public BedsService(Transactions transactions, BedsRepository beds, AdmissionsService admissions,
                       Supplier<RecordScope> scope, Clock clock) {
        this.transactions = transactions;
        this.beds = beds;
        this.admissions = admissions;
        this.scope = scope;
        this.clock = clock;
    }

    // ---- beds and rooms

    public List<Bed> beds(Actor actor) {
        actor.require(Permission.VIEW_BEDS);
        return transactions.result(beds::beds);
    }

    /** Adds a bed ({@code bedId} null) or changes one; a bed leaves use only once no booking holds it after. */
    public long saveBed(Actor actor, Long bedId, BedDetails details) {
        actor.require(Permission.MANAGE_BEDS);
        BedUnit unit = required(details.unit(), "beds.field.unit");
        String room = Validation.required(details.room(), 50, "beds.field.room");
        String label = Validation.required(details.label(), 30, "beds.field.label");
        LocalDate from = required(details.inUseFrom(), "beds.field.inUseFrom");
        if (details.inUseTo() != null && details.inUseTo().isBefore(from)) {
            throw new ValidationException("error.endBeforeStart", new Validation.FieldName("beds.field.inUseTo"));
        }
        BedDetails checked = new BedDetails(unit, room, label, from, details.inUseTo());
        return transactions.result(tx -> {
            if (beds.labelTaken(tx, label, bedId)) {
                throw new ValidationException("error.bedLabelTaken", new Validation.FieldName("beds.field.label"));
            }
            if (bedId == null) {
                return beds.insertBed(tx, actor, checked);
            }
            Bed bed = beds.lockBed(tx, bedId).orElseThrow(() -> new ValidationException("error.noSuchBed"));
            if (bed.unit() != unit && beds.nightHeldOutside(tx, bedId, LocalDate.MAX, null).isPresent()) {
                throw new ValidationException("error.bedUnitHasBookings", new Validation.FieldName("beds.field.unit"));
            }
            Optional<LocalDate> held = beds.nightHeldOutside(tx, bedId, from, checked.inUseTo());
            if (held.isPresent()) {
                throw new ValidationException("error.bedStillBooked", held.get(), new Validation.FieldName("beds.field.inUseTo"));
            }
            beds.updateBed(tx, actor, bedId, checked);
            return bedId;
        });
    }

    // ---- the calendar

    /** The beds in use on some night of the period, and its bookings (cancelled ones only when asked for). */
    public BedCalendar calendar(Actor actor, LocalDate from, LocalDate to, boolean withCancelled) {
        actor.require(Permission.VIEW_BEDS);
        return transactions.result(tx -> new BedCalendar(from, to,
                beds.beds(tx).stream().filter(b -> !b.inUseFrom().isAfter(to) && (b.inUseTo() == null || !b.inUseTo().isBefore(from)))
                        .toList(),
                beds.bookingsBetween(tx, from, to, withCancelled)));
    }

    public Optional<Booking> booking(Actor actor, long bookingId) {
        actor.require(Permission.VIEW_BEDS);
        return transactions.result(tx -> beds.booking(tx, bookingId));
    }

    // ---- booking

    /** Books a bed; a stay already begun is booked and checked in at once ({@code alreadyCheckedIn}). */
    public long book(Actor actor, BookingRequest request) {
        actor.require(Permission.BOOK_BEDS);
        BookingRequest checked = check(actor, request);
        LocalDate today = LocalDate.now(clock);
        if (checked.firstNight().isBefore(today) && !checked.alreadyCheckedIn()) {
            throw new ValidationException("error.bookingInPast", new Validation.FieldName("beds.field.firstNight"));
        }
        if (checked.alreadyCheckedIn() && checked.firstNight().isAfter(today)) {
            throw new ValidationException("error.checkInNotYet", new Validation.FieldName("beds.field.firstNight"));
        }
        return transactions.result(tx -> {
            Bed bed = lockAndCheck(tx, actor, checked, null, List.of());
            long id = beds.insertBooking(tx, actor, bed.unit(), checked);
            if (checked.alreadyCheckedIn()) {
                checkIn(tx, actor, beds.booking(tx, id).orElseThrow(), checked.firstNight());
            }
            return id;
        });
    }

    /**
     * Moves, stretches or edits a booking under the same rules. A checked-out or cancelled one
     * stays as it was; a checked-in one keeps its bed, child and first night (it has begun).
     */
    public void change(Actor actor, long bookingId, BookingRequest request) {
        actor.require(Permission.BOOK_BEDS);
        BookingRequest checked = check(actor, request);
        transactions.run(tx -> {
            Booking before = beds.booking(tx, bookingId).orElseThrow(() -> new ValidationException("error.noSuchBooking"));
            List<Long> alsoLock = new ArrayList<>(before.moreBabies());
            alsoLock.add(before.childId());
            lockAndCheck(tx, actor, checked, before, alsoLock);
            Booking booking = beds.lockBooking(tx, bookingId).orElseThrow(() -> new ValidationException("error.noSuchBooking"));
            if (booking.status() == BookingStatus.CHECKED_OUT) {
                throw new ValidationException("error.bookingCheckedOut");
            }
            if (booking.status() == BookingStatus.CANCELLED) {
                throw new ValidationException("error.bookingCancelled");
            }
            LocalDate today = LocalDate.now(clock);
            if (booking.status() == BookingStatus.CHECKED_IN) {
                if (!checked.firstNight().equals(booking.firstNight()) || checked.bedId() != booking.bedId()
                        || !checked.childId().equals(booking.childId()) || checked.service() != booking.service()
                        || !checked.moreBabies().equals(booking.moreBabies())) {
                    throw new ValidationException("error.bookingBegun");
                }
                if (checked.lastNight().isBefore(today.minusDays(1))) {
                    throw new ValidationException("error.lastNightPassed", new Validation.FieldName("beds.field.lastNight"));
                }
            } else if (checked.firstNight().isBefore(today) && !checked.firstNight().equals(booking.firstNight())) {
                throw new ValidationException("error.bookingInPast", new Validation.FieldName("beds.field.firstNight"));
            }
            beds.updateBooking(tx, actor, bookingId, unitOf(tx, checked.bedId()), checked);
        });
    }

    /** Cancels a booking not yet begun: its nights are free again; it stays in the calendar's history. */
    public void cancel(Actor actor, long bookingId) {
        actor.require(Permission.BOOK_BEDS);
        transactions.run(tx -> {
            Booking booking = beds.lockBooking(tx, bookingId).orElseThrow(() -> new ValidationException("error.noSuchBooking"));
            if (booking.status() != BookingStatus.PLANNED) {
                throw new ValidationException("error.onlyPlannedCancelled");
            }
            beds.setStatus(tx, actor, bookingId, BookingStatus.CANCELLED, null, null, null, booking.lastNight());
        });
    }

    /** Checks the child (and babies) in today: admits them to the stay's service, or joins the admission open. */
    public void checkIn(Actor actor, long bookingId, LocalDate on) {
        actor.require(Permission.BOOK_BEDS);
        LocalDate day = required(on, "beds.field.checkedInOn");
        if (day.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("error.dateInFuture", new Validation.FieldName("beds.field.checkedInOn"));
        }
        transactions.run(tx -> {
            Booking booking = beds.booking(tx, bookingId).orElseThrow(() -> new ValidationException("error.noSuchBooking"));
            lockChildren(tx, actor, childrenOf(booking));
            checkIn(tx, actor, beds.lockBooking(tx, bookingId).orElseThrow(), day);
        });
    }

    private void checkIn(DSLContext tx, Actor actor, Booking booking, LocalDate on) {
        switch (booking.status()) {
            case CANCELLED:
                throw new ValidationException("error.checkInCancelled");
            case CHECKED_IN:
            case CHECKED_OUT:
                throw new ValidationException("error.alreadyCheckedIn");
            default:
                break;
        }
        if (on.isBefore(booking.firstNight()) || on.isAfter(booking.lastNight())) {
            throw new ValidationException("error.checkInOutsideNights", new Validation.FieldName("beds.field.checkedInOn"));
        }
        long enrolment = admitOrJoin(tx, actor, booking, booking.childId(), on);
        for (Long baby : booking.moreBabies()) {
            beds.setBabyEnrolment(tx, booking.id(), baby, admitOrJoin(tx, actor, booking, baby, on));
        }
        beds.setStatus(tx, actor, booking.id(), BookingStatus.CHECKED_IN, enrolment, on, null, booking.lastNight());
    }

    private long admitOrJoin(DSLContext tx, Actor actor, Booking booking, long childId, LocalDate on) {
        Optional<Long> open = beds.openEnrolment(tx, childId, booking.service());
        if (open.isPresent()) {
            return open.get();
        }
        AdmitResult result = admissions.admit(actor, new Admission(childId, null, booking.service(), booking.motherCarerId(),
                null, on, booking.lastNight().plusDays(1), false, booking.extensionReason()));
        if (result instanceof AdmitResult.Admitted admitted) {
            return admitted.enrolmentId();
        }
        throw new ValidationException("error.checkInNeedsAgeConfirmation");
    }

    /**
     * Whether checking this booking out on the morning after its last night ends its admission: no
     * booking of the child in the same service begins that night. Leaving on another day always
     * ends it. Then the check-out asks for the discharge's outcome first.
     */
    public boolean endsAdmission(Actor actor, long bookingId) {
        actor.require(Permission.VIEW_BEDS);
        return transactions.result(tx -> {
            Booking booking = beds.booking(tx, bookingId).orElseThrow(() -> new ValidationException("error.noSuchBooking"));
            return endsAdmission(tx, booking, booking.lastNight().plusDays(1));
        });
    }

    /**
     * A stay ends its admission unless the child's next stay in the service begins the night the
     * child leaves: an admission left open between two stays would have the register expect the
     * child at home days.
     */
    private boolean endsAdmission(DSLContext tx, Booking booking, LocalDate leftOn) {
        return !leftOn.equals(booking.lastNight().plusDays(1))
                || !beds.continuedOn(tx, booking.childId(), booking.service(), leftOn, booking.id());
    }

    /**
     * Checks out: the nights from {@code leftOn} are free again. Unless the child's next stay begins
     * that night, the admission is discharged with {@code outcome} (then required) in the same transaction.
     */
    public void checkOut(Actor actor, long bookingId, LocalDate leftOn, DischargeOutcome outcome, String note) {
        actor.require(Permission.BOOK_BEDS);
        LocalDate day = required(leftOn, "beds.field.leftOn");
        if (day.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("error.dateInFuture", new Validation.FieldName("beds.field.leftOn"));
        }
        transactions.run(tx -> {
            Booking booking = beds.lockBooking(tx, bookingId).orElseThrow(() -> new ValidationException("error.noSuchBooking"));
            if (booking.status() != BookingStatus.CHECKED_IN) {
                throw new ValidationException(booking.status() == BookingStatus.CHECKED_OUT ? "error.alreadyCheckedOut"
                        : "error.notCheckedIn");
            }
            if (day.isBefore(booking.checkedInOn())) {
                throw new ValidationException("error.leftBeforeCheckIn", new Validation.FieldName("beds.field.leftOn"));
            }
            if (day.isAfter(booking.lastNight().plusDays(1))) {
                throw new ValidationException("error.leftAfterBooking", new Validation.FieldName("beds.field.leftOn"));
            }
            if (endsAdmission(tx, booking, day) && outcome == null) {
                throw new ValidationException("error.required", new Validation.FieldName("field.outcome"));
            }
            LocalDate lastNight = day.minusDays(1).isBefore(booking.firstNight()) ? booking.firstNight() : day.minusDays(1);
            beds.setStatus(tx, actor, bookingId, BookingStatus.CHECKED_OUT, booking.enrolmentId(), booking.checkedInOn(), day,
                    lastNight);
            if (outcome != null) {
                admissions.discharge(actor, booking.enrolmentId(), day, outcome, note);
                for (Long babyEnrolment : beds.babyEnrolments(tx, bookingId).values()) {
                    if (babyEnrolment != null) {
                        admissions.discharge(actor, babyEnrolment, day, outcome, note);
                    }
                }
            }
        });
    }

    // ---- Today, needs a bed, figures

    /** Who arrives and who leaves on the days from {@code from} to {@code to}, by day, arrivals first. */
    public List<ArrivalOrLeaving> arrivalsAndLeavings(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Permission.VIEW_BEDS);
        return transactions.result(tx -> {
            Map<Long, String> labels = new java.util.HashMap<>();
            beds.beds(tx).forEach(b -> labels.put(b.id(), b.label()));
            List<ArrivalOrLeaving> list = new ArrayList<>();
            for (Booking b : beds.arrivingOrLeaving(tx, from, to)) {
                if (b.status() == BookingStatus.PLANNED && !b.firstNight().isBefore(from)) {
                    list.add(new ArrivalOrLeaving(b.firstNight(), true, b, labels.get(b.bedId())));
                }
                if (b.status() == BookingStatus.CHECKED_IN) {
                    list.add(new ArrivalOrLeaving(b.lastNight().plusDays(1), false, b, labels.get(b.bedId())));
                }
            }
            list.sort(Comparator.comparing(ArrivalOrLeaving::day).thenComparing(a -> !a.arrives())
                    .thenComparing(a -> a.booking().title()));
            return list;
        });
    }

    /** Children admitted to a short stay who have no bed booked from tonight on. */
    public List<NeedsBed> needsABed(Actor actor) {
        actor.require(Permission.VIEW_BEDS);
        return transactions.result(tx -> beds.shortStaysWithoutBed(tx, LocalDate.now(clock)));
    }

    /** The beds' figures for a period: see {@link BedFigures}. Stays that happened count: checked in or out. */
    public BedFigures figures(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Permission.VIEW_FIGURES);
        if (to.isBefore(from)) {
            throw new ValidationException("error.endBeforeStart");
        }
        return transactions.result(tx -> {
            Map<BedUnit, Integer> occupied = new EnumMap<>(BedUnit.class);
            Map<BedUnit, Integer> available = new EnumMap<>(BedUnit.class);
            for (Bed bed : beds.beds(tx)) {
                LocalDate first = bed.inUseFrom().isAfter(from) ? bed.inUseFrom() : from;
                LocalDate last = bed.inUseTo() != null && bed.inUseTo().isBefore(to) ? bed.inUseTo() : to;
                if (!last.isBefore(first)) {
                    available.merge(bed.unit(), (int) ChronoUnit.DAYS.between(first, last) + 1, Integer::sum);
                }
            }
            Set<Long> respiteChildren = new HashSet<>();
            Set<Long> respiteFamilies = new HashSet<>();
            int motherAndBaby = 0;
            long stayNights = 0;
            int stays = 0;
            for (Booking b : beds.bookingsBetween(tx, from, to, false)) {
                if (b.status() == BookingStatus.PLANNED) {
                    continue;
                }
                int nights = 0;
                for (LocalDate night = b.firstNight().isAfter(from) ? b.firstNight() : from;
                     !night.isAfter(to) && !night.isAfter(b.lastNight()); night = night.plusDays(1)) {
                    if (!b.atHomeOn(night)) {
                        nights++;
                    }
                }
                occupied.merge(b.unit(), nights, Integer::sum);
                if (b.service() == ServiceType.RESIDENTIAL_RESPITE) {
                    respiteChildren.add(b.childId());
                    respiteFamilies.add(b.familyId());
                }
                if (b.service() == ServiceType.MOTHER_AND_BABY) {
                    motherAndBaby++;
                }
                stays++;
                stayNights += b.nights();
            }
            return new BedFigures(from, to, occupied, available, respiteChildren.size(), respiteFamilies.size(), motherAndBaby,
                    stays == 0 ? null : (double) stayNights / stays, beds.turnedAway(tx, from, to));
        });
    }

    // ---- the waiting list

    public long request(Actor actor, BedRequest request) {
        actor.require(Permission.BOOK_BEDS);
        Long childId = required(request.childId(), "beds.field.child");
        BedUnit unit = required(request.unit(), "beds.field.unit");
        LocalDate from = required(request.wantedFrom(), "beds.field.wantedFrom");
        if (request.nights() < 1 || request.nights() > 184) {
            throw new ValidationException("error.nightsRange", 184, new Validation.FieldName("beds.field.nights"));
        }
        if (request.priority() < 1 || request.priority() > 3) {
            throw new ValidationException("error.priorityRange", new Validation.FieldName("beds.field.priority"));
        }
        String reason = Validation.required(request.reason(), 500, "field.reason");
        BedRequest checked = new BedRequest(childId, unit, from, request.nights(), request.priority(), reason);
        return transactions.result(tx -> {
            lockChildren(tx, actor, List.of(childId));
            return beds.insertRequest(tx, actor, checked, LocalDate.now(clock));
        });
    }

    /** The waiting list, most urgent first, then by the date wanted. */
    public List<WaitingRequest> waitingList(Actor actor) {
        actor.require(Permission.VIEW_BEDS);
        return transactions.result(beds::waiting);
    }

    public void withdraw(Actor actor, long requestId) {
        actor.require(Permission.BOOK_BEDS);
        transactions.run(tx -> {
            beds.lockRequest(tx, requestId).orElseThrow(() -> new ValidationException("error.noSuchRequest"));
            beds.closeRequest(tx, actor, requestId, RequestStatus.WITHDRAWN, null);
        });
    }

    /** The first bed of the unit (by room and label) free and in use for {@code nights} nights from {@code from}. */
    public Optional<Bed> firstFreeBed(Actor actor, BedUnit unit, LocalDate from, int nights) {
        actor.require(Permission.VIEW_BEDS);
        LocalDate last = from.plusDays(nights - 1L);
        return transactions.result(tx -> {
            Map<Long, Set<LocalDate>> held = beds.heldNights(tx, from, last);
            return beds.beds(tx).stream().filter(b -> b.unit() == unit && b.inUseOn(from) && b.inUseOn(last))
                    .filter(b -> held.getOrDefault(b.id(), Set.of()).isEmpty()).findFirst();
        });
    }

    /** Turns a request into a booking on the first free bed, in one transaction; empty when no bed is free. */
    public Optional<Long> bookFromRequest(Actor actor, long requestId, ServiceType service, BookingPurpose purpose,
                                          Long motherCarerId) {
        actor.require(Permission.BOOK_BEDS);
        return transactions.result(tx -> {
            WaitingRequest request = beds.lockRequest(tx, requestId).orElseThrow(() -> new ValidationException("error.noSuchRequest"));
            LocalDate from = request.wantedFrom().isBefore(LocalDate.now(clock)) ? LocalDate.now(clock) : request.wantedFrom();
            Optional<Bed> bed = firstFreeBed(actor, request.unit(), from, request.nights());
            if (bed.isEmpty()) {
                return Optional.<Long>empty();
            }
            long booking = book(actor, new BookingRequest(bed.get().id(), request.childId(), List.of(), motherCarerId, service,
                    purpose, from, from.plusDays(request.nights() - 1L), request.reason(), false, null));
            beds.closeRequest(tx, actor, requestId, RequestStatus.BOOKED, booking);
            return Optional.of(booking);
        });
    }

    // ---- the rules

    /** The request's own rules, before any reading: what is missing or cannot be. */
    private static BookingRequest check(Actor actor, BookingRequest request) {
        Long childId = required(request.childId(), "beds.field.child");
        ServiceType service = required(request.service(), "beds.field.service");
        BookingPurpose purpose = required(request.purpose(), "beds.field.purpose");
        LocalDate first = required(request.firstNight(), "beds.field.firstNight");
        LocalDate last = required(request.lastNight(), "beds.field.lastNight");
        if (!service.isResidential()) {
            throw new ValidationException("error.serviceHasNoBed", new Validation.FieldName("beds.field.service"));
        }
        if (last.isBefore(first)) {
            throw new ValidationException("error.lastNightBeforeFirst", new Validation.FieldName("beds.field.lastNight"));
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MOST_NIGHTS) {
            throw new ValidationException("error.bookingTooLong", MOST_NIGHTS, new Validation.FieldName("beds.field.lastNight"));
        }
        boolean motherAndBaby = service == ServiceType.MOTHER_AND_BABY;
        if (motherAndBaby && request.motherCarerId() == null) {
            throw new ValidationException("error.motherNeeded", new Validation.FieldName("beds.field.mother"));
        }
        if (!motherAndBaby && !request.moreBabies().isEmpty()) {
            throw new ValidationException("error.babiesOnlyWithMother", new Validation.FieldName("beds.field.child"));
        }
        if (request.moreBabies().contains(childId) || new HashSet<>(request.moreBabies()).size() != request.moreBabies().size()) {
            throw new ValidationException("error.babyTwice", new Validation.FieldName("beds.field.child"));
        }
        String extension = null;
        if (service.isShortStay() && last.plusDays(1).isAfter(first.plusMonths(AdmissionsService.SHORT_STAY_MONTHS))) {
            extension = Validation.optional(request.extensionReason(), 500, "field.extensionReason");
            if (extension == null) {
                throw new ValidationException("error.shortStayTooLong", AdmissionsService.SHORT_STAY_MONTHS,
                        new Validation.FieldName("beds.field.lastNight"));
            }
            actor.require(Permission.CONFIRM_EXCEPTIONS);
        }
        return new BookingRequest(request.bedId(), childId, request.moreBabies(), motherAndBaby ? request.motherCarerId() : null,
                service, purpose, first, last, Validation.optional(request.notes(), 500, "field.notes"),
                request.alreadyCheckedIn(), extension);
    }

    /**
     * Locks the children's rows and then the beds' (the request's and, for a move, the old one),
     * each in id order, and checks what the locked rows decide: the children exist, are not
     * archived and belong with the mother; the bed takes this stay and is in use every night; no
     * other booking holds the bed or a child on any of the nights.
     */
    private Bed lockAndCheck(DSLContext tx, Actor actor, BookingRequest request, Booking moving, List<Long> alsoLockChildren) {
        Set<Long> children = new TreeSet<>(alsoLockChildren);
        children.add(request.childId());
        children.addAll(request.moreBabies());
        Map<Long, BedsRepository.ChildFacts> facts = lockChildren(tx, actor, children);
        long familyId = facts.get(request.childId()).familyId();
        for (Long baby : request.moreBabies()) {
            if (facts.get(baby).familyId() != familyId) {
                throw new ValidationException("error.babyOfAnotherFamily", new Validation.FieldName("beds.field.child"));
            }
        }
        if (request.motherCarerId() != null
                && !beds.carerFamily(tx, request.motherCarerId()).map(f -> f == familyId).orElse(false)) {
            throw new ValidationException("error.motherOfAnotherFamily", new Validation.FieldName("beds.field.mother"));
        }
        Set<Long> bedIds = new TreeSet<>();
        bedIds.add(request.bedId());
        if (moving != null) {
            bedIds.add(moving.bedId());
        }
        Bed bed = null;
        for (Long id : bedIds) {
            Optional<Bed> locked = beds.lockBed(tx, id);
            if (id == request.bedId()) {
                bed = locked.orElseThrow(() -> new ValidationException("error.noSuchBed"));
            }
        }
        if (!bed.unit().takes(request.service())) {
            throw new ValidationException("error.serviceNotForUnit", new Validation.FieldName("beds.field.service"));
        }
        if (!bed.inUseOn(request.firstNight()) || !bed.inUseOn(request.lastNight())) {
            throw new ValidationException("error.bedOutOfUse", bed.label());
        }
        Long except = moving == null ? null : moving.id();
        if (beds.bedTaken(tx, bed.id(), request.firstNight(), request.lastNight(), except).isPresent()) {
            throw new ValidationException("error.bedTaken", bed.label());
        }
        List<Long> all = new ArrayList<>(request.moreBabies());
        all.add(request.childId());
        if (beds.childTaken(tx, all, request.firstNight(), request.lastNight(), except).isPresent()) {
            throw new ValidationException("error.childAlreadyBooked");
        }
        return bed;
    }

    private Map<Long, BedsRepository.ChildFacts> lockChildren(DSLContext tx, Actor actor, java.util.Collection<Long> childIds) {
        Map<Long, BedsRepository.ChildFacts> facts = new java.util.HashMap<>();
        for (Long id : new TreeSet<>(childIds)) {
            scope.get().requireChild(actor, id);
            BedsRepository.ChildFacts child = beds.lockChild(tx, id).orElseThrow(() -> new ValidationException("error.noSuchChild"));
            if (child.archived()) {
                throw new ValidationException("error.childArchived");
            }
            facts.put(id, child);
        }
        return facts;
    }

    private BedUnit unitOf(DSLContext tx, long bedId) {
        return beds.lockBed(tx, bedId).orElseThrow(() -> new ValidationException("error.noSuchBed")).unit();
    }

    private static List<Long> childrenOf(Booking booking) {
        List<Long> children = new ArrayList<>(booking.moreBabies());
        children.add(booking.childId());
        return children;
    }

    private static <T> T required(T value, String fieldKey) {
        if (value == null) {
            throw new ValidationException("error.required", new Validation.FieldName(fieldKey));
        }
        return value;
    }
}
