package org.markaz.register;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.markaz.core.feature.IndicatorDefinition;
import org.markaz.core.feature.IndicatorPeriod;
import org.markaz.core.feature.IndicatorSource;
import org.markaz.core.feature.IndicatorValues;
import org.markaz.core.security.Actor;
import org.markaz.shared.ServiceType;

/** Attendance days by service, from the daily register (docs/indicators.md). */
public final class RegisterIndicators implements IndicatorSource {

    public static final String ATTENDANCE_DAYS = "ATTENDANCE_DAYS";
    /** The category of the visits marked with no enrolment ("unplanned" in the register). */
    public static final String UNPLANNED = "UNPLANNED";

    private final RegisterIndicatorsRepository repository;

    public RegisterIndicators(RegisterIndicatorsRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(ATTENDANCE_DAYS, "indicator.attendanceDays", IndicatorDefinition.Kind.COUNT));
    }

    /** Marks are read by their day only: a mark on a day outside the period leaves its figures as they were. */
    @Override
    public java.util.Set<String> tablesReadByDate() {
        return RegisterIndicatorsRepository.TABLES_READ_BY_DATE;
    }

    @Override
    public void compute(DSLContext tx, Actor actor, IndicatorPeriod period, IndicatorValues values) {
        Map<ServiceType, Integer> days = repository.presentDays(tx, period.from(), period.to());
        values.total(ATTENDANCE_DAYS, days.values().stream().mapToInt(Integer::intValue).sum());
        for (ServiceType service : ServiceType.values()) {
            values.by(ATTENDANCE_DAYS, "service", service.name(), service.nameKey(), days.getOrDefault(service, 0));
        }
        values.by(ATTENDANCE_DAYS, "service", UNPLANNED, "register.unplanned", days.getOrDefault(null, 0));
    }
}
