package org.markaz.figures;

import java.util.List;
import org.markaz.core.feature.Services;
import org.markaz.core.feature.AreaSpec;
import org.markaz.core.feature.Feature;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.AreaView;
import org.markaz.core.ui.ViewLoader;

/** Reports and figures (Ctrl+7): admissions, discharges, length of stay, attendance, for a period. */
public final class FiguresFeature implements Feature {

    @Override
    public void addServices(Services services) {
        services.add(FiguresService.class, new FiguresService(services.transactions(), new FiguresRepository()));
    }

    @Override
    public List<AreaSpec> areas() {
        return List.of(new AreaSpec("reports", "nav.reports", 7, Permission.VIEW_FIGURES, context -> {
            FiguresViewModel viewModel = new FiguresViewModel(context.ui(), context.actor(),
                    context.services().get(FiguresService.class), context.services().audit());
            var root = ViewLoader.load(new FiguresView(viewModel, context.text()), context.text());
            return new AreaView(root, root, viewModel::refreshIfChanged);
        }));
    }
}
