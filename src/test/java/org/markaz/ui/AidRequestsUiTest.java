package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.aid.AidItem;
import org.markaz.aid.AidRequest;
import org.markaz.aid.AidSample;
import org.markaz.aid.AidService;
import org.markaz.aid.HandoutReason;
import org.markaz.aid.RequestStatus;
import org.markaz.aid.StockMove;
import org.markaz.aid.StockMoveKind;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.shared.FamilyRow;
import org.testfx.framework.junit5.Start;

/**
 * The aid's requests, one item's history and the reports, as the bookkeeper uses them: approve a
 * request and find the hand-out form filled in, decline one with a reason (none: refused, nothing
 * written), reverse one stock line, read the reports; and the director asks for aid from a family's card.
 */
class AidRequestsUiTest extends UiTestSupport {

    @Start
    void start(Stage stage) {
        startWindow(stage, true);
    }

    private AidService aid() {
        return services().get(AidService.class);
    }

    private void loadTheAidSample() {
        services().transactions().run(tx -> new AidSample().load(new SampleContext(services())));
    }

    private int count(String table) {
        return services().database().dsl().fetchCount(org.jooq.impl.DSL.table(table));
    }

    /** Two requests, asked by the director (who asks for any family). */
    private FamilyRow twoRequests() {
        Actor director = signedInActor("director", DEMO_PASSWORD);
        FamilyRow family = services().get(org.markaz.children.ChildrenService.class).searchFamilies(director, "", false).get(0);
        aid().requestAid(director, family.id(), HandoutReason.WINTER, "Ангишт ва куртаи зимистона");
        aid().requestAid(director, family.id(), HandoutReason.SCHOOL_START, "Ранец и тетради");
        return family;
    }

    @Test
    void approvingARequestOpensTheHandOutFormFilledInAndDecliningNeedsAReason() {
        loadTheAidSample();
        FamilyRow family = twoRequests();
        signIn("bookkeeper", DEMO_PASSWORD);
        Localization text = shellLanguage();
        clickAndWait("#nav-aid");
        openTab("aidTabRequests");
        TableView<?> pending = lookup("#aidPendingRequests").queryAs(TableView.class);
        assertEquals(2, pending.getItems().size());
        saveScreen("aid-requests-" + text.language().code());

        int requestsDeclined = services().database().dsl().fetchCount(org.jooq.impl.DSL.table("aid_request"),
                org.jooq.impl.DSL.field("status").eq("DECLINED"));
        clickRow("#aidPendingRequests", 0);
        typeInto("#aidDeclineReason", "");
        scrollAndClick("#aidDeclineRequest");
        assertFalse(textOf("#aidRequestsMessage").isEmpty(), "a decline without a reason is refused");
        assertEquals(requestsDeclined, services().database().dsl().fetchCount(org.jooq.impl.DSL.table("aid_request"),
                org.jooq.impl.DSL.field("status").eq("DECLINED")));
        typeInto("#aidDeclineReason", "Ранцы будут в августе");
        scrollAndClick("#aidDeclineRequest");
        assertEquals(1, pending.getItems().size());

        AidRequest waiting = (AidRequest) pending.getItems().get(0);
        clickRow("#aidPendingRequests", 0);
        scrollAndClick("#aidApproveRequest");
        assertEquals(RequestStatus.APPROVED, aid().myRequests(signedInActor("director", DEMO_PASSWORD)).stream()
                .filter(r -> r.id() == waiting.id()).findFirst().orElseThrow().status());
        assertTrue(isShown("#aidFamilyQuery"), "the hand-out form is open");
        assertEquals(family.code(), textOf("#aidFamilyQuery"));
        assertEquals(waiting.what(), textOf("#aidHandoutNote"));
        ListView<?> families = lookup("#aidFamilies").queryAs(ListView.class);
        assertEquals(family.id(), ((FamilyRow) families.getSelectionModel().getSelectedItem()).id());
        saveScreen("aid-request-approved-" + text.language().code());
    }

    @Test
    void oneStockLineIsReversedFromTheItemsHistory() {
        loadTheAidSample();
        signIn("bookkeeper", DEMO_PASSWORD);
        Localization text = shellLanguage();
        Actor bookkeeper = signedInActor("bookkeeper", DEMO_PASSWORD);
        AidItem parcel = aid().items(bookkeeper).stream().filter(i -> i.details().nameEn().equals("Food parcel"))
                .findFirst().orElseThrow();
        clickAndWait("#nav-aid");
        openTab("aidTabHistory");
        choose("#aidHistoryItem", parcel.name(text.language()));
        TableView<?> moves = lookup("#aidItemMoves").queryAs(TableView.class);
        assertFalse(moves.getItems().isEmpty());
        saveScreen("aid-history-" + text.language().code());
        int donation = -1;
        for (int i = 0; i < moves.getItems().size(); i++) {
            StockMove move = (StockMove) moves.getItems().get(i);
            if (move.kind() == StockMoveKind.DONATION && move.reversedBy() == null) {
                donation = i;
                break;
            }
        }
        assertTrue(donation >= 0, "the sample has parcels donated in kind");
        int lines = count("aid_stock_move");
        int index = donation;
        interact(() -> moves.scrollTo(index));
        clickRow("#aidItemMoves", donation);
        typeInto("#aidHistoryReason", "");
        scrollAndClick("#aidHistoryReverse");
        assertEquals(lines, count("aid_stock_move"), "no reason: nothing written");
        assertFalse(textOf("#aidHistoryMessage").isEmpty());
        typeInto("#aidHistoryReason", "Ошибочно введено дважды");
        scrollAndClick("#aidHistoryReverse");
        assertEquals(lines + 1, count("aid_stock_move"));
    }

    @Test
    void theReportsShowAidByCategoryAndFamilyAndTheSpendingChart() {
        loadTheAidSample();
        signIn("director", DEMO_PASSWORD);
        Localization text = shellLanguage();
        clickAndWait("#nav-aid");
        openTab("aidTabReports");
        interact(() -> lookup("#aidReportFrom").queryAs(javafx.scene.control.DatePicker.class).setValue(today().minusYears(1)));
        scrollAndClick("#aidReportShow");
        assertFalse(lookup("#aidByFamily").queryAs(TableView.class).getItems().isEmpty());
        assertFalse(lookup("#aidSpendingChart").queryAs(StackedBarChart.class).getData().isEmpty());
        saveScreen("aid-reports-" + text.language().code());
    }

    @Test
    void theDirectorAsksForAidFromTheFamilysCard() {
        loadTheAidSample();
        signIn("director", DEMO_PASSWORD);
        clickAndWait("#nav-children");
        clickRow("#childResults", 0);
        openTab("familyAid");
        int requests = count("aid_request");
        typeInto("#familyAidRequestWhat", "");
        scrollAndClick("#familyAidRequestSend");
        assertEquals(requests, count("aid_request"), "nothing asked: refused, nothing written");
        typeInto("#familyAidRequestWhat", "Бастаи озуқа барои ду ҳафта");
        scrollAndClick("#familyAidRequestSend");
        assertEquals(requests + 1, count("aid_request"));
        assertEquals(1, lookup("#familyAidRequests").queryAs(TableView.class).getItems().size());
        saveScreen("aid-family-request");
    }
}
