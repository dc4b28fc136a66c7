package org.markaz.hqexport;

import java.util.List;
import org.jooq.DSLContext;
import org.markaz.core.feature.IndicatorDefinition;
import org.markaz.core.feature.IndicatorDefinition.Kind;
import org.markaz.core.feature.IndicatorPeriod;
import org.markaz.core.feature.IndicatorSource;
import org.markaz.core.feature.IndicatorValues;
import org.markaz.children.Settlement;
import org.markaz.core.security.Actor;

/**
 * Families supported and individuals reached: the only indicators that span every feature, so
 * the export owns them (docs/indicators.md). A child in two services is counted once.
 */
public final class ReachIndicators implements IndicatorSource {

    public static final String FAMILIES = "FAMILIES_SUPPORTED";
    public static final String CHILDREN = "CHILDREN_REACHED";
    public static final String ADULTS = "ADULTS_REACHED";

    private final ReachIndicatorsRepository repository;

    public ReachIndicators(ReachIndicatorsRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(FAMILIES, "indicator.familiesSupported", Kind.COUNT),
                new IndicatorDefinition(CHILDREN, "indicator.childrenReached", Kind.COUNT),
                new IndicatorDefinition(ADULTS, "indicator.adultsReached", Kind.COUNT));
    }

    /** Marks are read by their day only: a mark on a day outside the period leaves its figures as they were. */
    @Override
    public java.util.Set<String> tablesReadByDate() {
        return ReachIndicatorsRepository.TABLES_READ_BY_DATE;
    }

    @Override
    public void compute(DSLContext tx, Actor actor, IndicatorPeriod period, IndicatorValues values) {
        ReachIndicatorsRepository.Reach reach = repository.reach(tx, period.from(), period.to());
        values.total(FAMILIES, reach.familySettlements().size());
        for (Settlement settlement : List.of(Settlement.RURAL, Settlement.URBAN)) {
            values.by(FAMILIES, "settlement", settlement.name(), settlement.nameKey(),
                    reach.familySettlements().values().stream().filter(settlement.name()::equals).count());
        }
        values.children(CHILDREN, reach.children());
        values.total(ADULTS, reach.carers());
    }
}
