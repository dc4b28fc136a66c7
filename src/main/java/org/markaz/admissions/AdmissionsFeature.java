package org.markaz.admissions;

import java.util.List;
import java.util.Map;
import org.markaz.core.feature.Services;
import org.markaz.core.feature.Feature;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.feature.ScaleShare;

/** Referrals, admissions to services and discharges; shown on the child's card, so no area of its own. */
public final class AdmissionsFeature implements Feature {

    @Override
    public void addServices(Services services) {
        services.add(AdmissionsService.class, new AdmissionsService(services.transactions(),
                new AdmissionsRepository(services.auditRepository()), services::recordScope, services.clock()));
    }

    @Override
    public Map<String, String> auditedTables() {
        return Map.of("referral", "audit.table.referral", "enrolment", "audit.table.enrolment");
    }

    @Override
    public List<SampleShare> sampleShares() {
        return List.of(new AdmissionsSample());
    }

    @Override
    public List<ScaleShare> scaleShares() {
        return List.of(new AdmissionsScale());
    }

    @Override
    public List<org.markaz.core.feature.IndicatorSource> indicators(Services services) {
        return List.of(new AdmissionsIndicators(new AdmissionsIndicatorsRepository()));
    }
}
