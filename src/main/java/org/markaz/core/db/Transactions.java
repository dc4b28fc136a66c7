package org.markaz.core.db;

import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The one way services reach the database (ADR 0009). A call joins the transaction already
 * running on this thread, or opens one when there is none; so admitting a child and booking
 * their bed, or handing out aid and moving its stock, are one transaction however many services
 * take part. A joined call runs inside a savepoint: when it is refused and its caller catches the
 * refusal, only its own writes are undone. An outermost transaction that wrote is forced to the
 * disk once, after its commit ({@link SyncOnCommit}), and the tables it wrote are told to
 * {@link TableWrites} once it has ended.
 */
public final class Transactions {

    private final DSLContext root;
    private final SyncOnCommit sync;
    private final TableWrites tableWrites;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    Transactions(DSLContext root, SyncOnCommit sync, TableWrites tableWrites) {
        this.root = root;
        this.sync = sync;
        this.tableWrites = tableWrites;
    }

    /** Runs {@code work} in this thread's transaction, or in a new one; returns what it returns. */
    public <T> T result(Function<DSLContext, T> work) {
        DSLContext outer = current.get();
        if (outer != null) {
            return outer.transactionResult(cfg -> within(cfg.dsl(), work));
        }
        sync.transactionStarts();
        tableWrites.transactionStarts();
        T result;
        try {
            result = root.transactionResult(cfg -> within(cfg.dsl(), work));
        } catch (RuntimeException | Error refused) {
            tableWrites.transactionEnds();
            sync.transactionEnds(false);
            throw refused;
        }
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
