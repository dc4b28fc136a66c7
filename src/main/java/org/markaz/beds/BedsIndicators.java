package org.markaz.beds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jooq.DSLContext;
import org.markaz.core.feature.IndicatorDefinition;
import org.markaz.core.feature.IndicatorDefinition.Kind;
import org.markaz.core.feature.IndicatorPeriod;
import org.markaz.core.feature.IndicatorSource;
import org.markaz.core.feature.IndicatorValues;
import org.markaz.core.security.Actor;

/**
 * Bed nights, occupancy, respite and mother-and-baby stays (docs/indicators.md): taken from the
 * beds' own figures ({@link BedsService#figures}), which the reports use too, so both agree.
 */
public final class BedsIndicators implements IndicatorSource {

    public static final String BED_NIGHTS = "BED_NIGHTS";
    public static final String OCCUPANCY = "BED_OCCUPANCY_PERCENT";
    public static final String RESPITE_CHILDREN = "RESPITE_CHILDREN";
    public static final String RESPITE_FAMILIES = "RESPITE_FAMILIES";
    public static final String MOTHER_AND_BABY = "MOTHER_BABY_STAYS";

    private final BedsService beds;

    public BedsIndicators(BedsService beds) {
        this.beds = beds;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(BED_NIGHTS, "indicator.bedNights", Kind.COUNT),
                new IndicatorDefinition(OCCUPANCY, "indicator.bedOccupancy", Kind.DECIMAL),
                new IndicatorDefinition(RESPITE_CHILDREN, "indicator.respiteChildren", Kind.COUNT),
                new IndicatorDefinition(RESPITE_FAMILIES, "indicator.respiteFamilies", Kind.COUNT),
                new IndicatorDefinition(MOTHER_AND_BABY, "indicator.motherBabyStays", Kind.COUNT));
    }

    @Override
    public void compute(DSLContext tx, Actor actor, IndicatorPeriod period, IndicatorValues values) {
        BedFigures figures = beds.figures(actor, period.from(), period.to());
        int occupied = figures.nightsOccupied().values().stream().mapToInt(Integer::intValue).sum();
        int available = figures.nightsAvailable().values().stream().mapToInt(Integer::intValue).sum();
        values.total(BED_NIGHTS, occupied);
        for (BedUnit unit : BedUnit.values()) {
            values.by(BED_NIGHTS, "unit", unit.name(), unit.nameKey(), figures.nightsOccupied().getOrDefault(unit, 0));
        }
        values.total(OCCUPANCY, percent(occupied, available));
        for (BedUnit unit : BedUnit.values()) {
            BigDecimal percent = percent(figures.nightsOccupied().getOrDefault(unit, 0),
                    figures.nightsAvailable().getOrDefault(unit, 0));
            if (percent != null) {
                values.by(OCCUPANCY, "unit", unit.name(), unit.nameKey(), percent);
            }
        }
        values.total(RESPITE_CHILDREN, figures.childrenGivenRespite());
        values.total(RESPITE_FAMILIES, figures.familiesGivenRespite());
        values.total(MOTHER_AND_BABY, figures.motherAndBabyStays());
    }

    /** Occupied nights per hundred available, to one decimal; none when no bed was in use. */
    static BigDecimal percent(int occupied, int available) {
        return available == 0 ? null
                : BigDecimal.valueOf(100L * occupied).divide(BigDecimal.valueOf(available), 1, RoundingMode.HALF_UP);
    }
}
