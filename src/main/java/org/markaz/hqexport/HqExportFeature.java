package org.markaz.hqexport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.markaz.aid.AidIndicatorsRepository;
import org.markaz.core.feature.AreaSpec;
import org.markaz.core.feature.Feature;
import org.markaz.core.feature.IndicatorSource;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.feature.Services;
import org.markaz.core.security.Permission;

/**
 * The export for headquarters (Ctrl+0) and the consolidation of several centres' packages. It
 * counts nothing itself but reach: each feature publishes its own indicators
 * ({@link Feature#indicators}), which this feature asks in the order of the features.
 */
public final class HqExportFeature implements Feature {

    private final Supplier<List<Feature>> features;

    /** {@code features}: every feature of the program, asked for their indicators once services are built. */
    public HqExportFeature(Supplier<List<Feature>> features) {
        this.features = features;
    }

    @Override
    public void addServices(Services services) {
        ReachIndicators reach = new ReachIndicators(new ReachIndicatorsRepository());
        Supplier<List<IndicatorSource>> sources = () -> {
            List<IndicatorSource> all = new ArrayList<>(List.of(reach));
            features.get().stream().filter(feature -> feature != this)
                    .forEach(feature -> all.addAll(feature.indicators(services)));
            return all;
        };
        services.add(HqExportService.class, new HqExportService(services.transactions(), services.database().tableWrites(),
                new HqExportRepository(services.auditRepository()), new PackageRecordsRepository(),
                new AidIndicatorsRepository(), services.settings(), memoized(sources),
                actor -> services.centres().current(actor).orElseThrow(), services.centres()::code,
                services.dataDirectory().root(), services.clock()));
        services.add(ConsolidationService.class, new ConsolidationService(services.get(HqExportService.class)));
        services.add(Dhis2SettingsService.class, new Dhis2SettingsService(services.transactions(),
                new HqExportRepository(services.auditRepository()), services.settings(), services.get(HqExportService.class),
                services.centres()::code, services.clock()));
    }

    @Override
    public List<AreaSpec> areas() {
        // Ctrl+0: the tenth key, listed after the audit log (Ctrl+9)
        return List.of(new AreaSpec("hqexport", "nav.hqExport", 0, Permission.EXPORT_HQ, HqExportArea::build));
    }

    @Override
    public List<SampleShare> sampleShares() {
        return List.of(new HqExportSample());
    }

    @Override
    public Map<String, String> auditedTables() {
        return Map.of("hq_export", "audit.table.hqExport", "dhis2_mapping", "audit.table.dhis2Mapping");
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
