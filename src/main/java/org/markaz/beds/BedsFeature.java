package org.markaz.beds;

import java.util.List;
import java.util.Map;
import org.markaz.admissions.AdmissionsService;
import org.markaz.children.ChildrenService;
import org.markaz.core.feature.AreaSpec;
import org.markaz.core.feature.Feature;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.feature.ScaleShare;
import org.markaz.core.feature.TodayItem;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.AreaView;
import org.markaz.core.ui.ViewLoader;
import org.markaz.core.feature.Services;

/** The bed calendar (Ctrl+3): beds and rooms, bookings, check-in and check-out, the waiting list. */
public final class BedsFeature implements Feature {

    @Override
    public void addServices(Services services) {
        services.add(BedsService.class, new BedsService(services.transactions(), new BedsRepository(services.auditRepository()),
                services.get(AdmissionsService.class), services::recordScope, services.clock()));
    }

    @Override
    public List<AreaSpec> areas() {
        return List.of(new AreaSpec("beds", "nav.beds", 3, Permission.VIEW_BEDS, context -> {
            CalendarViewModel viewModel = new CalendarViewModel(context.ui(), context.actor(),
                    context.services().get(BedsService.class), context.services().get(ChildrenService.class),
                    context.services().centres(), context.services().audit());
            BedsService beds = context.services().get(BedsService.class);
            WaitingListViewModel waiting = new WaitingListViewModel(context.ui(), context.actor(), beds,
                    context.services().get(ChildrenService.class), viewModel::load);
            BedsSettingsViewModel settings = new BedsSettingsViewModel(context.ui(), context.actor(), beds, viewModel::load);
            BedsView view = new BedsView(viewModel, waiting, settings, context.text());
            return new AreaView(ViewLoader.load(view, context.text()), view.keysStart(), viewModel::refreshIfChanged);
        }));
    }

    @Override
    public Map<String, String> auditedTables() {
        return Map.of("bed", "audit.table.bed", "booking", "audit.table.booking", "booking_baby", "audit.table.bookingBaby",
                "bed_request", "audit.table.bedRequest");
    }

    @Override
    public List<TodayItem> todayItems(Services services) {
        return List.of(new BedsTodayItem(services.get(BedsService.class)));
    }

    @Override
    public List<SampleShare> sampleShares() {
        return List.of(new BedsSample());
    }

    @Override
    public List<ScaleShare> scaleShares() {
        return List.of(new BedsScale());
    }

    @Override
    public List<org.markaz.core.feature.IndicatorSource> indicators(Services services) {
        return List.of(new BedsIndicators(services.get(BedsService.class)));
    }
}
