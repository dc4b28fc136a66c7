package org.markaz.aid;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.markaz.children.ChildrenService;
import org.markaz.core.feature.AreaContext;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.AreaView;
import org.markaz.core.ui.ChangeWatch;
import org.markaz.core.ui.ViewLoader;

/**
 * The aid area: hand-outs first (what most users come for), then the stock, one item's history,
 * the fund, the goods received, the requests waiting for an answer and the reports. The fund's
 * forms, the goods received and the requests are the keepers' (bookkeeper, director); the others
 * read them. Each tab reloads when the area is shown again, as hand-outs change the stock.
 */
final class AidArea {

    private AidArea() {
    }

    static AreaView build(AreaContext context) {
        AidService aid = context.services().get(AidService.class);
        var ui = context.ui();
        var actor = context.actor();
        var text = context.text();
        var centres = context.services().centres();
        // the first look, taken as the tabs make their first loads: the first showing reloads nothing then
        ChangeWatch changes = new ChangeWatch(context.services().audit(), actor);
        changes.lookFirst(ui);
        HandoutView handouts = new HandoutView(new HandoutViewModel(ui, actor, aid,
                context.services().get(ChildrenService.class), centres), text);
        StockView stock = new StockView(new StockViewModel(ui, actor, aid), text);
        ItemHistoryView history = new ItemHistoryView(new ItemHistoryViewModel(ui, actor, aid), text);
        FundView fund = new FundView(new FundViewModel(ui, actor, aid), text);
        ReportsView reports = new ReportsView(new ReportsViewModel(ui, actor,
                context.services().get(AidReportService.class), centres), text);
        Map<Tab, Runnable> reloads = new LinkedHashMap<>();
        TabPane tabs = new TabPane();
        tabs.setId("aidTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab handoutsTab = tab("aidTabHandouts", text.text("aid.tab.handouts"), ViewLoader.load(handouts, text));
        reloads.put(handoutsTab, handouts::reload);
        reloads.put(tab("aidTabStock", text.text("aid.tab.stock"), ViewLoader.load(stock, text)), stock::reload);
        reloads.put(tab("aidTabHistory", text.text("aid.tab.history"), history.root()), history::reload);
        reloads.put(tab("aidTabFund", text.text("aid.tab.fund"), ViewLoader.load(fund, text)), fund::reload);
        if (actor.may(Permission.KEEP_AID)) {
            ReceiptsView receipts = new ReceiptsView(new ReceiptsViewModel(ui, actor, aid), text);
            reloads.put(tab("aidTabReceipts", text.text("aid.tab.receipts"), ViewLoader.load(receipts, text)), receipts::reload);
            RequestsViewModel requestsModel = new RequestsViewModel(ui, actor, aid);
            RequestsView requests = new RequestsView(requestsModel, text);
            // approving a request leads to the hand-out form, filled in from it
            requestsModel.setOnApproved(request -> {
                tabs.getSelectionModel().select(handoutsTab);
                handouts.startFrom(request);
            });
            reloads.put(tab("aidTabRequests", text.text("aid.tab.requests"), requests.root()), requests::reload);
        }
        Tab reportsTab = tab("aidTabReports", text.text("aid.tab.reports"), reports.root());
        reloads.put(reportsTab, reports::reload);
        tabs.getTabs().setAll(reloads.keySet());
        // Only the tab in view is read again after a change; the others when they are chosen. The
        // reports, which read a whole period, wait for their tab even the first time.
        Set<Tab> stale = new HashSet<>(Set.of(reportsTab));
        Runnable reloadAfterAChange = () -> {
            stale.addAll(reloads.keySet());
            Tab shown = tabs.getSelectionModel().getSelectedItem();
            if (stale.remove(shown)) {
                reloads.get(shown).run();
            }
        };
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (stale.remove(chosen)) {
                reloads.get(chosen).run();
            } else {
                changes.reloadIfChanged(ui, reloadAfterAChange, message -> { }); // a hand-out saved on another tab
            }
        });
        return new AreaView(tabs, handouts.keysStart(), () -> changes.reloadIfChanged(ui, reloadAfterAChange, message -> { }));
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
