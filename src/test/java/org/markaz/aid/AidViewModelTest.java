package org.markaz.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.children.ChildrenService;
import org.markaz.core.Validation;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.SameThreadTaskExecutor;
import org.markaz.core.ui.UiContext;
import org.markaz.testsupport.ScriptedDialogs;
import org.markaz.testsupport.TestServices;

/** The aid screens' view models, without a screen: what they send the service and where refusals land. */
class AidViewModelTest {

    private final TestServices test = TestServices.sampleFamilies();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Localization english = new Localization(Language.ENGLISH, test.services().zone());
    private final AidService aid = test.services().get(AidService.class);
    private final Actor director = test.signIn("director");
    private final long formula = aid.saveItem(director, null, new ItemDetails("Baby formula", "Детская смесь",
            "Омехтаи кӯдакона", AidCategory.BABY_FOOD, AidUnit.PACK, true, 2));

    @AfterEach
    void close() {
        test.close();
    }

    private UiContext ui() {
        return new UiContext(english, dialogs, new SameThreadTaskExecutor(), test.clock());
    }

    private void stock(int packs) {
        aid.recordDonationInKind(director, new Donation(LocalDate.now(test.clock()), "Дорухонаи «Шифо»", formula, packs,
                new BigDecimal("100"), LocalDate.now(test.clock()).plusMonths(6)));
    }

    private HandoutViewModel handoutAs(String username) {
        HandoutViewModel handouts = new HandoutViewModel(ui(), test.signIn(username), aid,
                test.services().get(ChildrenService.class), test.services().centres());
        handouts.load();
        handouts.searchFamilies();
        handouts.familyProperty().set(handouts.families().get(0));
        handouts.lineItemProperty().set(handouts.items().get(0));
        return handouts;
    }

    @Test
    void aHandOutIsRecordedWithItsLinesAndTheListIsRefreshed() {
        stock(5);
        HandoutViewModel handouts = handoutAs("bookkeeper");
        handouts.lineQuantityProperty().set("2");
        handouts.addLine();
        handouts.record();
        assertEquals(List.of(english.text("aid.handedOut", handouts.families().get(0).code())), dialogs.notices);
        assertEquals(1, handouts.recent().size());
        assertTrue(handouts.lines().isEmpty());
        assertEquals(3, aid.stock(director).get(0).onHand());
    }

    @Test
    void passingTheMonthlyLimitTellsTheBookkeeperADirectorMustConfirmAndWritesNothing() {
        stock(5);
        HandoutViewModel handouts = handoutAs("bookkeeper");
        handouts.lineQuantityProperty().set("3");
        handouts.addLine();
        int before = test.count("aid_handout");
        handouts.record();
        assertTrue(handouts.form().messageProperty().get().startsWith(english.text("aid.limitNeedsDirector", "").strip()));
        assertEquals(before, test.count("aid_handout"));
    }

    @Test
    void aDirectorConfirmsTheLimitAndTheHandOutIsSaved() {
        stock(5);
        HandoutViewModel handouts = handoutAs("director");
        handouts.lineQuantityProperty().set("3");
        handouts.addLine();
        dialogs.answers.add(true);
        handouts.record();
        assertEquals(1, test.count("aid_handout"));
        assertEquals("director", aid.handouts(director, LocalDate.now(test.clock()), LocalDate.now(test.clock()))
                .get(0).limitConfirmedBy());
    }

    @Test
    void anAmountWithThreeDecimalsIsMarkedOnItsFieldAndNothingIsWritten() {
        FundViewModel fund = new FundViewModel(ui(), test.signIn("bookkeeper"), aid);
        fund.sourceProperty().set("UNICEF");
        fund.amountProperty().set("1 000,505");
        int before = test.count("aid_fund_entry");
        fund.recordMoneyIn();
        String refusal = english.text("error.aidTooManyDecimals", new Validation.FieldName("aid.field.amountTjs"));
        assertEquals(refusal, fund.moneyIn().messageProperty().get());
        assertEquals(refusal, fund.moneyIn().errors().of("aid.field.amountTjs").get());
        assertEquals(before, test.count("aid_fund_entry"));
    }

    @Test
    void aGrantInDollarsIsRecordedAndTheBalanceShown() {
        FundViewModel fund = new FundViewModel(ui(), test.signIn("bookkeeper"), aid);
        fund.sourceProperty().set("UNICEF Tajikistan");
        fund.amountProperty().set("27 287,50");
        fund.currencyProperty().set(ForeignCurrency.USD);
        fund.originalAmountProperty().set("2500");
        fund.rateProperty().set("10,915");
        fund.recordMoneyIn();
        assertEquals(english.text("aid.balance", "27 287.50"), fund.balanceProperty().get());
        assertEquals(ForeignCurrency.USD, fund.entries().get(0).currency());
    }

    @Test
    void aPurchaseIsBuiltFromItsLinesAndItsTotalShown() {
        aid.recordMoneyIn(director, new MoneyIn(FundEntryKind.GRANT, LocalDate.now(test.clock()), "UNICEF",
                new BigDecimal("1000"), null, null, null, null));
        ReceiptsViewModel receipts = new ReceiptsViewModel(ui(), test.signIn("bookkeeper"), aid);
        receipts.load();
        receipts.supplierProperty().set("Дорухонаи «Шифо»");
        receipts.receiptNumberProperty().set("001077");
        receipts.lineItemProperty().set(receipts.items().get(0));
        receipts.lineQuantityProperty().set("4");
        receipts.linePriceProperty().set("38,50");
        receipts.lineExpiresOnProperty().set(LocalDate.now(test.clock()).plusMonths(5));
        receipts.addLine();
        assertEquals(english.text("aid.total", "154.00"), receipts.totalProperty().get());
        receipts.recordPurchase();
        assertEquals(100_000 - 15_400, aid.fundBalance(director));
        assertEquals(4, aid.stock(director).get(0).onHand());
    }

    @Test
    void theStatementIsSavedAsPdfAndSpreadsheetAndAMonthNotBegunIsRefusedOnItsField() throws Exception {
        stock(5);
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("aid-statement");
        dialogs.folder = folder;
        ReportsViewModel reports = new ReportsViewModel(ui(), test.signIn("bookkeeper"),
                test.services().get(AidReportService.class), test.services().centres());
        reports.setSpreadsheetTarget(name -> java.util.Optional.of(folder.resolve(name)));
        reports.monthProperty().set(java.time.YearMonth.from(LocalDate.now(test.clock())));
        reports.saveStatementPdf();
        reports.saveStatementSpreadsheet();
        assertTrue(java.nio.file.Files.size(folder.resolve("aid-statement-2026-11.pdf")) > 1000);
        byte[] csv = java.nio.file.Files.readAllBytes(folder.resolve("aid-statement-2026-11.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]), "UTF-8 with its mark");

        reports.monthProperty().set(java.time.YearMonth.of(2026, 12));
        reports.saveStatementPdf();
        String refusal = english.text("error.aidMonthInFuture");
        assertEquals(refusal, reports.statement().errors().of("aid.field.month").get());
        assertTrue(java.nio.file.Files.notExists(folder.resolve("aid-statement-2026-12.pdf")));
        org.markaz.core.FileTrees.delete(folder);
    }

    @Test
    void aPeriodWhoseLastDayComesFirstIsRefusedOnThatField() {
        ReportsViewModel reports = new ReportsViewModel(ui(), test.signIn("bookkeeper"),
                test.services().get(AidReportService.class), test.services().centres());
        reports.fromProperty().set(LocalDate.now(test.clock()));
        reports.toProperty().set(LocalDate.now(test.clock()).minusDays(3));
        reports.load();
        assertEquals(english.text("error.aidPeriodBackwards"), reports.period().errors().of("aid.field.to").get());
        assertTrue(reports.byCategory().isEmpty());
    }

    @Test
    void approvingARequestFillsInTheHandOutFormAndDecliningWithoutAReasonWritesNothing() {
        long family = test.services().get(ChildrenService.class).searchFamilies(director, "", false).get(0).id();
        aid.requestAid(director, family, HandoutReason.WINTER, "Coal for December");
        aid.requestAid(director, family, HandoutReason.CRISIS, "Food parcel");
        RequestsViewModel requests = new RequestsViewModel(ui(), test.signIn("bookkeeper"), aid);
        HandoutViewModel handouts = handoutAs("bookkeeper");
        requests.setOnApproved(handouts::startFrom);
        requests.load();
        assertEquals(2, requests.pending().size());

        requests.selectedProperty().set(requests.pending().get(0));
        requests.declineReasonProperty().set("  ");
        requests.decline();
        assertEquals(english.text("error.required", new Validation.FieldName("aid.field.declineReason")),
                requests.form().errors().of("aid.field.declineReason").get());
        assertEquals(2, aid.pendingRequests(director).size());

        AidRequest chosen = requests.pending().get(1);
        requests.selectedProperty().set(chosen);
        requests.approve();
        assertEquals(1, requests.pending().size());
        assertEquals(family, handouts.familyProperty().get().id());
        assertEquals(chosen.reason(), handouts.reasonProperty().get());
        assertEquals(chosen.what(), handouts.noteProperty().get());
        assertEquals(director.fullName(), handouts.requestedByProperty().get());

        requests.selectedProperty().set(null);
        requests.approve();
        assertEquals(english.text("error.aidChooseRequest"), requests.form().messageProperty().get());
    }

    @Test
    void aPurchaseLineIsNotReversedFromTheItemsHistoryAndNothingIsWritten() {
        aid.recordMoneyIn(director, new MoneyIn(FundEntryKind.GRANT, LocalDate.now(test.clock()), "UNICEF",
                new BigDecimal("1000"), null, null, null, null));
        aid.recordPurchase(director, new Purchase(LocalDate.now(test.clock()), "Дорухонаи «Шифо»", "77",
                List.of(new Purchase.Line(formula, 3, new BigDecimal("20"), LocalDate.now(test.clock()).plusMonths(4)))));
        stock(2);
        ItemHistoryViewModel history = new ItemHistoryViewModel(ui(), test.signIn("bookkeeper"), aid);
        history.load();
        history.show(history.items().get(0));
        assertEquals(2, history.moves().size());
        int before = test.count("aid_stock_move");
        history.selectedProperty().set(history.moves().get(1));
        history.reasonProperty().set("entered twice");
        history.reverse();
        assertEquals(english.text("error.aidReverseWhole"), history.form().messageProperty().get());
        assertEquals(before, test.count("aid_stock_move"));

        history.selectedProperty().set(history.moves().get(0));
        history.reverse();
        assertEquals(before + 1, test.count("aid_stock_move"));
        assertEquals(3, aid.stock(director).get(0).onHand());
    }

    @Test
    void aRequestFromTheFamilysCardNeedsToSayWhatIsNeeded() {
        long family = test.services().get(ChildrenService.class).searchFamilies(director, "", false).get(0).id();
        FamilyAidViewModel card = new FamilyAidViewModel(ui(), director, aid);
        card.show(family);
        card.whatProperty().set("");
        card.sendRequest();
        assertEquals(english.text("error.required", new Validation.FieldName("aid.field.what")),
                card.request().errors().of("aid.field.what").get());
        assertEquals(0, test.count("aid_request"));
        card.whatProperty().set("School bag and notebooks");
        card.sendRequest();
        assertEquals(1, card.requests().size());
        assertEquals(RequestStatus.PENDING, card.requests().get(0).status());
    }
}
