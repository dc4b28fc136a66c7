package org.markaz.aid;

import static org.markaz.db.Tables.AID_FUND_ENTRY;
import static org.markaz.db.Tables.AID_HANDOUT;
import static org.markaz.db.Tables.AID_HANDOUT_LINE;
import static org.markaz.db.Tables.AID_ITEM;
import static org.markaz.db.Tables.AID_PURCHASE;
import static org.markaz.db.Tables.AID_PURCHASE_LINE;
import static org.markaz.db.Tables.AID_STOCK_MOVE;
import static org.markaz.db.Tables.FAMILY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.markaz.core.db.BatchInsert;

/**
 * The aid's rows of the scale dataset, written in batches with the ids the generator gave them
 * (each ledger line names the line before it), after which each table's identity restarts above them.
 */
final class AidScaleRepository {

    record Family(long id, Instant createdAt, LocalDate archivedOn) {
    }

    List<Family> families(DSLContext tx) {
        return tx.select(FAMILY.ID, FAMILY.CREATED_AT, FAMILY.ARCHIVED_ON).from(FAMILY).orderBy(FAMILY.ID)
                .fetch(r -> new Family(r.value1(), r.value2(), r.value3()));
    }

    /** The first id free in each aid table: the generator numbers its rows from them. */
    record NextIds(long item, long purchase, long purchaseLine, long fundEntry, long handout, long handoutLine, long move) {
    }

    NextIds nextIds(DSLContext tx) {
        return new NextIds(nextId(tx, AID_ITEM, AID_ITEM.ID), nextId(tx, AID_PURCHASE, AID_PURCHASE.ID),
                nextId(tx, AID_PURCHASE_LINE, AID_PURCHASE_LINE.ID), nextId(tx, AID_FUND_ENTRY, AID_FUND_ENTRY.ID),
                nextId(tx, AID_HANDOUT, AID_HANDOUT.ID), nextId(tx, AID_HANDOUT_LINE, AID_HANDOUT_LINE.ID),
                nextId(tx, AID_STOCK_MOVE, AID_STOCK_MOVE.ID));
    }

    private static long nextId(DSLContext tx, Table<?> table, Field<Long> id) {
        return tx.select(DSL.coalesce(DSL.max(id), 0L)).from(table).fetchSingle().value1() + 1;
    }

    void items(DSLContext tx, List<Object[]> rows) {
        write(tx, AID_ITEM, List.of(AID_ITEM.ID, AID_ITEM.NAME_EN, AID_ITEM.NAME_RU, AID_ITEM.NAME_TG, AID_ITEM.CATEGORY,
                AID_ITEM.UNIT, AID_ITEM.TRACKS_EXPIRY, AID_ITEM.MONTHLY_LIMIT), rows, AID_ITEM.ID);
    }

    void purchases(DSLContext tx, List<Object[]> rows) {
        write(tx, AID_PURCHASE, List.of(AID_PURCHASE.ID, AID_PURCHASE.ON_DATE, AID_PURCHASE.SUPPLIER,
                AID_PURCHASE.SUPPLIER_KEY, AID_PURCHASE.RECEIPT_NUMBER, AID_PURCHASE.TOTAL_DIRAM, AID_PURCHASE.RECORDED_BY,
                AID_PURCHASE.RECORDED_AT), rows, AID_PURCHASE.ID);
    }

    void purchaseLines(DSLContext tx, List<Object[]> rows) {
        write(tx, AID_PURCHASE_LINE, List.of(AID_PURCHASE_LINE.ID, AID_PURCHASE_LINE.PURCHASE_ID, AID_PURCHASE_LINE.ITEM_ID,
                AID_PURCHASE_LINE.QUANTITY, AID_PURCHASE_LINE.UNIT_PRICE_DIRAM, AID_PURCHASE_LINE.TOTAL_DIRAM,
                AID_PURCHASE_LINE.EXPIRES_ON), rows, AID_PURCHASE_LINE.ID);
    }

    void fundEntries(DSLContext tx, List<Object[]> rows) {
        write(tx, AID_FUND_ENTRY, List.of(AID_FUND_ENTRY.ID, AID_FUND_ENTRY.KIND, AID_FUND_ENTRY.ON_DATE,
                AID_FUND_ENTRY.AMOUNT_DIRAM, AID_FUND_ENTRY.SOURCE, AID_FUND_ENTRY.REFERENCE, AID_FUND_ENTRY.PURCHASE_ID,
                AID_FUND_ENTRY.PREVIOUS_ID, AID_FUND_ENTRY.PREVIOUS_BALANCE, AID_FUND_ENTRY.BALANCE_AFTER,
                AID_FUND_ENTRY.FIRST_ENTRY, AID_FUND_ENTRY.RECORDED_BY, AID_FUND_ENTRY.RECORDED_AT), rows, AID_FUND_ENTRY.ID);
    }

    void handouts(DSLContext tx, List<Object[]> rows) {
        write(tx, AID_HANDOUT, List.of(AID_HANDOUT.ID, AID_HANDOUT.FAMILY_ID, AID_HANDOUT.ON_DATE, AID_HANDOUT.REASON,
                AID_HANDOUT.NOTE, AID_HANDOUT.REQUESTED_BY, AID_HANDOUT.HANDED_OVER_BY, AID_HANDOUT.RECEIVED_CONFIRMED,
                AID_HANDOUT.RECORDED_BY, AID_HANDOUT.RECORDED_AT), rows, AID_HANDOUT.ID);
    }

    void handoutLines(DSLContext tx, List<Object[]> rows) {
        write(tx, AID_HANDOUT_LINE, List.of(AID_HANDOUT_LINE.ID, AID_HANDOUT_LINE.HANDOUT_ID, AID_HANDOUT_LINE.ITEM_ID,
                AID_HANDOUT_LINE.QUANTITY), rows, AID_HANDOUT_LINE.ID);
    }

    void stockMoves(DSLContext tx, List<Object[]> rows) {
        write(tx, AID_STOCK_MOVE, List.of(AID_STOCK_MOVE.ID, AID_STOCK_MOVE.ITEM_ID, AID_STOCK_MOVE.KIND,
                AID_STOCK_MOVE.ON_DATE, AID_STOCK_MOVE.QUANTITY, AID_STOCK_MOVE.EXPIRES_ON, AID_STOCK_MOVE.VALUE_DIRAM,
                AID_STOCK_MOVE.PURCHASE_LINE_ID, AID_STOCK_MOVE.HANDOUT_LINE_ID, AID_STOCK_MOVE.WRITE_OFF_CAUSE,
                AID_STOCK_MOVE.PREVIOUS_ID, AID_STOCK_MOVE.PREVIOUS_ON_HAND, AID_STOCK_MOVE.ON_HAND_AFTER,
                AID_STOCK_MOVE.FIRST_OF_ITEM, AID_STOCK_MOVE.RECORDED_BY, AID_STOCK_MOVE.RECORDED_AT), rows, AID_STOCK_MOVE.ID);
    }

    /** Points each item at its newest stock line, the one no line follows (docs/decisions/0021), as V15 does. */
    void pointNewest(DSLContext tx) {
        tx.execute("merge into aid_stock_newest (item_id, move_id, on_hand) key (item_id) "
                + "select m.item_id, m.id, m.on_hand_after from aid_stock_move m "
                + "where not exists (select 1 from aid_stock_move n where n.previous_id = m.id)");
    }

    private static void write(DSLContext tx, Table<?> table, List<? extends Field<?>> columns, List<Object[]> rows,
                              Field<Long> id) {
        BatchInsert.insert(tx, table, columns, rows, row -> row);
        long next = tx.select(DSL.coalesce(DSL.max(id), 0L)).from(table).fetchSingle().value1() + 1;
        tx.execute("alter table " + table.getName() + " alter column id restart with " + next);
    }
}
