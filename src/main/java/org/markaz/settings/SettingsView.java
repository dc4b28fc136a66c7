package org.markaz.settings;

import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.markaz.core.backup.BackupRestorer.PreparedRestore;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.UiContext;
import org.markaz.core.ui.ViewLoader;

/** The Settings area: one tab per part, only those the role may see. */
public final class SettingsView {

    private SettingsView() {
    }

    public static Parent create(UiContext context, Actor actor, BiConsumer<PreparedRestore, Localization> onRestoreReady) {
        Localization text = context.localization();
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(tab("settings.tab.centre", "tab-centre",
                () -> ViewLoader.load(new CentreSettingsView(new CentreSettingsViewModel(context, actor)), text), text));
        if (actor.may(Permission.VIEW_STAFF)) {
            tabs.getTabs().add(tab("settings.tab.staff", "tab-staff",
                    () -> ViewLoader.load(new StaffView(new StaffViewModel(context, actor), text), text), text));
        }
        tabs.getTabs().add(tab("settings.tab.account", "tab-account",
                () -> ViewLoader.load(new MyAccountView(new MyAccountViewModel(context, actor)), text), text));
        if (actor.may(Permission.MAKE_BACKUP) || actor.may(Permission.RESTORE_BACKUP)) {
            tabs.getTabs().add(tab("settings.tab.backups", "tab-backups",
                    () -> ViewLoader.load(new BackupsView(new BackupsViewModel(context, actor, onRestoreReady)), text), text));
        }
        return tabs;
    }

    /** Tabs build their content when first opened, so Settings opens as fast as its first tab. */
    private static Tab tab(String titleKey, String id, Supplier<Parent> content, Localization text) {
        Tab tab = new Tab(text.text(titleKey));
        tab.setId(id);
        if (tab.isSelected()) {
            tab.setContent(content.get());
        }
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }
}
