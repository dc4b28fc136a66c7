package org.markaz.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.markaz.testsupport.ScaleDataset;
import org.markaz.testsupport.TestServices;

/** The aid's share of the scale dataset: ten years, about 60,000 hand-outs, ledgers that add up. */
class AidScaleTest {

    private static TestServices test;
    private static Map<String, Integer> written;

    @BeforeAll
    static void useTheSharedDataset() {
        test = ScaleDataset.services();
        written = ScaleDataset.written();
    }

    private static long number(String sql) {
        Object value = test.database().dsl().fetchOne(sql).get(0);
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Test
    void tenYearsOfHandOutsWhoseLedgersAddUp() {
        long handouts = test.count("aid_handout");
        assertTrue(handouts >= 50_000 && handouts <= 62_000, "about 60,000 hand-outs: " + handouts);
        for (String table : List.of("aid_item", "aid_purchase", "aid_fund_entry", "aid_handout", "aid_handout_line",
                "aid_stock_move")) {
            assertEquals(test.count(table), written.get(table), table);
        }
        AidService aid = test.services().get(AidService.class);
        var bookkeeper = org.markaz.core.security.Actor.system("test");
        assertEquals(number("select sum(amount_diram) from aid_fund_entry"), aid.fundBalance(bookkeeper));
        assertEquals(0, number("select count(*) from aid_stock_move where on_hand_after < 0"));
        assertTrue(number("select count(*) from aid_stock_move where kind = 'WRITE_OFF'") > 0, "expired leftovers written off");
        assertEquals(0, number("select count(*) from aid_handout h join family f on f.id = h.family_id "
                + "where f.archived_on is not null and f.archived_on <= h.on_date"));
    }

    @Test
    void stockOnHandForEveryItemComesFromTheNewestLedgerLines() {
        AidService aid = test.services().get(AidService.class);
        var reader = org.markaz.core.security.Actor.system("test");
        long millis = Long.MAX_VALUE;
        List<StockLevel> stock = List.of();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            stock = aid.stock(reader);
            millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
        }
        for (StockLevel level : stock) {
            assertEquals(number("select coalesce(sum(quantity), 0) from aid_stock_move where item_id = " + level.item().id()),
                    level.onHand());
        }
        System.out.println("Aid stock on hand for every item on the scale dataset: " + millis + " ms (best of 5)");
        long start = System.nanoTime();
        aid.expiringSoon(reader);
        System.out.println("Aid expiring soon (Today) on the scale dataset: " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    @Test
    void theMonthsStatementAddsUpOnTenYearsOfLedgers() {
        AidReportService reports = test.services().get(AidReportService.class);
        var reader = org.markaz.core.security.Actor.system("test");
        java.time.YearMonth month = java.time.YearMonth.now(test.services().clock()).minusMonths(1);
        long millis = Long.MAX_VALUE;
        MonthStatement statement = null;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            statement = reports.monthStatement(reader, month);
            millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
        }
        String first = "date '" + month.atDay(1) + "'";
        String next = "date '" + month.plusMonths(1).atDay(1) + "'";
        assertEquals(number("select coalesce(sum(amount_diram), 0) from aid_fund_entry where on_date < " + first),
                statement.fund().opening());
        assertEquals(number("select coalesce(sum(amount_diram), 0) from aid_fund_entry where on_date < " + next),
                statement.fund().closing());
        for (MonthStatement.ItemLine line : statement.items()) {
            assertEquals(number("select coalesce(sum(quantity), 0) from aid_stock_move where item_id = " + line.item().id()
                    + " and on_date < " + next), line.closing());
        }
        System.out.println("Aid month's statement on the scale dataset: " + millis + " ms (best of 3; "
                + statement.handouts().size() + " hand-outs)");
        long family = statement.handouts().get(0).familyId();
        long start = System.nanoTime();
        test.services().get(AidService.class).familyHistory(reader, family);
        System.out.println("Aid family history on the scale dataset: " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
