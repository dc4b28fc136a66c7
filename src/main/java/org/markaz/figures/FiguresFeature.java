package org.markaz.figures;

import java.util.List;
import org.markaz.beds.BedsService;
import org.markaz.core.feature.Services;
import org.markaz.core.feature.AreaSpec;
import org.markaz.core.feature.Feature;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.AreaView;
import org.markaz.core.ui.ViewLoader;

/**
 * Reports and figures (Ctrl+7): admissions, discharges, length of stay, attendance, for a period,
 * saved as a PDF or a spreadsheet to take away.
 */
public final class FiguresFeature implements Feature {

    @Override
    public void addServices(Services services) {
        FiguresService figures = new FiguresService(services.transactions(), new FiguresRepository(), services.clock(),
                services.get(BedsService.class));
        services.add(FiguresService.class, figures);
        services.add(FiguresExportService.class, new FiguresExportService(figures, services.centres(), services.clock()));
        services.add(SaveTargets.class, new SaveTargets());
    }

    @Override
    public List<AreaSpec> areas() {
        return List.of(new AreaSpec("reports", "nav.reports", 7, Permission.VIEW_FIGURES, context -> {
            var services = context.services();
            ExportTargets targets = services.get(SaveTargets.class).orElse(new FileChooserTargets(context.text()));
            FiguresViewModel viewModel = new FiguresViewModel(context.ui(), context.actor(), services.get(FiguresService.class),
                    services.get(FiguresExportService.class), targets, services.audit());
            var root = ViewLoader.load(new FiguresView(viewModel, context.text()), context.text());
            return new AreaView(root, root, viewModel::refreshIfChanged);
        }));
    }
}
