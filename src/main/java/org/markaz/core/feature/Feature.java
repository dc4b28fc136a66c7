package org.markaz.core.feature;

import java.util.List;
import java.util.Map;

/**
 * What a feature adds to Markaz, described in one place (docs/design.md §3.4): its services, its
 * areas in the main window, the tables it audits, its cards on Today, and its share of the sample
 * centre and of the scale dataset. The application holds the list of features; adding one is a
 * new folder and one line in that list. A feature may use the services of those listed before it.
 */
public interface Feature {

    /** Builds this feature's services into {@code services}. */
    void addServices(Services services);

    /** The feature's areas in the main window, each with its title, shortcut and who may open it. */
    default List<AreaSpec> areas() {
        return List.of();
    }

    /** The tables whose changes this feature audits, each with the message key naming its records in the audit log. */
    default Map<String, String> auditedTables() {
        return Map.of();
    }

    /** Tabs this feature adds to the card of the children and families screen. */
    default List<CardTabSpec> cardTabs() {
        return List.of();
    }

    /** What this feature shows on Today. */
    default List<TodayItem> todayItems(Services services) {
        return List.of();
    }

    /** This feature's part of the sample centre, loaded after the parts of the features listed before it. */
    default List<SampleShare> sampleShares() {
        return List.of();
    }

    /** The indicators of the headquarters export that this feature counts (ADR 0020). */
    default List<IndicatorSource> indicators(Services services) {
        return List.of();
    }

    /** This feature's part of the 10-year scale dataset, generated after those of the features listed before it. */
    default List<ScaleShare> scaleShares() {
        return List.of();
    }
}
