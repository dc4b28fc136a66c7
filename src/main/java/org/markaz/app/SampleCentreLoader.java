package org.markaz.app;

import org.markaz.core.demo.Samples;
import org.markaz.core.feature.Services;

/** Writes the sample centre into an open, empty centre: the core's share and every feature's, in one transaction. */
public final class SampleCentreLoader {

    private SampleCentreLoader() {
    }

    public static void load(Services services) {
        Samples.loadSampleCentre(services, Features.all());
    }
}
