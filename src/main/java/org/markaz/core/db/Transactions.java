package org.markaz.core.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The one way services reach the database (ADR 0009). A call joins the transaction already
 * running on this thread, or opens one when there is none; so admitting a child and booking
 * their bed, or handing out aid and moving its stock, are one transaction however many services
 * take part. A joined call runs inside a savepoint: when it is refused and its caller catches the
 * refusal, only its own writes are undone. An outermost transaction that wrote is forced to the
 * disk once, after its commit ({@link SyncOnCommit}), and the tables it wrote are told to
 * {@link TableWrites} once it has ended. Rows that nothing reads before the commit (the audit
 * trail's) may be kept until then and written together ({@link #keepUntilCommit}).
 */
public final class Transactions {

    private final DSLContext root;
    private final SyncOnCommit sync;
    private final TableWrites tableWrites;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    /** The rows kept until this thread's outermost transaction commits, in the order they were kept. */
    private final ThreadLocal<List<KeptRow<?>>> kept = new ThreadLocal<>();

    /** A table's rows that may be kept until the commit: the columns written and each row's values for them. */
    public record RowsAtCommit<R>(Table<?> table, List<? extends Field<?>> columns, Function<R, Object[]> values) {
    }

    private record KeptRow<R>(RowsAtCommit<R> kind, R row) {
    }

    Transactions(DSLContext root, SyncOnCommit sync, TableWrites tableWrites) {
        this.root = root;
        this.sync = sync;
        this.tableWrites = tableWrites;
    }

    /** Runs {@code work} in this thread's transaction, or in a new one; returns what it returns. */
    public <T> T result(Function<DSLContext, T> work) {
        DSLContext outer = current.get();
        if (outer != null) {
            List<KeptRow<?>> keptBefore = kept.get();
            int keptBeforeCount = keptBefore.size();
            try {
                return outer.transactionResult(cfg -> within(cfg.dsl(), work));
            } catch (RuntimeException | Error refused) {
                // its savepoint undid its writes: the rows it kept go too
                keptBefore.subList(keptBeforeCount, keptBefore.size()).clear();
                throw refused;
            }
        }
        sync.transactionStarts();
        tableWrites.transactionStarts();
        kept.set(new ArrayList<>());
        T result;
        try {
            result = root.transactionResult(cfg -> {
                T done = within(cfg.dsl(), work);
                writeKept(cfg.dsl());
                return done;
            });
        } catch (RuntimeException | Error refused) {
            kept.remove();
            tableWrites.transactionEnds();
            sync.transactionEnds(false);
            throw refused;
        }
        kept.remove();
        tableWrites.transactionEnds();
        sync.transactionEnds(true);
        return result;
    }

    /** Runs {@code work} in this thread's transaction, or in a new one. */
    public void run(Consumer<DSLContext> work) {
        result(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** Whether this thread is inside a transaction (work that must not run inside one checks this). */
    public boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Keeps {@code row} to be written just before this thread's outermost transaction commits,
     * with the other rows of its table kept in the transaction, in one prepared statement
     * ({@link BatchInsert}): an audited change otherwise costs a second statement of its own. A
     * joined call that is refused takes the rows it kept with it, as its savepoint takes its
     * writes. Nothing may read the row before the commit. Returns false, keeping nothing, when
     * {@code tx} is not this thread's transaction (a restore writing into the database it
     * builds): the caller then writes the row itself.
     */
    public <R> boolean keepUntilCommit(DSLContext tx, RowsAtCommit<R> kind, R row) {
        if (tx != current.get()) {
            return false;
        }
        kept.get().add(new KeptRow<>(kind, row));
        return true;
    }

    private void writeKept(DSLContext tx) {
        Map<RowsAtCommit<?>, List<KeptRow<?>>> byTable = new LinkedHashMap<>();
        kept.get().forEach(row -> byTable.computeIfAbsent(row.kind(), table -> new ArrayList<>()).add(row));
        byTable.forEach((kind, rows) -> write(tx, kind, rows));
    }

    @SuppressWarnings("unchecked")
    private static <R> void write(DSLContext tx, RowsAtCommit<R> kind, List<KeptRow<?>> rows) {
        BatchInsert.insert(tx, kind.table(), kind.columns(), rows, row -> kind.values().apply(((KeptRow<R>) row).row()));
    }

    private <T> T within(DSLContext tx, Function<DSLContext, T> work) {
        DSLContext outer = current.get();
        current.set(tx);
        try {
            return work.apply(tx);
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }
}
