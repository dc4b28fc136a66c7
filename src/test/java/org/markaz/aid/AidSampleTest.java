package org.markaz.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

/** The sample centre's year of the aid fund: what the issue asks for, and the ledgers agree with plain sums. */
class AidSampleTest {

    private static TestServices test;
    private static Actor bookkeeper;

    @BeforeAll
    static void load() {
        test = TestServices.sampleCentre();
        bookkeeper = test.signIn("bookkeeper");
    }

    @AfterAll
    static void close() {
        test.close();
    }

    private static long number(String sql) {
        Object value = test.database().dsl().fetchOne(sql).get(0);
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Test
    void aYearOfTheFundAsTheIssueDescribesIt() {
        assertEquals(2, number("select count(*) from aid_fund_entry where kind = 'GRANT' and original_currency is not null"));
        assertEquals(1, number("select count(*) from aid_stock_move where kind = 'DONATION' and item_id = "
                + "(select id from aid_item where name_en = 'Food parcel')"));
        assertTrue(number("select count(*) from aid_purchase") >= 24, "purchases every month");
        long handouts = number("select count(*) from aid_handout");
        assertTrue(handouts >= 120 && handouts <= 150, "about 150 hand-outs (the issue's year): " + handouts);
        assertEquals(1, number("select count(*) from aid_stock_move where kind = 'STOCKTAKE'"));
        assertEquals(1, number("select count(*) from aid_stock_move where kind = 'WRITE_OFF' and write_off_cause = 'EXPIRED'"));
        assertFalse(test.services().get(AidService.class).expiringSoon(bookkeeper).isEmpty(), "formula expiring, for Today");
    }

    @Test
    void balancesAgreeWithSumsOfTheLedgersAndNeverWentBelowZero() {
        AidService aid = test.services().get(AidService.class);
        assertEquals(number("select sum(amount_diram) from aid_fund_entry"), aid.fundBalance(bookkeeper));
        assertEquals(number("select sum(total_diram) from aid_purchase"), -number("select sum(amount_diram) from aid_fund_entry "
                + "where kind = 'PURCHASE'"));
        for (StockLevel level : aid.stock(bookkeeper)) {
            assertEquals(number("select sum(quantity) from aid_stock_move where item_id = " + level.item().id()), level.onHand());
        }
        assertEquals(0, number("select count(*) from aid_stock_move where on_hand_after < 0"));
        assertEquals(0, number("select count(*) from aid_fund_entry where balance_after < 0"));
    }
}
