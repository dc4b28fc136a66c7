package org.markaz.settings;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.ViewLoader;

/** The Settings area: one tab per part, only those the role may see. */
public final class SettingsView {

    private SettingsView() {
    }

    /** The view models each tab binds to, made only when the tab is first opened. */
    public record Tabs(Supplier<CentreSettingsViewModel> centre, Supplier<StaffViewModel> staff,
                       Supplier<MyAccountViewModel> account, Supplier<BackupsViewModel> backups,
                       Supplier<AboutViewModel> about) {
    }

    public static Parent create(Actor actor, Localization text, Tabs models) {
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(tab("settings.tab.centre", "tab-centre",
                () -> ViewLoader.load(new CentreSettingsView(models.centre().get()), text), text));
        if (actor.may(Permission.VIEW_STAFF)) {
            tabs.getTabs().add(tab("settings.tab.staff", "tab-staff",
                    () -> ViewLoader.load(new StaffView(models.staff().get(), text), text), text));
        }
        tabs.getTabs().add(tab("settings.tab.account", "tab-account",
                () -> ViewLoader.load(new MyAccountView(models.account().get()), text), text));
        if (actor.may(Permission.MAKE_BACKUP) || actor.may(Permission.RESTORE_BACKUP)) {
            tabs.getTabs().add(tab("settings.tab.backups", "tab-backups",
                    () -> ViewLoader.load(new BackupsView(models.backups().get()), text), text));
        }
        tabs.getTabs().add(tab("settings.tab.about", "tab-about",
                () -> ViewLoader.load(new AboutView(models.about().get()), text), text));
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
