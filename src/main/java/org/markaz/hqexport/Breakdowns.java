package org.markaz.hqexport;

import java.util.Map;
import org.markaz.core.feature.IndicatorValues;
import org.markaz.core.i18n.Localization;

/**
 * A cell's breakdown as a reader reads it ("Sex: Girl", "Age: 0-2"): the package keeps the codes
 * ("sex:F") for the programs that read it; the screen and the summary PDF show these.
 */
final class Breakdowns {

    private static final Map<String, String> DIMENSION_KEYS = Map.ofEntries(
            Map.entry("sex", "hq.dimension.sex"),
            Map.entry("age", "hq.dimension.age"),
            Map.entry("disability", "hq.dimension.disability"),
            Map.entry("service", "hq.dimension.service"),
            Map.entry("unit", "hq.dimension.unit"),
            Map.entry("outcome", "hq.dimension.outcome"),
            Map.entry("decision", "hq.dimension.decision"),
            Map.entry("type", "hq.dimension.type"),
            Map.entry("category", "hq.dimension.category"),
            Map.entry("district", "hq.dimension.district"),
            Map.entry("settlement", "hq.dimension.settlement"));

    private Breakdowns() {
    }

    /** Empty for an indicator's total. */
    static String label(IndicatorValues.Value cell, Localization text) {
        if (cell.dimension().isEmpty()) {
            return "";
        }
        String key = DIMENSION_KEYS.get(cell.dimension());
        String dimension = key == null ? cell.dimension() : text.text(key);
        String category = cell.categoryKey() == null ? cell.category() : text.text(cell.categoryKey());
        return dimension + ": " + category;
    }
}
