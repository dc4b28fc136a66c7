package org.markaz.cases;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.markaz.core.feature.IndicatorDefinition;
import org.markaz.core.feature.IndicatorDefinition.Kind;
import org.markaz.core.feature.IndicatorPeriod;
import org.markaz.core.feature.IndicatorSource;
import org.markaz.core.feature.IndicatorValues;
import org.markaz.core.security.Actor;

/** Cases opened and closed, completed programmes, the outcomes headquarters count, care plan reviews (docs/indicators.md). */
public final class CasesIndicators implements IndicatorSource {

    public static final String OPENED = "CASES_OPENED";
    public static final String CLOSED = "CASES_CLOSED";
    public static final String COMPLETED = "PROGRAMMES_COMPLETED";
    public static final String RELINQUISHMENTS_PREVENTED = "RELINQUISHMENTS_PREVENTED";
    public static final String REINTEGRATED = "CHILDREN_REINTEGRATED";
    public static final String PROTECTED = "CHILDREN_PROTECTED";
    public static final String REVIEWS_ON_TIME = "PLAN_REVIEWS_ON_TIME";
    public static final String REVIEWS_OVERDUE = "PLAN_REVIEWS_OVERDUE";
    public static final String PARENTING_GROUPS = "PARENTING_GROUPS_RUN";
    public static final String PARENTING_SESSIONS = "PARENTING_SESSIONS_HELD";
    public static final String PARENTING_CARERS = "PARENTING_CARERS_ATTENDED";

    /** Outcomes that mean a programme stopped before it was completed. */
    static final List<CaseOutcome> STOPPED_EARLY = List.of(CaseOutcome.MOVED_AWAY, CaseOutcome.DISENGAGED,
            CaseOutcome.TRANSFERRED);

    private final CasesIndicatorsRepository repository;

    public CasesIndicators(CasesIndicatorsRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(OPENED, "indicator.casesOpened", Kind.COUNT),
                new IndicatorDefinition(CLOSED, "indicator.casesClosed", Kind.COUNT),
                new IndicatorDefinition(COMPLETED, "indicator.programmesCompleted", Kind.COUNT),
                new IndicatorDefinition(RELINQUISHMENTS_PREVENTED, "indicator.relinquishmentsPrevented", Kind.COUNT),
                new IndicatorDefinition(REINTEGRATED, "indicator.childrenReintegrated", Kind.COUNT),
                new IndicatorDefinition(PROTECTED, "indicator.childrenProtected", Kind.COUNT),
                new IndicatorDefinition(REVIEWS_ON_TIME, "indicator.planReviewsOnTime", Kind.COUNT),
                new IndicatorDefinition(REVIEWS_OVERDUE, "indicator.planReviewsOverdue", Kind.COUNT),
                new IndicatorDefinition(PARENTING_GROUPS, "indicator.parentingGroupsRun", Kind.COUNT),
                new IndicatorDefinition(PARENTING_SESSIONS, "indicator.parentingSessionsHeld", Kind.COUNT),
                new IndicatorDefinition(PARENTING_CARERS, "indicator.parentingCarersAttended", Kind.COUNT));
    }

    @Override
    public void compute(DSLContext tx, Actor actor, IndicatorPeriod period, IndicatorValues values) {
        byType(values, OPENED, repository.opened(tx, period.from(), period.to()));
        byType(values, CLOSED, repository.closed(tx, period.from(), period.to()));
        var outcomes = repository.closedByOutcome(tx, period.from(), period.to());
        for (CaseOutcome outcome : CaseOutcome.values()) {
            values.by(CLOSED, "outcome", outcome.name(), outcome.nameKey(), outcomes.getOrDefault(outcome, 0));
        }
        values.total(COMPLETED, repository.programmesCompleted(tx, period.from(), period.to(), STOPPED_EARLY));
        values.children(RELINQUISHMENTS_PREVENTED, children(tx, period, List.of(CaseOutcome.RELINQUISHMENT_PREVENTED)));
        var reintegrated = repository.childrenOfCasesClosedWith(tx, period.from(), period.to(),
                List.of(CaseOutcome.RETURNED_TO_PARENTS, CaseOutcome.PLACED_WITH_KIN));
        values.children(REINTEGRATED, reintegrated.stream().map(CasesIndicatorsRepository.ChildOfCase::child).toList());
        reintegrated.stream().map(CasesIndicatorsRepository.ChildOfCase::district).distinct().sorted()
                .forEach(district -> values.by(REINTEGRATED, "district", district,
                        reintegrated.stream().filter(c -> c.district().equals(district)).count()));
        values.children(PROTECTED, children(tx, period, List.of(CaseOutcome.PROTECTED_FROM_HARM)));
        int[] reviews = repository.reviewsOnTimeAndOverdue(tx, period.from(), period.to());
        values.total(REVIEWS_ON_TIME, reviews[0]);
        values.total(REVIEWS_OVERDUE, reviews[1]);
        int[] groups = repository.parentingGroups(tx, period.from(), period.to());
        values.total(PARENTING_GROUPS, groups[0]);
        values.total(PARENTING_SESSIONS, groups[1]);
        values.total(PARENTING_CARERS, groups[2]);
    }

    private List<org.markaz.core.feature.CountedChild> children(DSLContext tx, IndicatorPeriod period, List<CaseOutcome> outcomes) {
        return repository.childrenOfCasesClosedWith(tx, period.from(), period.to(), outcomes).stream()
                .map(CasesIndicatorsRepository.ChildOfCase::child).toList();
    }

    private static void byType(IndicatorValues values, String code, Map<CaseType, Integer> counts) {
        values.total(code, counts.values().stream().mapToInt(Integer::intValue).sum());
        for (CaseType type : CaseType.values()) {
            values.by(code, "type", type.name(), type.nameKey(), counts.getOrDefault(type, 0));
        }
    }
}
