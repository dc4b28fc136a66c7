package org.markaz.aid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.markaz.core.feature.IndicatorDefinition;
import org.markaz.core.feature.IndicatorDefinition.Kind;
import org.markaz.core.feature.IndicatorPeriod;
import org.markaz.core.feature.IndicatorSource;
import org.markaz.core.feature.IndicatorValues;
import org.markaz.core.security.Actor;

/**
 * Families given in-kind aid and its value by category (docs/indicators.md). A hand-out carries no
 * price, so each item is valued at the average price of what came in of it (purchases at their
 * price, donations at their estimated value) up to the period's last day.
 */
public final class AidIndicators implements IndicatorSource {

    public static final String FAMILIES = "AID_FAMILIES";
    public static final String VALUE = "AID_VALUE_SOMONI";

    private final AidIndicatorsRepository repository;

    public AidIndicators(AidIndicatorsRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(FAMILIES, "indicator.aidFamilies", Kind.COUNT),
                new IndicatorDefinition(VALUE, "indicator.aidValue", Kind.SOMONI));
    }

    @Override
    public void compute(DSLContext tx, Actor actor, IndicatorPeriod period, IndicatorValues values) {
        values.total(FAMILIES, repository.familiesGivenAid(tx, period.from(), period.to()));
        Map<AidCategory, Long> diram = new EnumMap<>(AidCategory.class);
        for (AidIndicatorsRepository.ItemHanded item : repository.handedByItem(tx, period.from(), period.to())) {
            diram.merge(item.category(), valueDiram(item), Long::sum);
        }
        values.total(VALUE, somoni(diram.values().stream().mapToLong(Long::longValue).sum()));
        for (AidCategory category : AidCategory.values()) {
            values.by(VALUE, "category", category.name(), category.nameKey(), somoni(diram.getOrDefault(category, 0L)));
        }
    }

    /** Quantity handed times the item's average price received, to the nearest diram (half up); zero if nothing came in. */
    public static long valueDiram(AidIndicatorsRepository.ItemHanded item) {
        if (item.receivedQuantity() == 0) {
            return 0;
        }
        return BigDecimal.valueOf(item.quantity()).multiply(BigDecimal.valueOf(item.receivedDiram()))
                .divide(BigDecimal.valueOf(item.receivedQuantity()), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal somoni(long diram) {
        return BigDecimal.valueOf(diram, 2);
    }
}
