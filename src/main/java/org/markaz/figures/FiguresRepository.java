package org.markaz.figures;

import org.markaz.register.MarkStatus;
import static org.markaz.db.Tables.ENROLMENT;
import static org.markaz.db.Tables.REGISTER_MARK;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;

/** The counting queries behind the figures. */
public final class FiguresRepository {

    public Map<ServiceType, Integer> admissionsByService(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<ServiceType, Integer> counts = new EnumMap<>(ServiceType.class);
        dsl.select(ENROLMENT.SERVICE, DSL.count()).from(ENROLMENT).where(ENROLMENT.STARTS_ON.between(from, to))
                .groupBy(ENROLMENT.SERVICE)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    public Map<DischargeOutcome, Integer> dischargesByOutcome(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<DischargeOutcome, Integer> counts = new EnumMap<>(DischargeOutcome.class);
        dsl.select(ENROLMENT.DISCHARGE_OUTCOME, DSL.count()).from(ENROLMENT).where(ENROLMENT.ENDS_ON.between(from, to))
                .groupBy(ENROLMENT.DISCHARGE_OUTCOME)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Children staying at the centre on a day: residential enrolments open then. */
    public int residentsOn(DSLContext dsl, LocalDate day, List<ServiceType> residentialServices) {
        // still open, and ended on or after the day: two index reads, where one OR read every enrolment
        var residential = ENROLMENT.SERVICE.in(residentialServices).and(ENROLMENT.STARTS_ON.le(day));
        return dsl.fetchCount(dsl.select(ENROLMENT.CHILD_ID).from(ENROLMENT).where(ENROLMENT.ENDS_ON.isNull()).and(residential)
                .union(dsl.select(ENROLMENT.CHILD_ID).from(ENROLMENT).where(ENROLMENT.ENDS_ON.ge(day)).and(residential)));
    }

    /** Lengths in days (end minus start) of the stays of these services that ended in the period. */
    public List<Long> stayLengthsEnded(DSLContext dsl, LocalDate from, LocalDate to, List<ServiceType> services) {
        return dsl.select(ENROLMENT.STARTS_ON, ENROLMENT.ENDS_ON).from(ENROLMENT)
                .where(ENROLMENT.SERVICE.in(services)).and(ENROLMENT.ENDS_ON.between(from, to))
                .fetch(r -> ChronoUnit.DAYS.between(r.value1(), r.value2()));
    }

    /** Per service: marked days and present days in the period (unplanned visits are not a service). */
    public Map<ServiceType, Figures.Attendance> attendance(DSLContext dsl, LocalDate from, LocalDate to) {
        // Counted per enrolment first, from the marks' date index, then summed per service: joining
        // first made H2 walk every enrolment's marks (0.9 s on the 10-year dataset instead of ~20 ms).
        var present = DSL.count().filterWhere(REGISTER_MARK.STATUS.eq(MarkStatus.PRESENT)).as("present");
        var marked = DSL.count().as("marked");
        var perEnrolment = dsl.select(REGISTER_MARK.ENROLMENT_ID, present, marked).from(REGISTER_MARK)
                .where(REGISTER_MARK.ON_DATE.between(from, to)).and(REGISTER_MARK.ENROLMENT_ID.isNotNull())
                .groupBy(REGISTER_MARK.ENROLMENT_ID)
                .fetchMap(REGISTER_MARK.ENROLMENT_ID);
        Map<ServiceType, Figures.Attendance> attendance = new EnumMap<>(ServiceType.class);
        if (perEnrolment.isEmpty()) {
            return attendance;
        }
        Map<Long, ServiceType> services = dsl.select(ENROLMENT.ID, ENROLMENT.SERVICE).from(ENROLMENT)
                .where(ENROLMENT.ID.in(perEnrolment.keySet())).fetchMap(ENROLMENT.ID, ENROLMENT.SERVICE);
        perEnrolment.forEach((enrolmentId, counts) -> attendance.merge(services.get(enrolmentId),
                new Figures.Attendance(counts.get(present), counts.get(marked)),
                (a, b) -> new Figures.Attendance(a.presentDays() + b.presentDays(), a.markedDays() + b.markedDays())));
        return attendance;
    }
}
