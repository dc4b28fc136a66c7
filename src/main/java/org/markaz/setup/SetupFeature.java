package org.markaz.setup;

import org.markaz.core.feature.Services;
import org.markaz.core.feature.Feature;

/** The first start of a new data folder: the centre and its first administrator. */
public final class SetupFeature implements Feature {

    @Override
    public void addServices(Services services) {
        services.add(SetupService.class, new SetupService(services.transactions(), services.centres(), services.staff()));
    }
}
