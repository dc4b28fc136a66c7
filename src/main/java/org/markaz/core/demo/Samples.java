package org.markaz.core.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.markaz.core.feature.Feature;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.feature.ScaleContext;
import org.markaz.core.feature.ScaleShare;
import org.markaz.core.feature.Services;

/**
 * The sample centre and the 10-year scale dataset, each made of the core's share and then every
 * feature's, in the order of the features (a share finds what the earlier ones left), in one
 * transaction: a cut or a broken file half-way leaves nothing half-made (docs/design.md §3.4, §5.1).
 */
public final class Samples {

    private Samples() {
    }

    /** Writes the sample centre (sample-data/khujand/) into an open, empty centre, through the services. */
    public static void loadSampleCentre(Services services, List<Feature> features) {
        services.transactions().run(tx -> {
            SampleContext context = new SampleContext(services);
            new CoreSample().load(context);
            for (Feature feature : features) {
                for (SampleShare share : feature.sampleShares()) {
                    share.load(context);
                }
            }
        });
    }

    /** Fills an empty, migrated database with the scale dataset; returns the rows written per table. */
    public static Map<String, Integer> generateScaleDataset(Services services, List<Feature> features, long seed) {
        return services.transactions().result(tx -> {
            ScaleContext context = new ScaleContext(services, tx, seed);
            Map<String, Integer> written = new LinkedHashMap<>(new CoreScale().generate(context));
            for (Feature feature : features) {
                for (ScaleShare share : feature.scaleShares()) {
                    written.putAll(share.generate(context));
                }
            }
            return written;
        });
    }
}
