package org.markaz.register;

import static org.markaz.db.Tables.ENROLMENT;
import static org.markaz.db.Tables.REGISTER_MARK;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.markaz.shared.ServiceType;

/** The counting query behind the register's indicator (docs/indicators.md). */
public final class RegisterIndicatorsRepository {

    /** Days marked present in the period per service; unplanned visits (no enrolment) under null. */
    public Map<ServiceType, Integer> presentDays(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<ServiceType, Integer> days = new LinkedHashMap<>();
        dsl.select(ENROLMENT.SERVICE, DSL.count()).from(REGISTER_MARK)
                .leftJoin(ENROLMENT).on(ENROLMENT.ID.eq(REGISTER_MARK.ENROLMENT_ID))
                .where(REGISTER_MARK.ON_DATE.between(from, to)).and(REGISTER_MARK.STATUS.eq(MarkStatus.PRESENT))
                .groupBy(ENROLMENT.SERVICE)
                .forEach(r -> days.put(r.value1(), r.value2()));
        return days;
    }
}
