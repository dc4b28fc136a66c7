package org.markaz.today;

import java.util.List;
import org.markaz.core.feature.Services;
import org.markaz.core.feature.AreaSpec;
import org.markaz.core.feature.Feature;
import org.markaz.core.ui.AreaView;
import org.markaz.core.ui.ViewLoader;

/** Today (Ctrl+1): the cards every feature puts there for the user signed in. */
public final class TodayFeature implements Feature {

    @Override
    public void addServices(Services services) {
        // Today reads what the other features tell it
    }

    @Override
    public List<AreaSpec> areas() {
        return List.of(new AreaSpec("today", "nav.today", 1, null, context -> {
            TodayViewModel viewModel = new TodayViewModel(context.ui(), context.actor(), context.services().audit(),
                    context.todayItems());
            var root = ViewLoader.load(new TodayView(viewModel), context.text());
            return new AreaView(root, root, viewModel::load);
        }));
    }
}
