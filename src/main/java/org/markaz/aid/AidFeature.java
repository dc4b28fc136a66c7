package org.markaz.aid;

import java.util.List;
import java.util.Map;
import org.markaz.cases.CaseloadService;
import org.markaz.core.feature.AreaSpec;
import org.markaz.core.feature.CardTabSpec;
import org.markaz.core.feature.TodayItem;
import org.markaz.core.feature.Feature;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.feature.ScaleShare;
import org.markaz.core.feature.Services;
import org.markaz.core.security.Permission;

/** Families Together (Ctrl+6): the in-kind aid fund, its stock and its hand-outs to families. */
public final class AidFeature implements Feature {

    @Override
    public void addServices(Services services) {
        AidRepository repository = new AidRepository(services.auditRepository(), services.clock());
        services.add(AidService.class, new AidService(services.transactions(), repository, services.clock(),
                services.get(CaseloadService.class)));
        services.add(AidReportService.class, new AidReportService(services.transactions(), repository,
                new AidReportRepository(), services.clock()));
    }

    @Override
    public List<AreaSpec> areas() {
        return List.of(new AreaSpec("aid", "nav.aid", 6, Permission.VIEW_AID, AidArea::build));
    }

    @Override
    public List<CardTabSpec> cardTabs() {
        return List.of(new CardTabSpec("familyAid", "aid.familyTab", Permission.VIEW_FAMILY_AID, context -> new FamilyAidTab(
                new FamilyAidViewModel(context.ui(), context.actor(), context.services().get(AidService.class)), context.text())));
    }

    @Override
    public List<TodayItem> todayItems(Services services) {
        return List.of(new ExpiringTodayItem(services.get(AidService.class)));
    }

    @Override
    public Map<String, String> auditedTables() {
        return Map.of("aid_item", "audit.table.aidItem", "aid_purchase", "audit.table.aidPurchase",
                "aid_purchase_line", "audit.table.aidPurchaseLine", "aid_fund_entry", "audit.table.aidFundEntry",
                "aid_stock_move", "audit.table.aidStockMove", "aid_handout", "audit.table.aidHandout",
                "aid_handout_line", "audit.table.aidHandoutLine", "aid_request", "audit.table.aidRequest");
    }

    @Override
    public List<SampleShare> sampleShares() {
        return List.of(new AidSample());
    }

    @Override
    public List<ScaleShare> scaleShares() {
        return List.of(new AidScale());
    }

    @Override
    public List<org.markaz.core.feature.IndicatorSource> indicators(Services services) {
        return List.of(new AidIndicators(new AidIndicatorsRepository()));
    }
}
