package org.markaz.hqexport;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.markaz.core.feature.IndicatorDefinition;
import org.markaz.core.feature.IndicatorValues;

/** Every indicator of a period: the catalogue in its order and the values the features counted. */
public record IndicatorTable(ExportPeriod period, List<IndicatorDefinition> definitions, IndicatorValues values) {

    public Map<String, IndicatorDefinition> byCode() {
        return definitions.stream().collect(Collectors.toMap(IndicatorDefinition::code, Function.identity()));
    }

    /** The cells in the catalogue's order: each indicator's total first, then its disaggregations as put. */
    public List<IndicatorValues.Value> cells() {
        List<String> order = definitions.stream().map(IndicatorDefinition::code).toList();
        return values.all().stream()
                .sorted(java.util.Comparator.comparingInt((IndicatorValues.Value v) -> order.indexOf(v.code()))
                        .thenComparing(v -> !v.dimension().isEmpty()))
                .toList();
    }
}
