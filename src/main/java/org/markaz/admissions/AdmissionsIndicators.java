package org.markaz.admissions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.markaz.core.feature.IndicatorDefinition;
import org.markaz.core.feature.IndicatorDefinition.Kind;
import org.markaz.core.feature.IndicatorPeriod;
import org.markaz.core.feature.IndicatorSource;
import org.markaz.core.feature.IndicatorValues;
import org.markaz.core.security.Actor;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;

/** Referrals, admissions, discharges, lengths of stay and short stays: defined in docs/indicators.md. */
public final class AdmissionsIndicators implements IndicatorSource {

    public static final String REFERRALS = "REFERRALS_NEW";
    public static final String ADMISSIONS = "ADMISSIONS";
    public static final String DISCHARGES = "DISCHARGES";
    public static final String STAY_AVERAGE = "STAY_DAYS_AVERAGE";
    public static final String STAY_MEDIAN = "STAY_DAYS_MEDIAN";
    public static final String SHORT_STAY_LAST_DAY = "SHORT_STAY_LAST_DAY";

    private final AdmissionsIndicatorsRepository repository;

    public AdmissionsIndicators(AdmissionsIndicatorsRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(REFERRALS, "indicator.referralsNew", Kind.COUNT),
                new IndicatorDefinition(ADMISSIONS, "indicator.admissions", Kind.COUNT),
                new IndicatorDefinition(DISCHARGES, "indicator.discharges", Kind.COUNT),
                new IndicatorDefinition(STAY_AVERAGE, "indicator.stayDaysAverage", Kind.DECIMAL),
                new IndicatorDefinition(STAY_MEDIAN, "indicator.stayDaysMedian", Kind.DECIMAL),
                new IndicatorDefinition(SHORT_STAY_LAST_DAY, "indicator.shortStayLastDay", Kind.COUNT));
    }

    @Override
    public void compute(DSLContext tx, Actor actor, IndicatorPeriod period, IndicatorValues values) {
        var referrals = repository.referrals(tx, period.from(), period.to());
        values.children(REFERRALS, referrals.stream().map(AdmissionsIndicatorsRepository.Referred::child).toList());
        for (ReferralDecision decision : ReferralDecision.values()) {
            values.by(REFERRALS, "decision", decision.name(), decision.nameKey(), referrals.stream().filter(r -> r.decision() == decision).count());
        }
        var admissions = repository.admissions(tx, period.from(), period.to());
        values.children(ADMISSIONS, admissions.stream().map(AdmissionsIndicatorsRepository.Enrolled::child).toList());
        byService(values, ADMISSIONS, admissions);
        var discharges = repository.discharges(tx, period.from(), period.to());
        values.children(DISCHARGES, discharges.stream().map(AdmissionsIndicatorsRepository.Enrolled::child).toList());
        byService(values, DISCHARGES, discharges);
        for (DischargeOutcome outcome : DischargeOutcome.values()) {
            values.by(DISCHARGES, "outcome", outcome.name(), outcome.nameKey(), discharges.stream().filter(d -> d.outcome() == outcome).count());
        }
        stays(values, discharges);
        List<ServiceType> shortStays = Arrays.stream(ServiceType.values()).filter(ServiceType::isShortStay).toList();
        values.children(SHORT_STAY_LAST_DAY, repository.enrolledOn(tx, period.to(), shortStays));
    }

    private static void byService(IndicatorValues values, String code, List<AdmissionsIndicatorsRepository.Enrolled> rows) {
        for (ServiceType service : ServiceType.values()) {
            values.by(code, "service", service.name(), service.nameKey(), rows.stream().filter(r -> r.service() == service).count());
        }
    }

    /** Average and median days of the stays that ended, over all services and per service (none when no stay ended). */
    private static void stays(IndicatorValues values, List<AdmissionsIndicatorsRepository.Enrolled> discharges) {
        values.total(STAY_AVERAGE, average(days(discharges, d -> true)));
        values.total(STAY_MEDIAN, median(days(discharges, d -> true)));
        for (ServiceType service : ServiceType.values()) {
            List<Long> days = days(discharges, d -> d.service() == service);
            if (!days.isEmpty()) {
                values.by(STAY_AVERAGE, "service", service.name(), service.nameKey(), average(days));
                values.by(STAY_MEDIAN, "service", service.name(), service.nameKey(), median(days));
            }
        }
    }

    private static List<Long> days(List<AdmissionsIndicatorsRepository.Enrolled> rows,
                                   Predicate<AdmissionsIndicatorsRepository.Enrolled> which) {
        return rows.stream().filter(which).map(AdmissionsIndicatorsRepository.Enrolled::days).sorted().toList();
    }

    static BigDecimal average(List<Long> days) {
        if (days.isEmpty()) {
            return null;
        }
        long sum = days.stream().mapToLong(Long::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(days.size()), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        BigDecimal value = sorted.size() % 2 == 1 ? BigDecimal.valueOf(sorted.get(middle))
                : BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.valueOf(2));
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
