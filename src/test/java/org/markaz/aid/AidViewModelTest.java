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

    private final TestServices test = TestServices.inMemory().withSampleFamilies();
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
}
