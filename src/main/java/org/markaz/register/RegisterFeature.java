package org.markaz.register;

import java.util.List;
import java.util.Map;
import org.markaz.children.ChildrenService;
import org.markaz.core.feature.Services;
import org.markaz.core.feature.AreaSpec;
import org.markaz.core.feature.Feature;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.feature.ScaleShare;
import org.markaz.core.feature.TodayItem;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.AreaView;
import org.markaz.core.ui.ViewLoader;

/** The daily register (Ctrl+2), and on Today the children absent several scheduled days in a row. */
public final class RegisterFeature implements Feature {

    @Override
    public void addServices(Services services) {
        services.add(RegisterService.class, new RegisterService(services.transactions(),
                new RegisterRepository(services.auditRepository(), services.database().tableWrites()), services.centres(), services.clock()));
    }

    @Override
    public List<AreaSpec> areas() {
        return List.of(new AreaSpec("register", "nav.register", 2, Permission.VIEW_REGISTER, context -> {
            RegisterViewModel viewModel = new RegisterViewModel(context.ui(), context.actor(),
                    context.services().get(RegisterService.class), context.services().get(ChildrenService.class),
                    context.services().centres(), context.services().audit());
            RegisterView view = new RegisterView(viewModel, context.text());
            return new AreaView(ViewLoader.load(view, context.text()), view.keysStart(), viewModel::refreshIfChanged);
        }));
    }

    @Override
    public Map<String, String> auditedTables() {
        return Map.of("register_mark", "audit.table.registerMark", "register_day", "audit.table.registerDay");
    }

    @Override
    public List<TodayItem> todayItems(Services services) {
        return List.of(new AbsencesTodayItem(services.get(RegisterService.class), services.centres()));
    }

    @Override
    public List<SampleShare> sampleShares() {
        return List.of(new RegisterSample());
    }

    @Override
    public List<ScaleShare> scaleShares() {
        return List.of(new RegisterScale());
    }

    @Override
    public List<org.markaz.core.feature.IndicatorSource> indicators(Services services) {
        return List.of(new RegisterIndicators(new RegisterIndicatorsRepository()));
    }
}
