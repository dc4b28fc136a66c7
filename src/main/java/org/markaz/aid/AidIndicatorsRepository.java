package org.markaz.aid;

import static org.markaz.db.Tables.AID_HANDOUT;
import static org.markaz.db.Tables.AID_HANDOUT_LINE;
import static org.markaz.db.Tables.AID_ITEM;
import static org.markaz.db.Tables.AID_STOCK_MOVE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.markaz.db.tables.AidStockMove;

/** The counting queries behind the aid's indicators (docs/indicators.md). */
public final class AidIndicatorsRepository {

    /** What was handed out of one item in the period (not reversed), and its receipts up to the period's end. */
    public record ItemHanded(long itemId, AidCategory category, long quantity, long receivedQuantity, long receivedDiram) {
    }

    /** A stock line of a hand-out that no reversal took back. */
    private static Condition notReversed() {
        AidStockMove reversal = AID_STOCK_MOVE.as("reversal");
        return DSL.notExists(DSL.selectOne().from(reversal).where(reversal.REVERSES_ID.eq(AID_STOCK_MOVE.ID)));
    }

    /** Families given at least one item that was not taken back, in the period. */
    public int familiesGivenAid(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.fetchCount(dsl.selectDistinct(AID_HANDOUT.FAMILY_ID).from(AID_HANDOUT)
                .join(AID_HANDOUT_LINE).on(AID_HANDOUT_LINE.HANDOUT_ID.eq(AID_HANDOUT.ID))
                .join(AID_STOCK_MOVE).on(AID_STOCK_MOVE.HANDOUT_LINE_ID.eq(AID_HANDOUT_LINE.ID))
                .where(AID_HANDOUT.ON_DATE.between(from, to)).and(notReversed()));
    }

    /** Per item, the quantity handed out in the period and what its purchases and donations brought in up to its end. */
    public List<ItemHanded> handedByItem(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<Long, Long> handed = new HashMap<>();
        dsl.select(AID_STOCK_MOVE.ITEM_ID, DSL.sum(AID_STOCK_MOVE.QUANTITY)).from(AID_STOCK_MOVE)
                .where(AID_STOCK_MOVE.KIND.eq(StockMoveKind.HANDOUT)).and(AID_STOCK_MOVE.ON_DATE.between(from, to))
                .and(notReversed()).groupBy(AID_STOCK_MOVE.ITEM_ID)
                .forEach(r -> handed.put(r.value1(), -r.value2().longValue()));
        List<ItemHanded> items = new ArrayList<>();
        if (handed.isEmpty()) {
            return items;
        }
        var quantity = DSL.sum(AID_STOCK_MOVE.QUANTITY);
        var value = DSL.sum(AID_STOCK_MOVE.VALUE_DIRAM);
        dsl.select(AID_ITEM.ID, AID_ITEM.CATEGORY, quantity, value).from(AID_ITEM)
                .leftJoin(AID_STOCK_MOVE).on(AID_STOCK_MOVE.ITEM_ID.eq(AID_ITEM.ID)
                        .and(AID_STOCK_MOVE.KIND.in(StockMoveKind.PURCHASE, StockMoveKind.DONATION))
                        .and(AID_STOCK_MOVE.ON_DATE.le(to)))
                .where(AID_ITEM.ID.in(handed.keySet())).groupBy(AID_ITEM.ID, AID_ITEM.CATEGORY).orderBy(AID_ITEM.ID)
                .forEach(r -> items.add(new ItemHanded(r.value1(), r.value2(), handed.get(r.value1()),
                        r.value3() == null ? 0 : r.value3().longValue(), r.value4() == null ? 0 : toLong(r.value4()))));
        return items;
    }

    private static long toLong(BigDecimal value) {
        return value.longValueExact();
    }
}
