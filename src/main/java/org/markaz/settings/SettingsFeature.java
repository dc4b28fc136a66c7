package org.markaz.settings;

import java.util.List;
import org.markaz.core.support.SupportService;
import org.markaz.core.feature.Services;
import org.markaz.core.feature.AreaSpec;
import org.markaz.core.feature.Feature;
import org.markaz.core.ui.AreaView;

/** Settings (Ctrl+8): the centre, staff and users, the user's own account, backups, and About. */
public final class SettingsFeature implements Feature {

    @Override
    public void addServices(Services services) {
        // the centre, staff and backup services are the core's; About reads the data folder and the last backup
        services.add(SupportService.class, new SupportService(services.dataDirectory(), services.backups()));
    }

    @Override
    public List<AreaSpec> areas() {
        return List.of(new AreaSpec("settings", "nav.settings", 8, null, context -> {
            var ui = context.ui();
            var actor = context.actor();
            var services = context.services();
            var root = SettingsView.create(actor, context.text(), new SettingsView.Tabs(
                    () -> new CentreSettingsViewModel(ui, actor, services.centres()),
                    () -> new StaffViewModel(ui, actor, services.staff()),
                    () -> new MyAccountViewModel(ui, actor, services.accounts()),
                    () -> new BackupsViewModel(ui, actor, services, context.onRestoreReady()),
                    () -> new AboutViewModel(ui, actor, services.get(SupportService.class))));
            return AreaView.changedOnlyByItself(root, root);
        }));
    }
}
