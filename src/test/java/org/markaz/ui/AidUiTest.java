package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.aid.AidSample;
import org.markaz.aid.AidService;
import org.markaz.aid.HandoutRow;
import org.markaz.aid.StockLevel;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.testfx.framework.junit5.Start;

/** The bookkeeper hands out aid in Russian, as the check describes; too much is refused and changes nothing. */
class AidUiTest extends UiTestSupport {

    @Start
    void start(Stage stage) {
        startWindow(stage, true);
    }

    /** The aid's year of the sample centre, loaded off the JavaFX thread (it takes a while on a busy machine). */
    private void loadTheAidSample() {
        services().transactions().run(tx -> new AidSample().load(new SampleContext(services())));
    }

    private AidService aid() {
        return services().get(AidService.class);
    }

    private StockLevel parcels(Actor actor) {
        return aid().stock(actor).stream().filter(s -> s.item().details().nameEn().equals("Food parcel")).findFirst().orElseThrow();
    }

    private String itemChoice(StockLevel level, Localization text) {
        return text.text("aid.itemWithStock", level.item().name(text.language()),
                text.text("aid.quantityOf", level.onHand(), text.text(level.item().details().unit().nameKey())));
    }

    private void openAidAs(String username) {
        loadTheAidSample();
        signIn(username, DEMO_PASSWORD);
        clickAndWait("#nav-aid");
        assertTrue(isShown("#aidFamilyQuery"));
    }

    private void fillHandout(Localization text, StockLevel item, int quantity) {
        typeInto("#aidFamilyQuery", "");
        clickAndWait("#aidFamilyFind");
        ListView<?> families = lookup("#aidFamilies").queryAs(ListView.class);
        assertFalse(families.getItems().isEmpty(), "the bookkeeper finds families");
        interact(() -> families.getSelectionModel().select(0));
        choose("#aidLineItem", itemChoice(item, text));
        typeInto("#aidLineQuantity", Integer.toString(quantity));
        scrollAndClick("#aidAddLine");
    }

    @Test
    void bookkeeperHandsAFamilyAParcelAndTheStockGoesDown() {
        openAidAs("bookkeeper");
        Actor bookkeeper = signedInActor("bookkeeper", DEMO_PASSWORD);
        Localization text = shellLanguage();
        StockLevel before = parcels(bookkeeper);
        int handouts = services().database().dsl().fetchCount(org.jooq.impl.DSL.table("aid_handout"));
        saveScreen("aid-handouts-" + text.language().code());

        fillHandout(text, before, 1);
        scrollAndClick("#aidRecordHandout");

        assertEquals(before.onHand() - 1, parcels(bookkeeper).onHand());
        assertEquals(handouts + 1, services().database().dsl().fetchCount(org.jooq.impl.DSL.table("aid_handout")));
        TableView<?> recent = lookup("#aidRecent").queryAs(TableView.class);
        HandoutRow newest = (HandoutRow) recent.getItems().get(0);
        assertEquals(List.of(1), newest.items().stream().map(HandoutRow.Item::quantity).toList());
        assertEquals("", textOf("#aidHandoutMessage"));
    }

    /** Reversing asks why, with OK and Cancel in the user's language, and the reason given reverses the hand-out. */
    @Test
    void bookkeeperReversesAHandOutGivingTheReasonAsked() {
        openAidAs("bookkeeper");
        Actor bookkeeper = signedInActor("bookkeeper", DEMO_PASSWORD);
        Localization text = shellLanguage();
        HandoutRow first = (HandoutRow) lookup("#aidRecent").queryAs(TableView.class).getItems().get(0);
        clickRow("#aidRecent", 0);

        clickOn("#aidReverseHandout");
        waitUntilIdle();
        Button ok = lookup(".dialog-pane .button").match((javafx.scene.Node n) -> n instanceof Button b && b.isDefaultButton())
                .queryAs(Button.class);
        assertEquals(text.text("dialog.ok"), ok.getText());
        interact(() -> lookup(".dialog-pane .text-field").queryAs(TextField.class).setText("Ба оилаи дигар дода шуд"));
        clickOn(ok);
        waitUntilIdle();

        assertTrue(aid().handouts(bookkeeper, first.on(), first.on()).stream()
                .anyMatch(row -> row.id() == first.id() && row.reversed()), "the hand-out is reversed");
    }

    @Test
    void handingOutMoreThanIsInStockIsRefusedAndNothingChanges() {
        openAidAs("bookkeeper");
        Actor bookkeeper = signedInActor("bookkeeper", DEMO_PASSWORD);
        Localization text = shellLanguage();
        StockLevel before = parcels(bookkeeper);
        int handouts = services().database().dsl().fetchCount(org.jooq.impl.DSL.table("aid_handout"));

        fillHandout(text, before, before.onHand() + 1);
        scrollAndClick("#aidRecordHandout");

        assertEquals(text.text("error.aidNotEnoughStock", before.item().name(text.language()), before.onHand()),
                textOf("#aidHandoutMessage"));
        assertEquals(before.onHand(), parcels(bookkeeper).onHand());
        assertEquals(handouts, services().database().dsl().fetchCount(org.jooq.impl.DSL.table("aid_handout")));
    }

    @Test
    void theStockFundAndReceiptsTabsShowTheLedgers() {
        openAidAs("bookkeeper");
        Localization text = shellLanguage();
        openTab("aidTabStock");
        assertFalse(lookup("#aidStock").queryAs(TableView.class).getItems().isEmpty());
        saveScreen("aid-stock-" + text.language().code());
        openTab("aidTabFund");
        long balance = aid().fundBalance(signedInActor("bookkeeper", DEMO_PASSWORD));
        assertEquals(text.text("aid.balance", org.markaz.aid.Money.format(balance)), textOf("#aidBalance"));
        saveScreen("aid-fund-" + text.language().code());
        openTab("aidTabReceipts");
        saveScreen("aid-receipts-" + text.language().code());
    }

    @Test
    void theFamilyCardShowsItsAidHistory() {
        loadTheAidSample();
        signIn("director", DEMO_PASSWORD);
        clickAndWait("#nav-children");
        clickRow("#childResults", 0);
        openTab("familyAid");
        assertTrue(isShown("#familyAidHistory"));
        saveScreen("aid-family-tab");
    }
}
