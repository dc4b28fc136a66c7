package org.markaz.cases;

import java.util.List;
import org.markaz.core.i18n.Named;

/**
 * The eight SHANARRI wellbeing indicators of GIRFEC, each with the guidance shown for its four
 * scores (1 = serious concern, 2 = some concern, 3 = mostly met, 4 = fully met; docs/decisions/0015).
 */
public enum Indicator implements Named {
    SAFE("indicator.safe", List.of("guidance.safe.1", "guidance.safe.2", "guidance.safe.3", "guidance.safe.4")),
    HEALTHY("indicator.healthy", List.of("guidance.healthy.1", "guidance.healthy.2", "guidance.healthy.3", "guidance.healthy.4")),
    ACHIEVING("indicator.achieving", List.of("guidance.achieving.1", "guidance.achieving.2", "guidance.achieving.3",
            "guidance.achieving.4")),
    NURTURED("indicator.nurtured", List.of("guidance.nurtured.1", "guidance.nurtured.2", "guidance.nurtured.3",
            "guidance.nurtured.4")),
    ACTIVE("indicator.active", List.of("guidance.active.1", "guidance.active.2", "guidance.active.3", "guidance.active.4")),
    RESPECTED("indicator.respected", List.of("guidance.respected.1", "guidance.respected.2", "guidance.respected.3",
            "guidance.respected.4")),
    RESPONSIBLE("indicator.responsible", List.of("guidance.responsible.1", "guidance.responsible.2",
            "guidance.responsible.3", "guidance.responsible.4")),
    INCLUDED("indicator.included", List.of("guidance.included.1", "guidance.included.2", "guidance.included.3",
            "guidance.included.4"));

    public static final int LOWEST_SCORE = 1;
    public static final int HIGHEST_SCORE = 4;

    private final String nameKey;
    private final List<String> guidanceKeys;

    Indicator(String nameKey, List<String> guidanceKeys) {
        this.nameKey = nameKey;
        this.guidanceKeys = guidanceKeys;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }

    /** The key of the guidance for a score from 1 to 4. */
    public String guidanceKey(int score) {
        return guidanceKeys.get(score - LOWEST_SCORE);
    }
}
