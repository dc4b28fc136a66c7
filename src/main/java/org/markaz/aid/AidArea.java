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
 * The aid area: hand-outs first (what most users come for), then the stock, the fund and the goods
 * received. The fund's forms and the goods received are the keepers' (bookkeeper, director); the
 * others read them. Each tab reloads when the area is shown again, as hand-outs change the stock.
 */
final class AidArea {

    private AidArea() {
    }

    static AreaView build(AreaContext context) {
        AidService aid = context.services().get(AidService.class);
        var ui = context.ui();
        var actor = context.actor();
        var text = context.text();
        HandoutView handouts = new HandoutView(new HandoutViewModel(ui, actor, aid,
                context.services().get(ChildrenService.class)), text);
        StockView stock = new StockView(new StockViewModel(ui, actor, aid), text);
        FundView fund = new FundView(new FundViewModel(ui, actor, aid), text);
        List<Runnable> reloads = new ArrayList<>();
        TabPane tabs = new TabPane();
        tabs.setId("aidTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(tab("aidTabHandouts", text.text("aid.tab.handouts"), ViewLoader.load(handouts, text)));
        tabs.getTabs().add(tab("aidTabStock", text.text("aid.tab.stock"), ViewLoader.load(stock, text)));
        tabs.getTabs().add(tab("aidTabFund", text.text("aid.tab.fund"), ViewLoader.load(fund, text)));
        reloads.add(handouts::reload);
        reloads.add(stock::reload);
        reloads.add(fund::reload);
        if (actor.may(Permission.KEEP_AID)) {
            ReceiptsView receipts = new ReceiptsView(new ReceiptsViewModel(ui, actor, aid), text);
            tabs.getTabs().add(tab("aidTabReceipts", text.text("aid.tab.receipts"), ViewLoader.load(receipts, text)));
            reloads.add(receipts::reload);
        }
        return new AreaView(tabs, handouts.keysStart(), () -> reloads.forEach(Runnable::run));
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
