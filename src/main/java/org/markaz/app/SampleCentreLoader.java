package org.markaz.app;

import org.markaz.core.feature.Services;
import org.markaz.sample.SampleCentre;

/** Writes the sample centre into an open, empty centre: every feature's share, in one transaction. */
public final class SampleCentreLoader {

    private SampleCentreLoader() {
    }

    public static void load(Services services) {
        SampleCentre.load(services);
    }
}
