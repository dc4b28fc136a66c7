package org.markaz.aid;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.markaz.children.ChildrenService;
import org.markaz.core.feature.AreaContext;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.AreaView;
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
        HandoutView handouts = new HandoutView(new HandoutViewModel(ui, actor, aid,
                context.services().get(ChildrenService.class), centres), text);
        StockView stock = new StockView(new StockViewModel(ui, actor, aid), text);
        ItemHistoryView history = new ItemHistoryView(new ItemHistoryViewModel(ui, actor, aid), text);
        FundView fund = new FundView(new FundViewModel(ui, actor, aid), text);
        ReportsView reports = new ReportsView(new ReportsViewModel(ui, actor,
                context.services().get(AidReportService.class), centres), text);
        List<Runnable> reloads = new ArrayList<>();
        TabPane tabs = new TabPane();
        tabs.setId("aidTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab handoutsTab = tab("aidTabHandouts", text.text("aid.tab.handouts"), ViewLoader.load(handouts, text));
        tabs.getTabs().add(handoutsTab);
        tabs.getTabs().add(tab("aidTabStock", text.text("aid.tab.stock"), ViewLoader.load(stock, text)));
        tabs.getTabs().add(tab("aidTabHistory", text.text("aid.tab.history"), history.root()));
        tabs.getTabs().add(tab("aidTabFund", text.text("aid.tab.fund"), ViewLoader.load(fund, text)));
        reloads.add(handouts::reload);
        reloads.add(stock::reload);
        reloads.add(history::reload);
        reloads.add(fund::reload);
        if (actor.may(Permission.KEEP_AID)) {
            ReceiptsView receipts = new ReceiptsView(new ReceiptsViewModel(ui, actor, aid), text);
            tabs.getTabs().add(tab("aidTabReceipts", text.text("aid.tab.receipts"), ViewLoader.load(receipts, text)));
            reloads.add(receipts::reload);
            RequestsViewModel requestsModel = new RequestsViewModel(ui, actor, aid);
            RequestsView requests = new RequestsView(requestsModel, text);
            // approving a request leads to the hand-out form, filled in from it
            requestsModel.setOnApproved(request -> {
                tabs.getSelectionModel().select(handoutsTab);
                handouts.startFrom(request);
            });
            tabs.getTabs().add(tab("aidTabRequests", text.text("aid.tab.requests"), requests.root()));
            reloads.add(requests::reload);
        }
        // the reports read a whole period: only while their tab is open, so the area itself opens quickly
        Tab reportsTab = tab("aidTabReports", text.text("aid.tab.reports"), reports.root());
        reportsTab.setOnSelectionChanged(event -> {
            if (reportsTab.isSelected()) {
                reports.reload();
            }
        });
        tabs.getTabs().add(reportsTab);
        reloads.add(() -> {
            if (reportsTab.isSelected()) {
                reports.reload();
            }
        });
        return new AreaView(tabs, handouts.keysStart(), () -> reloads.forEach(Runnable::run));
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
