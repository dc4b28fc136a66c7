package org.markaz.register;

import static org.markaz.db.Tables.ENROLMENT;
import static org.markaz.db.Tables.REGISTER_MARK;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.markaz.shared.ServiceType;

/** The counting query behind the register's indicator (docs/indicators.md). */
public final class RegisterIndicatorsRepository {

    /** The tables read only through rows dated in the period: the marks, by their day. */
    public static final java.util.Set<String> TABLES_READ_BY_DATE = java.util.Set.of(REGISTER_MARK.getName());

    /**
     * Days marked present in the period per service; unplanned visits (no enrolment) under null.
     * Counted per enrolment first, from the index of marks by day (V19), then the few hundred
     * enrolments looked up: one lookup per mark took most of the time on ten years.
     */
    public Map<ServiceType, Integer> presentDays(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<ServiceType, Integer> days = new LinkedHashMap<>();
        Field<Integer> marks = DSL.count().as("marks");
        Table<?> perEnrolment = dsl.select(REGISTER_MARK.ENROLMENT_ID, marks).from(REGISTER_MARK)
                .where(REGISTER_MARK.ON_DATE.between(from, to)).and(REGISTER_MARK.STATUS.eq(MarkStatus.PRESENT))
                .groupBy(REGISTER_MARK.ENROLMENT_ID).asTable("per_enrolment");
        Field<Long> enrolmentId = perEnrolment.field(REGISTER_MARK.ENROLMENT_ID);
        dsl.select(ENROLMENT.SERVICE, DSL.sum(perEnrolment.field(marks))).from(perEnrolment)
                .leftJoin(ENROLMENT).on(ENROLMENT.ID.eq(enrolmentId))
                .groupBy(ENROLMENT.SERVICE)
                .forEach(r -> days.put(r.value1(), r.value2().intValueExact()));
        return days;
    }
}
