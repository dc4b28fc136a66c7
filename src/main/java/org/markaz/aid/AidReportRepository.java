package org.markaz.aid;

import static org.markaz.db.Tables.AID_FUND_ENTRY;
import static org.markaz.db.Tables.AID_HANDOUT;
import static org.markaz.db.Tables.AID_HANDOUT_LINE;
import static org.markaz.db.Tables.AID_ITEM;
import static org.markaz.db.Tables.AID_PURCHASE;
import static org.markaz.db.Tables.AID_PURCHASE_LINE;
import static org.markaz.db.Tables.AID_STOCK_MOVE;
import static org.markaz.db.Tables.FAMILY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.markaz.db.tables.AidFundEntry;
import org.markaz.db.tables.AidStockMove;

/**
 * The sums behind the aid reports. Sums before a day are taken as the running total now less the
 * lines dated from that day on, so a recent month reads only its own lines however long the
 * ledgers grow (docs/decisions/0021).
 */
final class AidReportRepository {

    /** The fund's lines dated from a day on, summed by kind (signed diram). */
    Map<FundEntryKind, Long> fundSumsFrom(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<FundEntryKind, Long> sums = new EnumMap<>(FundEntryKind.class);
        Condition dated = to == null ? AID_FUND_ENTRY.ON_DATE.ge(from) : AID_FUND_ENTRY.ON_DATE.between(from, to);
        dsl.select(AID_FUND_ENTRY.KIND, DSL.sum(AID_FUND_ENTRY.AMOUNT_DIRAM)).from(AID_FUND_ENTRY).where(dated)
                .groupBy(AID_FUND_ENTRY.KIND).forEach(r -> sums.put(r.value1(), r.value2().longValueExact()));
        return sums;
    }

    /** One item's moves summed by kind: quantity and value. */
    record KindSum(StockMoveKind kind, int quantity, long value) {
    }

    /** The stock lines dated within [from, to] (to null: from on), summed by item and kind. */
    Map<Long, List<KindSum>> stockSums(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<Long, List<KindSum>> sums = new LinkedHashMap<>();
        Condition dated = to == null ? AID_STOCK_MOVE.ON_DATE.ge(from) : AID_STOCK_MOVE.ON_DATE.between(from, to);
        dsl.select(AID_STOCK_MOVE.ITEM_ID, AID_STOCK_MOVE.KIND, DSL.sum(AID_STOCK_MOVE.QUANTITY),
                        DSL.sum(DSL.coalesce(AID_STOCK_MOVE.VALUE_DIRAM, 0L)))
                .from(AID_STOCK_MOVE).where(dated).groupBy(AID_STOCK_MOVE.ITEM_ID, AID_STOCK_MOVE.KIND)
                .forEach(r -> sums.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(new KindSum(r.value2(), r.value3().intValueExact(), r.value4().longValueExact())));
        return sums;
    }

    /** What an item's goods received cost (bought, or donated at their estimate) and how many, for its average cost. */
    record Received(long valueDiram, long quantity) {
    }

    /** Each item's goods received up to a day (purchases and donations in kind not reversed): their value and quantity. */
    Map<Long, Received> receivedUpTo(DSLContext dsl, LocalDate to) {
        AidStockMove reversal = AID_STOCK_MOVE.as("reversal");
        Map<Long, Received> received = new LinkedHashMap<>();
        dsl.select(AID_STOCK_MOVE.ITEM_ID, DSL.sum(AID_STOCK_MOVE.VALUE_DIRAM), DSL.sum(AID_STOCK_MOVE.QUANTITY))
                .from(AID_STOCK_MOVE).leftJoin(reversal).on(reversal.REVERSES_ID.eq(AID_STOCK_MOVE.ID))
                .where(AID_STOCK_MOVE.KIND.in(StockMoveKind.PURCHASE, StockMoveKind.DONATION)
                        .and(AID_STOCK_MOVE.ON_DATE.le(to)).and(reversal.ID.isNull()))
                .groupBy(AID_STOCK_MOVE.ITEM_ID)
                .forEach(r -> received.put(r.value1(), new Received(r.value2().longValueExact(), r.value3().longValueExact())));
        return received;
    }

    /** A hand-out line not reversed, with its family: what the reports by family and category count. */
    record HandedLine(long handoutId, long familyId, String familyCode, long itemId, AidCategory category, int quantity) {
    }

    /** The lines of the hand-outs dated within [from, to] that were not reversed. */
    List<HandedLine> handedLines(DSLContext dsl, LocalDate from, LocalDate to) {
        AidStockMove reversal = AID_STOCK_MOVE.as("reversal");
        var reversed = DSL.select(AID_HANDOUT_LINE.HANDOUT_ID).from(AID_HANDOUT_LINE)
                .join(AID_STOCK_MOVE).on(AID_STOCK_MOVE.HANDOUT_LINE_ID.eq(AID_HANDOUT_LINE.ID))
                .join(reversal).on(reversal.REVERSES_ID.eq(AID_STOCK_MOVE.ID))
                .where(AID_HANDOUT_LINE.HANDOUT_ID.eq(AID_HANDOUT.ID));
        return dsl.select(AID_HANDOUT.ID, AID_HANDOUT.FAMILY_ID, FAMILY.CODE, AID_HANDOUT_LINE.ITEM_ID, AID_ITEM.CATEGORY,
                        AID_HANDOUT_LINE.QUANTITY)
                .from(AID_HANDOUT).join(FAMILY).on(FAMILY.ID.eq(AID_HANDOUT.FAMILY_ID))
                .join(AID_HANDOUT_LINE).on(AID_HANDOUT_LINE.HANDOUT_ID.eq(AID_HANDOUT.ID))
                .join(AID_ITEM).on(AID_ITEM.ID.eq(AID_HANDOUT_LINE.ITEM_ID))
                .where(AID_HANDOUT.ON_DATE.between(from, to)).andNotExists(reversed)
                .orderBy(FAMILY.CODE, AID_HANDOUT.ID, AID_HANDOUT_LINE.ID)
                .fetch(r -> new HandedLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** What the purchases dated within [from, to] that were not reversed spent, by month and category. */
    List<AidTotals.Spending> spending(DSLContext dsl, LocalDate from, LocalDate to) {
        AidFundEntry reversal = AID_FUND_ENTRY.as("reversal");
        var year = DSL.year(AID_PURCHASE.ON_DATE);
        var month = DSL.month(AID_PURCHASE.ON_DATE);
        var spent = DSL.sum(AID_PURCHASE_LINE.TOTAL_DIRAM);
        return dsl.select(year, month, AID_ITEM.CATEGORY, spent).from(AID_PURCHASE)
                .join(AID_PURCHASE_LINE).on(AID_PURCHASE_LINE.PURCHASE_ID.eq(AID_PURCHASE.ID))
                .join(AID_ITEM).on(AID_ITEM.ID.eq(AID_PURCHASE_LINE.ITEM_ID))
                .join(AID_FUND_ENTRY).on(AID_FUND_ENTRY.PURCHASE_ID.eq(AID_PURCHASE.ID))
                .leftJoin(reversal).on(reversal.REVERSES_ID.eq(AID_FUND_ENTRY.ID))
                .where(AID_PURCHASE.ON_DATE.between(from, to).and(reversal.ID.isNull()))
                .groupBy(year, month, AID_ITEM.CATEGORY).orderBy(year, month, AID_ITEM.CATEGORY)
                .fetch(r -> new AidTotals.Spending(YearMonth.of(r.value1(), r.value2()), r.value3(),
                        ((BigDecimal) r.value4()).longValueExact()));
    }
}
