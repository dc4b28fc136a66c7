package org.markaz.hqexport;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.markaz.core.feature.AreaContext;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.AreaView;
import org.markaz.core.ui.ChangeWatch;
import org.markaz.core.ui.ViewLoader;

/**
 * The headquarters area (Ctrl+0): the export, the consolidation of several centres' packages
 * (for those who may consolidate: a headquarters copy of Markaz), and the DHIS2 settings.
 */
final class HqExportArea {

    private HqExportArea() {
    }

    static AreaView build(AreaContext context) {
        var text = context.text();
        // the first look, taken as the view makes its first count: the first opening counts nothing again then
        ChangeWatch changes = new ChangeWatch(context.services().audit(), context.actor());
        changes.lookFirst(context.ui());
        HqExportViewModel exportModel = new HqExportViewModel(context.ui(), context.actor(),
                context.services().get(HqExportService.class));
        HqExportView export = new HqExportView(exportModel, text);
        TabPane tabs = new TabPane();
        tabs.setId("hqTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(tab("hqTabExport", text.text("hq.tab.export"), ViewLoader.load(export, text)));
        if (context.actor().may(Permission.CONSOLIDATE_PACKAGES)) {
            ConsolidationView consolidation = new ConsolidationView(new ConsolidationViewModel(context.ui(), context.actor(),
                    context.services().get(ConsolidationService.class)), text);
            tabs.getTabs().add(tab("hqTabConsolidate", text.text("hq.tab.consolidate"), ViewLoader.load(consolidation, text)));
        }
        // the DHIS2 ids shape the package only: set by those who make it
        Dhis2SettingsView dhis2 = new Dhis2SettingsView(new Dhis2SettingsViewModel(context.ui(), context.actor(),
                context.services().get(Dhis2SettingsService.class)), text);
        Tab dhis2Tab = tab("hqTabDhis2", text.text("hq.tab.dhis2"), new javafx.scene.layout.StackPane());
        tabs.getTabs().add(dhis2Tab);
        // counting two years for the list of cells takes a second: only once the tab is opened
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen == dhis2Tab && dhis2Tab.getContent() instanceof javafx.scene.layout.StackPane) {
                dhis2Tab.setContent(ViewLoader.load(dhis2, text));
            }
        });
        // the view counted its table when built, behind the first screen after sign-in; each opening
        // asks again after a change, and only the sources whose tables changed count again (ADR 0028)
        return new AreaView(tabs, export.keysStart(), () -> changes.reloadIfChanged(context.ui(), exportModel::show, message -> { }));
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
