package org.markaz.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.markaz.admissions.AdmissionsFeature;
import org.markaz.beds.BedsFeature;
import org.markaz.cases.CasesFeature;
import org.markaz.aid.AidFeature;
import org.markaz.children.ChildrenFeature;
import org.markaz.core.feature.Services;
import org.markaz.audit.AuditLogFeature;
import org.markaz.today.BackupTodayItem;
import org.markaz.core.feature.AreaSpec;
import org.markaz.core.feature.CardTabSpec;
import org.markaz.core.feature.Feature;
import org.markaz.core.feature.TodayItem;
import org.markaz.figures.FiguresFeature;
import org.markaz.hqexport.HqExportFeature;
import org.markaz.register.RegisterFeature;
import org.markaz.settings.SettingsFeature;
import org.markaz.setup.SetupFeature;
import org.markaz.today.TodayFeature;

/**
 * The features of Markaz, in the order their services are built (a feature may use those before
 * it). Adding a feature is a new folder and one line here (docs/design.md §3.4).
 */
public final class Features {

    private static final List<Feature> FEATURES = withAuditLog(List.of(
            new SetupFeature(),
            new TodayFeature(),
            new ChildrenFeature(),
            new AdmissionsFeature(),
            new RegisterFeature(),
            new BedsFeature(),
            new CasesFeature(),
            new AidFeature(),
            new FiguresFeature(),
            new HqExportFeature(Features::all),
            new SettingsFeature()));

    private Features() {
    }

    public static List<Feature> all() {
        return FEATURES;
    }

    /** The audit log names the records of every audited table, the core's and each feature's. */
    private static List<Feature> withAuditLog(List<Feature> features) {
        Map<String, String> tableNames = new LinkedHashMap<>(org.markaz.audit.AuditLogViewModel.CORE_TABLE_NAMES);
        features.forEach(feature -> tableNames.putAll(feature.auditedTables()));
        List<Feature> all = new ArrayList<>(features);
        all.add(new AuditLogFeature(Map.copyOf(tableNames)));
        return List.copyOf(all);
    }

    /** Every audited table with the key naming its records, the core's and each feature's. */
    public static Map<String, String> auditedTables() {
        Map<String, String> tables = new LinkedHashMap<>();
        FEATURES.forEach(feature -> tables.putAll(feature.auditedTables()));
        return tables;
    }

    /** The areas of the main window, by their shortcut digit. */
    public static List<AreaSpec> areas() {
        return FEATURES.stream().flatMap(feature -> feature.areas().stream())
                .sorted(Comparator.comparingInt(Features::keyOrder)).toList();
    }

    /** Ctrl+0 is the tenth key: its area comes after Ctrl+9's. */
    private static int keyOrder(AreaSpec area) {
        return area.shortcutDigit() == 0 ? 10 : area.shortcutDigit();
    }

    /** The tabs the features add to the children screen's card, in the features' order. */
    public static List<CardTabSpec> cardTabs() {
        return FEATURES.stream().flatMap(feature -> feature.cardTabs().stream()).toList();
    }

    /** Today's cards: the backup's (the core's), then each feature's. */
    public static List<TodayItem> todayItems(Services services) {
        List<TodayItem> items = new ArrayList<>();
        FEATURES.forEach(feature -> items.addAll(feature.todayItems(services)));
        items.add(new BackupTodayItem(services.backups(), services.clock()));
        return items;
    }
}
