package org.markaz.register;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.markaz.shared.ServiceType;
import org.markaz.core.centre.CentreService;
import org.markaz.core.Validation;
import org.markaz.core.db.Transactions;
import org.markaz.core.ValidationException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * The daily register: who is expected on a day (day services on their weekdays, residents every
 * night, Monday-Friday short stays on weekdays), marks present or absent, and closing the day.
 * A closed day changes only by a director; every change is in the audit trail.
 */
public final class RegisterService {

    private final Transactions transactions;
    private final RegisterRepository register;
    private final CentreService centres;
    private final Clock clock;

    public RegisterService(Transactions transactions, RegisterRepository register, CentreService centres, Clock clock) {
        this.transactions = transactions;
        this.register = register;
        this.centres = centres;
        this.clock = clock;
    }

    /**
     * Children in a service today who were absent on their last scheduled days, at least
     * {@link CentreService#absenceAlertDays} in a row. Today counts only once it is marked.
     */
    public List<AbsenceAlert> absentInARow(Actor actor, LocalDate today) {
        actor.require(Permission.VIEW_REGISTER);
        return transactions.result(tx -> {
            int needed = centres.absenceAlertDays(actor);
            List<RegisterRepository.OpenEnrolment> open = register.openOn(tx, today);
            LocalDate earliest = today.minusDays(LOOK_BACK_DAYS);
            // a run of absences ends at the last day present, so only that and the absences are read
            Map<Long, LocalDate> lastPresent = register.lastPresentBetween(tx, earliest, today);
            Map<Long, Set<LocalDate>> absences = register.absencesBetween(tx, earliest, today);
            List<AbsenceAlert> alerts = new ArrayList<>();
            for (RegisterRepository.OpenEnrolment enrolment : open) {
                Set<LocalDate> absent = absences.getOrDefault(enrolment.childId(), Set.of());
                LocalDate stop = Collections.max(List.of(earliest.minusDays(1), enrolment.startsOn().minusDays(1),
                        lastPresent.getOrDefault(enrolment.childId(), earliest.minusDays(1))));
                int absentDays = 0;
                LocalDate since = null;
                for (LocalDate day = today; day.isAfter(stop); day = day.minusDays(1)) {
                    if (!isExpected(enrolment, day.getDayOfWeek())) {
                        continue;
                    }
                    if (!absent.contains(day)) {
                        if (day.equals(today)) {
                            continue; // today may not be marked yet
                        }
                        break; // a scheduled day left unmarked ends the run
                    }
                    absentDays++;
                    since = day;
                }
                if (absentDays >= needed) {
                    alerts.add(new AbsenceAlert(enrolment.childId(), enrolment.childName(), enrolment.service(), absentDays,
                            since));
                }
            }
            alerts.sort(Comparator.comparing(AbsenceAlert::absentDays).reversed().thenComparing(AbsenceAlert::childName));
            return alerts;
        });
    }

    /** How far back absences are counted. */
    private static final int LOOK_BACK_DAYS = 60;

    public DaySheet day(Actor actor, LocalDate date) {
        actor.require(Permission.VIEW_REGISTER);
        return transactions.result(tx -> {
            List<RegisterRepository.OpenEnrolment> expected = expectedOn(tx, date);
            Map<Long, RegisterRepository.MarkRow> marks = register.marksOn(tx, date);
            Set<Long> families = new HashSet<>();
            expected.forEach(e -> families.add(e.familyId()));
            marks.values().forEach(m -> families.add(m.familyId()));
            Map<Long, List<String>> carers = register.carersOfFamilies(tx, families);
            List<RegisterEntry> entries = entriesOf(expected, marks, carers);
            var closed = register.closedDay(tx, date);
            return new DaySheet(date, entries, closed.map(RegisterRepository.Closed::at).orElse(null),
                    closed.map(RegisterRepository.Closed::by).orElse(null));
        });
    }

    /**
     * A day's entries: each child expected, once (their first enrolment that day), then each child
     * seen without being expected; by service, then name.
     */
    private static List<RegisterEntry> entriesOf(List<RegisterRepository.OpenEnrolment> expected,
                                                 Map<Long, RegisterRepository.MarkRow> marks,
                                                 Map<Long, List<String>> carers) {
        List<RegisterEntry> entries = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        for (RegisterRepository.OpenEnrolment e : expected) {
            if (listed.add(e.childId())) {
                RegisterRepository.MarkRow mark = marks.get(e.childId());
                entries.add(new RegisterEntry(e.childId(), e.childName(), e.service(), e.enrolmentId(),
                        mark == null ? null : mark.mark(), carers.getOrDefault(e.familyId(), List.of())));
            }
        }
        for (RegisterRepository.MarkRow mark : marks.values()) {
            if (listed.add(mark.childId())) {
                entries.add(new RegisterEntry(mark.childId(), mark.childName(), null, null, mark.mark(),
                        carers.getOrDefault(mark.familyId(), List.of())));
            }
        }
        entries.sort(Comparator.comparing((RegisterEntry r) -> r.service() == null ? Integer.MAX_VALUE : r.service().ordinal())
                .thenComparing(RegisterEntry::childName));
        return entries;
    }

    /**
     * The week from {@code monday}: every child expected or seen on any of its days, with their
     * marks. Two queries for the whole week (the enrolments open in it, its marks), not seven days'.
     */
    public List<WeekRow> week(Actor actor, LocalDate monday) {
        actor.require(Permission.VIEW_REGISTER);
        LocalDate sunday = monday.plusDays(6);
        return transactions.result(tx -> {
            List<RegisterRepository.OpenEnrolment> open = register.openBetween(tx, monday, sunday);
            Map<LocalDate, Map<Long, RegisterRepository.MarkRow>> marksByDay = new HashMap<>();
            register.marksBetween(tx, monday, sunday).forEach(mark ->
                    marksByDay.computeIfAbsent(mark.onDate(), d -> new HashMap<>()).put(mark.childId(), mark));
            Map<Long, WeekRow> rows = new LinkedHashMap<>();
            for (LocalDate day = monday; !day.isAfter(sunday); day = day.plusDays(1)) {
                LocalDate shown = day;
                List<RegisterRepository.OpenEnrolment> expected = open.stream()
                        .filter(e -> e.isOpenOn(shown) && isExpected(e, shown.getDayOfWeek())).toList();
                for (RegisterEntry entry : entriesOf(expected, marksByDay.getOrDefault(day, Map.of()), Map.of())) {
                    WeekRow row = rows.computeIfAbsent(entry.childId(), id -> new WeekRow(id, entry.childName(),
                            entry.service(), new HashMap<>(), new HashSet<>()));
                    row.expectedDays().add(day);
                    if (entry.mark() != null) {
                        row.marks().put(day, entry.mark());
                    }
                }
            }
            return rows.values().stream().sorted(Comparator.comparing((WeekRow r) -> r.service() == null ? Integer.MAX_VALUE
                    : r.service().ordinal()).thenComparing(WeekRow::childName)).toList();
        });
    }

    /** Records a child's mark; {@code unplanned} must be said for a child not expected that day. */
    public void mark(Actor actor, long childId, LocalDate date, boolean unplanned, Mark mark) {
        actor.require(Permission.MARK_REGISTER);
        checkNotFuture(date);
        Mark checked = check(mark);
        checkTimesHaveCome(date, checked);
        transactions.run(tx -> {
            checkOpenTo(tx, actor, date);
            Optional<RegisterRepository.OpenEnrolment> enrolment = expectedOn(tx, date).stream()
                    .filter(e -> e.childId() == childId).findFirst();
            if (enrolment.isEmpty() && !unplanned) {
                throw new ValidationException("error.notExpected");
            }
            register.childName(tx, childId).orElseThrow(() -> new ValidationException("error.noSuchChild"));
            register.saveMark(tx, actor, childId, date, enrolment.map(RegisterRepository.OpenEnrolment::enrolmentId).orElse(null),
                    checked, clock.instant());
        });
    }

    /**
     * Marks several children expected on one day in one transaction: all are saved or, if one
     * is refused, none (the sample centre's past weeks).
     */
    public void markDay(Actor actor, LocalDate date, Map<Long, Mark> marks) {
        actor.require(Permission.MARK_REGISTER);
        checkNotFuture(date);
        Map<Long, Mark> checked = new LinkedHashMap<>();
        marks.forEach((childId, mark) -> checked.put(childId, check(mark)));
        transactions.run(tx -> {
            checkOpenTo(tx, actor, date);
            Map<Long, Long> enrolmentOfChild = new HashMap<>();
            expectedOn(tx, date).forEach(e -> enrolmentOfChild.putIfAbsent(e.childId(), e.enrolmentId()));
            checked.forEach((childId, mark) -> {
                Long enrolmentId = enrolmentOfChild.get(childId);
                if (enrolmentId == null) {
                    throw new ValidationException("error.notExpected");
                }
                register.saveMark(tx, actor, childId, date, enrolmentId, mark, clock.instant());
            });
        });
    }

    /** A closed day changes only by a director; the day's row is locked so closing waits for this. */
    private void checkOpenTo(DSLContext tx, Actor actor, LocalDate date) {
        if (register.lockClosedDay(tx, date) && !actor.may(Permission.CONFIRM_EXCEPTIONS)) {
            throw new ValidationException("error.dayClosed");
        }
    }

    /** Closes the day: from now on only a director changes its marks. */
    public void closeDay(Actor actor, LocalDate date) {
        actor.require(Permission.CLOSE_REGISTER);
        checkNotFuture(date);
        transactions.run(tx -> {
            if (register.lockClosedDay(tx, date)) {
                throw new ValidationException("error.dayAlreadyClosed");
            }
            register.closeDay(tx, actor, date, clock.instant());
        });
    }

    private List<RegisterRepository.OpenEnrolment> expectedOn(DSLContext tx, LocalDate date) {
        DayOfWeek weekday = date.getDayOfWeek();
        return register.openOn(tx, date).stream().filter(e -> isExpected(e, weekday)).toList();
    }

    private static boolean isExpected(RegisterRepository.OpenEnrolment enrolment, DayOfWeek weekday) {
        if (enrolment.service().isDayService()) {
            return enrolment.weekdays() != null && enrolment.weekdays().indexOf('0' + weekday.getValue()) >= 0;
        }
        if (enrolment.service() == ServiceType.SHORT_STAY_WEEKDAY) {
            return weekday.getValue() <= DayOfWeek.FRIDAY.getValue();
        }
        return true;
    }

    private void checkNotFuture(LocalDate date) {
        if (date == null) {
            throw new ValidationException("error.required", new Validation.FieldName("field.date"));
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("error.registerFuture");
        }
    }

    /** Today, a child has not "arrived" at a time still to come (a planned arrival typed as a mark). */
    private void checkTimesHaveCome(LocalDate date, Mark mark) {
        if (!date.equals(LocalDate.now(clock)) || !mark.present()) {
            return;
        }
        java.time.LocalTime now = java.time.LocalTime.now(clock);
        if (mark.arrivedAt() != null && mark.arrivedAt().isAfter(now)) {
            throw new ValidationException("error.timeNotYet", new Validation.FieldName("field.arrivedAt"),
                    mark.arrivedAt().toString());
        }
        if (mark.leftAt() != null && mark.leftAt().isAfter(now)) {
            throw new ValidationException("error.timeNotYet", new Validation.FieldName("field.leftAt"),
                    mark.leftAt().toString());
        }
    }

    private static Mark check(Mark mark) {
        String note = Validation.optional(mark.note(), 500, "field.notes");
        if (!mark.present()) {
            return new Mark(false, null, null, null, null,
                    mark.absenceReason() == null ? AbsenceReason.UNKNOWN : mark.absenceReason(), note);
        }
        if (mark.arrivedAt() != null && mark.leftAt() != null && mark.leftAt().isBefore(mark.arrivedAt())) {
            throw new ValidationException("error.leftBeforeArrived");
        }
        return new Mark(true, mark.arrivedAt(), mark.leftAt(),
                Validation.optional(mark.broughtBy(), 200, "field.broughtBy"),
                Validation.optional(mark.collectedBy(), 200, "field.collectedBy"), null, note);
    }
}
