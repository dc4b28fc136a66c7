package org.markaz.core.db;

import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Many rows of one table in one prepared statement, bound in batches of {@value #BATCH}: the scale
 * dataset's bulk writes (nothing audited: the dataset stands for ten years of work already done),
 * the audit trail's rows of a transaction ({@link Transactions#keepUntilCommit}) and the nights a
 * booking holds. jOOQ's own {@code batchInsert} of records renders one statement per record.
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

    /**
     * {@code clob} bound as plain text: jOOQ binds a CLOB through a JDBC Clob object, which makes
     * H2 take more than twice as long over short values; H2 stores the text as a CLOB either way.
     */
    public static Field<String> asText(Field<String> clob) {
        return DSL.field(clob.getUnqualifiedName(), SQLDataType.VARCHAR);
    }
}
