package org.markaz.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.markaz.beds.BedFigures;
import org.markaz.beds.BedUnit;
import org.markaz.beds.BedsService;
import org.markaz.core.db.Transactions;
import org.markaz.shared.ServiceType;
import org.markaz.core.Validation.FieldName;
import org.markaz.core.ValidationException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * Computes the centre's figures in one place, for the screen, the command line and (later) the
 * headquarters export, so they always agree.
 */
public final class FiguresService {

    /** Markaz's records start in this century; a date outside it is a typing slip, not a period. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** The fields a refused period names, so the screen shows the refusal next to the date that is wrong. */
    public static final String FROM_FIELD = "audit.from";
    public static final String TO_FIELD = "audit.to";

    private final Transactions transactions;
    private final FiguresRepository figures;
    private final Clock clock;
    private final BedsService beds;

    public FiguresService(Transactions transactions, FiguresRepository figures, Clock clock, BedsService beds) {
        this.transactions = transactions;
        this.figures = figures;
        this.clock = clock;
        this.beds = beds;
    }

    /**
     * The days the figures of a period count: refused when a date is missing, the dates are the
     * wrong way round, a date lies outside 2000-2100 or the period starts after today; a period
     * that ends after today is counted up to today. Reads nothing, so the screen may ask first.
     */
    public FiguresPeriod period(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new ValidationException("error.periodNeeded", new FieldName(from == null ? FROM_FIELD : TO_FIELD));
        }
        if (from.isBefore(EARLIEST) || from.isAfter(LATEST) || to.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            boolean fromWrong = from.isBefore(EARLIEST) || from.isAfter(LATEST);
            throw new ValidationException("error.periodOutOfRange", EARLIEST.getYear(), LATEST.getYear(),
                    new FieldName(fromWrong ? FROM_FIELD : TO_FIELD));
        }
        if (to.isBefore(from)) {
            throw new ValidationException("error.datesReversed", new FieldName(TO_FIELD));
        }
        LocalDate today = LocalDate.now(clock);
        if (from.isAfter(today)) {
            throw new ValidationException("error.periodNotYet", new FieldName(FROM_FIELD));
        }
        return new FiguresPeriod(from, to.isAfter(today) ? today : to, to);
    }

    public Figures compute(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Permission.VIEW_FIGURES);
        FiguresPeriod period = period(from, to);
        List<ServiceType> residential = services(ServiceType::isResidential);
        List<ServiceType> shortStays = services(ServiceType::isShortStay);
        LocalDate first = period.from();
        LocalDate last = period.to();
        return transactions.result(tx -> {
            var admissions = figures.admissionsByService(tx, first, last);
            var discharges = figures.dischargesByOutcome(tx, first, last);
            List<Long> stays = figures.stayLengthsEnded(tx, first, last, shortStays).stream().sorted().toList();
            return new Figures(first, last, sum(admissions), admissions, sum(discharges), discharges,
                    figures.residentsOn(tx, last, residential), stays.size(), average(stays), median(stays),
                    figures.attendance(tx, first, last), period.askedTo(), beds.figures(actor, first, last));
        });
    }

    /** The figures as named values, one per line of the command line's CSV (and, later, the export). */
    public static Map<String, String> asNamedValues(Figures f) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("period.from", f.from().toString());
        values.put("period.to", f.to().toString());
        values.put("admissions", Integer.toString(f.admissions()));
        for (ServiceType service : ServiceType.values()) {
            values.put("admissions." + service.name(), Integer.toString(f.admissionsByService().getOrDefault(service, 0)));
        }
        values.put("discharges", Integer.toString(f.discharges()));
        for (var outcome : org.markaz.shared.DischargeOutcome.values()) {
            values.put("discharges." + outcome.name(), Integer.toString(f.dischargesByOutcome().getOrDefault(outcome, 0)));
        }
        values.put("residents.onLastDay", Integer.toString(f.residentsOnLastDay()));
        values.put("shortStay.ended", Integer.toString(f.shortStaysEnded()));
        values.put("shortStay.averageDays", f.averageShortStayDays() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", f.averageShortStayDays()));
        values.put("shortStay.medianDays", f.medianShortStayDays() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", f.medianShortStayDays()));
        for (ServiceType service : ServiceType.values()) {
            Figures.Attendance a = f.attendance().get(service);
            values.put("attendance." + service.name(), a == null ? "" : String.format(java.util.Locale.ROOT, "%.3f", a.rate()));
        }
        BedFigures b = f.beds();
        for (BedUnit unit : BedUnit.values()) {
            values.put("bedNights.taken." + unit.name(), Integer.toString(b.nightsOccupied().getOrDefault(unit, 0)));
            values.put("bedNights.inUse." + unit.name(), Integer.toString(b.nightsAvailable().getOrDefault(unit, 0)));
        }
        values.put("bedStays.respiteChildren", Integer.toString(b.childrenGivenRespite()));
        values.put("bedStays.respiteFamilies", Integer.toString(b.familiesGivenRespite()));
        values.put("bedStays.motherAndBaby", Integer.toString(b.motherAndBabyStays()));
        values.put("bedStays.averageNights", b.averageStayNights() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", b.averageStayNights()));
        values.put("bedRequests.neverBooked", Integer.toString(b.turnedAway()));
        return values;
    }

    private static List<ServiceType> services(java.util.function.Predicate<ServiceType> which) {
        return Arrays.stream(ServiceType.values()).filter(which).toList();
    }

    private static int sum(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Double average(List<Long> sorted) {
        return sorted.isEmpty() ? null : sorted.stream().mapToLong(Long::longValue).average().orElseThrow();
    }

    private static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
