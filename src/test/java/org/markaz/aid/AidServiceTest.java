package org.markaz.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.util.Set;
import org.markaz.cases.CaseOpening;
import org.markaz.cases.CaseType;
import org.markaz.cases.CaseloadService;
import org.markaz.children.ChildrenService;
import org.markaz.core.ValidationException;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

class AidServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> AID_TABLES = List.of("aid_item", "aid_purchase", "aid_purchase_line",
            "aid_fund_entry", "aid_stock_move", "aid_handout", "aid_handout_line", "aid_request", "audit_event");

    private final TestServices test = TestServices.sampleFamilies();
    private final AidService aid = test.services().get(AidService.class);
    private final Actor bookkeeper = test.signIn("bookkeeper");
    private final Actor director = test.signIn("director");
    private final Actor admin = test.signIn("admin");
    private final Actor keyworker = test.signIn("keyworker");
    private final List<Long> families = test.services().get(ChildrenService.class).searchFamilies(bookkeeper, "", false)
            .stream().map(f -> f.id()).toList();
    private final long babyFood = aid.saveItem(bookkeeper, null, new ItemDetails("Baby formula", "Детская смесь",
            "Омехтаи кӯдакона", AidCategory.BABY_FOOD, AidUnit.PACK, true, 4));
    private final long parcel = aid.saveItem(bookkeeper, null, new ItemDetails("Food parcel", "Продуктовый набор",
            "Бастаи озуқа", AidCategory.FOOD, AidUnit.PARCEL, false, null));

    @AfterEach
    void close() {
        test.close();
    }

    private void grant(String somoni) {
        aid.recordMoneyIn(bookkeeper, new MoneyIn(FundEntryKind.GRANT, TODAY.minusDays(20), "Families Together UK",
                new BigDecimal(somoni), null, null, null, "FT-2026/11"));
    }

    private long buy(String receipt, long item, int quantity, String price, LocalDate expires) {
        return aid.recordPurchase(bookkeeper, new Purchase(TODAY.minusDays(10), "Гулистон дорухона", receipt,
                List.of(new Purchase.Line(item, quantity, new BigDecimal(price), expires))));
    }

    private Handout handout(long family, long item, int quantity) {
        return new Handout(family, TODAY, HandoutReason.CRISIS, null, "Раҳимова М.", null, "Каримова Ф.", true,
                List.of(new Handout.Line(item, quantity)));
    }

    private int onHand(long item) {
        return aid.stock(bookkeeper).stream().filter(s -> s.item().id() == item).findFirst().orElseThrow().onHand();
    }

    /** Opens a programme case on the family for the sample key worker (Гулнора Саидова), as the director. */
    private void onKeyWorkersCaseload(long family) {
        CaseloadService caseloads = test.services().get(CaseloadService.class);
        long gulnora = caseloads.keyWorkers(director).stream().filter(w -> w.name().equals("Гулнора Саидова")).findFirst()
                .orElseThrow().staffId();
        long child = test.services().get(ChildrenService.class).search(director, "", false).stream()
                .filter(row -> row.familyId() == family).findFirst().orElseThrow().id();
        caseloads.open(director, new CaseOpening(family, null, CaseType.PROGRAMME, Set.of(child), gulnora, TODAY.minusDays(30), true));
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        AID_TABLES.forEach(table -> counts.put(table, test.count(table)));
        return counts;
    }

    private void refusedAndNothingWritten(String key, Runnable action) {
        Map<String, Integer> before = counts();
        ValidationException refused = assertThrows(ValidationException.class, action::run);
        assertEquals(key, refused.messageKey());
        assertEquals(before, counts());
    }

    @Test
    void grantInDollarsPurchaseAndHandOutKeepExactBalances() {
        long grant = aid.recordMoneyIn(bookkeeper, new MoneyIn(FundEntryKind.GRANT, TODAY.minusDays(20), "UNICEF",
                new BigDecimal("54 300.50".replace(" ", "")), ForeignCurrency.USD, new BigDecimal("5000"),
                new BigDecimal("10.8601"), "TRF-118"));
        assertTrue(grant > 0);
        buy("Ч-001", babyFood, 10, "36.90", TODAY.plusMonths(6));
        buy("Ч-002", parcel, 3, "250.10", null);
        assertEquals(5_430_050 - 36_900 - 75_030, aid.fundBalance(bookkeeper));
        assertEquals(10, onHand(babyFood));

        HandoutResult result = aid.handOut(admin, handout(families.get(0), parcel, 2), false);
        assertInstanceOf(HandoutResult.Saved.class, result);
        assertEquals(1, onHand(parcel));
        assertEquals(1, aid.familyHistory(bookkeeper, families.get(0)).size());
        List<FundEntry> ledger = aid.fundEntries(director, TODAY.minusMonths(1), TODAY);
        assertEquals(3, ledger.size());
        assertEquals(aid.fundBalance(bookkeeper), ledger.get(2).balanceAfter());
    }

    @Test
    void handOutTakesTheEarliestExpiryFirstAndSkipsExpiredBatches() {
        grant("1000");
        buy("Ч-010", babyFood, 3, "30", TODAY.plusMonths(8));
        buy("Ч-011", babyFood, 2, "30", TODAY.plusMonths(2));
        aid.handOut(bookkeeper, handout(families.get(0), babyFood, 3), false);
        List<Batch> left = aid.batches(bookkeeper, babyFood);
        assertEquals(List.of(new Batch(babyFood, TODAY.plusMonths(8), 2)), left);
    }

    @Test
    void aHandOutOfTwoItemsTakesEachFromItsOwnBatches() {
        grant("1000");
        buy("Ч-012", babyFood, 3, "30", TODAY.plusMonths(2));
        buy("Ч-013", babyFood, 3, "30", TODAY.plusMonths(8));
        buy("Ч-014", parcel, 4, "10", null);
        aid.handOut(bookkeeper, new Handout(families.get(0), TODAY, HandoutReason.CRISIS, null, "Раҳимова М.", null,
                "Каримова Ф.", true, List.of(new Handout.Line(parcel, 3), new Handout.Line(babyFood, 4))), false);
        assertEquals(List.of(new Batch(babyFood, TODAY.plusMonths(8), 2)), aid.batches(bookkeeper, babyFood));
        assertEquals(1, onHand(parcel));
    }

    @Test
    void handingOutMoreThanInStockIsRefusedAndChangesNothing() {
        grant("1000");
        buy("Ч-020", parcel, 2, "100", null);
        refusedAndNothingWritten("error.aidNotEnoughStock", () -> aid.handOut(bookkeeper, handout(families.get(0), parcel, 3), false));
        assertEquals(2, onHand(parcel));
    }

    @Test
    void aPurchaseThatWouldTakeTheFundBelowZeroIsRefused() {
        grant("100");
        refusedAndNothingWritten("error.aidFundTooLow", () -> buy("Ч-030", parcel, 2, "50.01", null));
        assertEquals(10_000, aid.fundBalance(bookkeeper));
    }

    @Test
    void badInputIsRefusedWithNothingWritten() {
        grant("1000");
        buy("Ч-040", parcel, 5, "10", null);
        refusedAndNothingWritten("error.aidNotPositive", () -> buy("Ч-041", parcel, 0, "10", null));
        refusedAndNothingWritten("error.aidNotPositive", () -> buy("Ч-042", parcel, 1, "-1", null));
        refusedAndNothingWritten("error.aidTooManyDecimals", () -> buy("Ч-043", parcel, 1, "1.005", null));
        refusedAndNothingWritten("error.aidTooManyDecimals", () -> grant("10.001"));
        refusedAndNothingWritten("error.aidReceiptUsed", () -> aid.recordPurchase(bookkeeper, new Purchase(TODAY,
                "  гулистон   ДОРУХОНА ", "Ч-040", List.of(new Purchase.Line(parcel, 1, BigDecimal.ONE, null)))));
        refusedAndNothingWritten("error.dateInFuture", () -> aid.recordMoneyIn(bookkeeper, new MoneyIn(FundEntryKind.GRANT,
                TODAY.plusDays(1), "UNICEF", BigDecimal.TEN, null, null, null, null)));
        refusedAndNothingWritten("error.aidNotPositive", () -> aid.handOut(bookkeeper, handout(families.get(0), parcel, -1), false));
        refusedAndNothingWritten("error.required", () -> aid.stockTake(bookkeeper, new StockTake(TODAY, parcel, null, 4, " ")));
        refusedAndNothingWritten("error.aidExpiryNeeded", () -> buy("Ч-044", babyFood, 1, "10", null));
        refusedAndNothingWritten("error.dateInFuture", () -> aid.handOut(bookkeeper, new Handout(families.get(0),
                TODAY.plusDays(1), HandoutReason.WINTER, null, null, null, "Каримова Ф.", false,
                List.of(new Handout.Line(parcel, 1))), false));
    }

    @Test
    void aHandOutToAnArchivedFamilyIsRefused() {
        grant("1000");
        buy("Ч-050", parcel, 5, "10", null);
        long family = families.get(1);
        test.database().dsl().execute("update family set archived_on = date '2026-10-01', archive_reason = 'moved' where id = "
                + family);
        refusedAndNothingWritten("error.aidFamilyArchived", () -> aid.handOut(bookkeeper, handout(family, parcel, 1), false));
    }

    @Test
    void passingTheMonthlyLimitNeedsADirector() {
        grant("1000");
        buy("Ч-060", babyFood, 10, "20", TODAY.plusMonths(3));
        long family = families.get(0);
        assertInstanceOf(HandoutResult.Saved.class, aid.handOut(bookkeeper, handout(family, babyFood, 3), false));
        Map<String, Integer> before = counts();
        HandoutResult over = aid.handOut(bookkeeper, handout(family, babyFood, 2), false);
        HandoutResult.LimitPassed passed = assertInstanceOf(HandoutResult.OverMonthlyLimit.class, over).items().get(0);
        assertEquals(new HandoutResult.LimitPassed(babyFood, 4, 3, 2), passed);
        assertEquals(before, counts());
        assertThrows(AccessDeniedException.class, () -> aid.handOut(bookkeeper, handout(family, babyFood, 2), true));
        assertInstanceOf(HandoutResult.Saved.class, aid.handOut(director, handout(family, babyFood, 2), true));
        assertEquals("director", aid.familyHistory(director, family).get(0).limitConfirmedBy());
    }

    @Test
    void theMonthlyLimitCountsOnlyThisFamilysItemThisMonthLessWhatWasReversed() {
        grant("1000");
        buy("Ч-061", babyFood, 20, "20", TODAY.plusMonths(3));
        buy("Ч-062", parcel, 5, "10", null);
        long family = families.get(0);
        long reversed = ((HandoutResult.Saved) aid.handOut(bookkeeper, handout(family, babyFood, 3), false)).handoutId();
        aid.reverseHandout(bookkeeper, reversed, "written to the wrong family");
        aid.handOut(bookkeeper, handout(families.get(1), babyFood, 4), false);
        aid.handOut(bookkeeper, handout(family, parcel, 2), false);
        aid.handOut(bookkeeper, new Handout(family, TODAY.withDayOfMonth(1).minusDays(1), HandoutReason.CRISIS, null,
                "Раҳимова М.", null, "Каримова Ф.", true, List.of(new Handout.Line(babyFood, 4))), false);
        aid.handOut(bookkeeper, handout(family, babyFood, 1), false);
        HandoutResult over = aid.handOut(bookkeeper, handout(family, babyFood, 4), false);
        assertEquals(new HandoutResult.LimitPassed(babyFood, 4, 1, 4),
                assertInstanceOf(HandoutResult.OverMonthlyLimit.class, over).items().get(0));
    }

    @Test
    void stockTakeWritesTheDifferenceAndWriteOffTakesExpiredStock() {
        grant("1000");
        buy("Ч-070", parcel, 5, "10", null);
        aid.stockTake(bookkeeper, new StockTake(TODAY, parcel, null, 4, "one parcel torn open and thrown away"));
        assertEquals(4, onHand(parcel));
        refusedAndNothingWritten("error.aidCountAgrees", () -> aid.stockTake(bookkeeper,
                new StockTake(TODAY, parcel, null, 4, "counted again")));
        buy("Ч-071", babyFood, 2, "10", TODAY.minusDays(5).plusDays(5));
        aid.writeOff(bookkeeper, new WriteOff(TODAY, babyFood, TODAY, 2, WriteOffCause.EXPIRED, null));
        assertEquals(0, onHand(babyFood));
        refusedAndNothingWritten("error.aidNotEnoughStock", () -> aid.writeOff(bookkeeper,
                new WriteOff(TODAY, parcel, null, 5, WriteOffCause.DAMAGED, null)));
    }

    @Test
    void mistakesAreReversedNeverEditedAndAReversalIsNotReversed() {
        grant("1000");
        long purchase = buy("Ч-080", parcel, 5, "10", null);
        HandoutResult.Saved saved = (HandoutResult.Saved) aid.handOut(bookkeeper, handout(families.get(0), parcel, 2), false);
        aid.reverseHandout(bookkeeper, saved.handoutId(), "handed to the wrong family");
        assertEquals(5, onHand(parcel));
        assertTrue(aid.familyHistory(bookkeeper, families.get(0)).get(0).reversed());
        refusedAndNothingWritten("error.aidAlreadyReversed", () -> aid.reverseHandout(bookkeeper, saved.handoutId(), "again"));

        FundEntry purchaseEntry = aid.fundEntries(bookkeeper, TODAY.minusMonths(1), TODAY).stream()
                .filter(e -> purchase == (e.purchaseId() == null ? -1 : e.purchaseId())).findFirst().orElseThrow();
        long reversal = aid.reverseFundEntry(bookkeeper, purchaseEntry.id(), "receipt entered twice");
        assertEquals(100_000, aid.fundBalance(bookkeeper));
        assertEquals(0, onHand(parcel));
        refusedAndNothingWritten("error.aidReversalOfReversal", () -> aid.reverseFundEntry(bookkeeper, reversal, "undo"));
        refusedAndNothingWritten("error.required", () -> aid.reverseFundEntry(bookkeeper, purchaseEntry.id(), ""));
        // the same receipt may be entered again once its purchase was reversed
        buy("Ч-080", parcel, 4, "10", null);
        assertEquals(4, onHand(parcel));
    }

    @Test
    void reversingAGrantAlreadySpentIsRefused() {
        grant("100");
        buy("Ч-090", parcel, 1, "60", null);
        FundEntry grant = aid.fundEntries(bookkeeper, TODAY.minusMonths(1), TODAY).get(0);
        refusedAndNothingWritten("error.aidFundTooLow", () -> aid.reverseFundEntry(bookkeeper, grant.id(), "wrong amount"));
    }

    @Test
    void theDatabaseRefusesALedgerLineThatDoesNotAddUp() {
        grant("100");
        var dsl = test.database().dsl();
        long last = dsl.fetchOne("select max(id) from aid_fund_entry").get(0, Long.class);
        assertThrows(DataAccessException.class, () -> dsl.execute("insert into aid_fund_entry (kind, on_date, amount_diram, source,"
                + " previous_id, previous_balance, balance_after, recorded_by, recorded_at) values ('GRANT', date '2026-11-20',"
                + " 500, 'x', " + last + ", 10000, 99999, 't', current_timestamp)"));
        assertThrows(DataAccessException.class, () -> dsl.execute("insert into aid_fund_entry (kind, on_date, amount_diram, source,"
                + " previous_id, previous_balance, balance_after, first_entry, recorded_by, recorded_at) values ('GRANT',"
                + " date '2026-11-20', 500, 'x', null, null, 500, 1, 't', current_timestamp)"));
        assertThrows(DataAccessException.class, () -> dsl.execute("update aid_fund_entry set balance_after = -5"));
    }

    @Test
    void manySimultaneousHandOutsOfTheLastItemsNeverTakeStockBelowZero() throws Exception {
        grant("10000");
        buy("Ч-100", parcel, 7, "100", null);
        int threads = 2;
        int attemptsEach = 8;
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < attemptsEach; i++) {
                        try {
                            aid.handOut(bookkeeper, handout(families.get((thread * attemptsEach + i) % families.size()), parcel, 1), false);
                            saved.incrementAndGet();
                        } catch (ValidationException noneLeft) {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(7, saved.get());
        assertEquals(threads * attemptsEach - 7, refused.get());
        var dsl = test.database().dsl();
        assertEquals(0, (int) dsl.fetchOne("select sum(quantity) from aid_stock_move where item_id = " + parcel).get(0, Integer.class));
        assertEquals(0, onHand(parcel));
        assertEquals(0, (int) dsl.fetchOne("select count(*) from aid_stock_move where on_hand_after < 0").get(0, Integer.class));
    }

    @Test
    void rolesAreCheckedByTheService() {
        assertThrows(AccessDeniedException.class, () -> aid.saveItem(admin, null, new ItemDetails("Soap", "Мыло", "Собун",
                AidCategory.HYGIENE, AidUnit.PIECE, false, null)));
        assertThrows(AccessDeniedException.class, () -> aid.stock(keyworker));
        assertThrows(AccessDeniedException.class, () -> aid.handOut(keyworker, handout(families.get(0), parcel, 1), false));
    }

    @Test
    void aKeyWorkerSeesAndAsksAidOnlyForTheFamiliesOnTheirCaseload() {
        grant("1000");
        buy("Ч-300", parcel, 4, "100", null);
        aid.handOut(admin, handout(families.get(0), parcel, 1), false);
        aid.handOut(admin, handout(families.get(1), parcel, 1), false);
        onKeyWorkersCaseload(families.get(0));

        assertEquals(1, aid.familyHistory(keyworker, families.get(0)).size());
        refusedAndNothingWritten("error.aidNotOnCaseload", () -> aid.familyHistory(keyworker, families.get(1)));
        refusedAndNothingWritten("error.aidNotOnCaseload",
                () -> aid.requestAid(keyworker, families.get(1), HandoutReason.CRISIS, "Food parcel"));
        aid.requestAid(keyworker, families.get(0), HandoutReason.CRISIS, "Food parcel");
        assertEquals(1, aid.myRequests(keyworker).size());
        // those who keep the fund or hand aid out see every family
        assertEquals(1, aid.familyHistory(bookkeeper, families.get(1)).size());
        assertEquals(1, aid.familyHistory(admin, families.get(1)).size());
    }

    @Test
    void expiringBatchesAreListedForToday() {
        grant("1000");
        buy("Ч-110", babyFood, 2, "10", TODAY.plusDays(20));
        buy("Ч-111", babyFood, 2, "10", TODAY.plusDays(60));
        List<ExpiringBatch> soon = aid.expiringSoon(director);
        assertEquals(1, soon.size());
        assertEquals(TODAY.plusDays(20), soon.get(0).expiresOn());
    }

    @Test
    void aKeyWorkerAsksTheBookkeeperDeclinesWithAReasonAndTheKeyWorkerSeesIt() {
        onKeyWorkersCaseload(families.get(0));
        long request = aid.requestAid(keyworker, families.get(0), HandoutReason.WINTER, "Coal and a winter jacket");
        assertEquals(1, aid.pendingRequests(bookkeeper).size());
        refusedAndNothingWritten("error.required", () -> aid.decideRequest(bookkeeper, request, false, " "));
        aid.decideRequest(bookkeeper, request, false, "The fund has no coal until December");
        AidRequest answered = aid.myRequests(keyworker).get(0);
        assertEquals(RequestStatus.DECLINED, answered.status());
        assertEquals("The fund has no coal until December", answered.declineReason());
        refusedAndNothingWritten("error.aidRequestAnswered", () -> aid.decideRequest(director, request, true, null));
        assertThrows(AccessDeniedException.class, () -> aid.requestAid(bookkeeper, families.get(0), HandoutReason.CRISIS, "x"));
    }
}
