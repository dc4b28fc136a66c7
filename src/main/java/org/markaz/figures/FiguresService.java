package org.markaz.figures;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.markaz.core.db.Transactions;
import org.markaz.shared.ServiceType;
import org.markaz.core.ValidationException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * Computes the centre's figures in one place, for the screen, the command line and (later) the
 * headquarters export, so they always agree.
 */
public final class FiguresService {

    /** Markaz's records start in this century; a date outside it is a typing slip, not a period. */
    static final java.time.LocalDate EARLIEST = java.time.LocalDate.of(2000, 1, 1);
    static final java.time.LocalDate LATEST = java.time.LocalDate.of(2100, 12, 31);

    private final Transactions transactions;
    private final FiguresRepository figures;

    public FiguresService(Transactions transactions, FiguresRepository figures) {
        this.transactions = transactions;
        this.figures = figures;
    }

    public Figures compute(Actor actor, java.time.LocalDate from, java.time.LocalDate to) {
        actor.require(Permission.VIEW_FIGURES);
        if (from == null || to == null) {
            throw new ValidationException("error.periodNeeded");
        }
        if (to.isBefore(from)) {
            throw new ValidationException("error.datesReversed");
        }
        if (from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw new ValidationException("error.periodOutOfRange", EARLIEST.getYear(), LATEST.getYear());
        }
        List<ServiceType> residential = services(ServiceType::isResidential);
        List<ServiceType> shortStays = services(ServiceType::isShortStay);
        return transactions.result(tx -> {
            var admissions = figures.admissionsByService(tx, from, to);
            var discharges = figures.dischargesByOutcome(tx, from, to);
            List<Long> stays = figures.stayLengthsEnded(tx, from, to, shortStays).stream().sorted().toList();
            return new Figures(from, to, sum(admissions), admissions, sum(discharges), discharges,
                    figures.residentsOn(tx, to, residential), stays.size(), average(stays), median(stays),
                    figures.attendance(tx, from, to));
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
