package org.markaz.core.demo;

import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The scale dataset's bulk writes, for the repositories of every share: one prepared statement per
 * table, its rows bound in batches of {@value #BATCH}, in the dataset's one transaction. Nothing is
 * audited: the dataset stands for ten years of work already done.
 */
public final class BatchInsert {

    static final int BATCH = 2_000;

    private BatchInsert() {
    }

    public static <R> void insert(DSLContext tx, Table<?> table, List<? extends Field<?>> columns, List<R> rows,
                                  Function<R, Object[]> values) {
        Query statement = tx.insertInto(table).columns(columns).values(Collections.nCopies(columns.size(), null));
        for (int from = 0; from < rows.size(); from += BATCH) {
            BatchBindStep batch = tx.batch(statement);
            for (R row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                batch = batch.bind(values.apply(row));
            }
            batch.execute();
        }
    }

    /**
     * Inserts the rows and returns their new ids in the order of the rows. Identity values are
     * handed out in the order rows are inserted, and the dataset's transaction is the only writer,
     * so the new ids read back in order belong to the rows in order.
     */
    public static <R> List<Long> insertReturningIds(DSLContext tx, Table<?> table, Field<Long> id,
                                                    List<? extends Field<?>> columns, List<R> rows,
                                                    Function<R, Object[]> values) {
        long highestBefore = tx.select(DSL.coalesce(DSL.max(id), 0L)).from(table).fetchSingle().value1();
        insert(tx, table, columns, rows, values);
        List<Long> ids = tx.select(id).from(table).where(id.gt(highestBefore)).orderBy(id).fetch(id);
        if (ids.size() != rows.size()) {
            throw new IllegalStateException(table.getName() + ": wrote " + rows.size() + " rows but found " + ids.size());
        }
        return ids;
    }
}
