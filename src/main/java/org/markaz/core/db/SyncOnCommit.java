package org.markaz.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forces each transaction that wrote onto the disk before the user is told it is saved.
 * WRITE_DELAY=0 hands a commit to the operating system at once, which survives a killed process;
 * only a forced write (fsync) also survives a power cut, which the office has. Transactions that
 * only read (most of them: every screen's load) are not forced, which on a spinning disk would
 * cost each of them a rotation. {@link Transactions} says when an outermost transaction starts
 * and ends; nested ones are part of it and force nothing of their own.
 */
final class SyncOnCommit implements ExecuteListener {

    private static final Logger LOG = LoggerFactory.getLogger(SyncOnCommit.class);

    private final DataSource dataSource;
    /** Whether the transaction running on this thread has written; a transaction stays on its thread. */
    private final ThreadLocal<Boolean> wrote = ThreadLocal.withInitial(() -> false);

    private final boolean forcesEachTransaction;

    /** {@code forcesEachTransaction} false: a database built aside, forced once when it is put in place. */
    SyncOnCommit(DataSource dataSource, boolean forcesEachTransaction) {
        this.dataSource = dataSource;
        this.forcesEachTransaction = forcesEachTransaction;
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        if (ctx.type() != ExecuteType.READ) {
            wrote.set(true);
        }
    }

    void transactionStarts() {
        wrote.set(false);
    }

    /**
     * After the outermost transaction: forces the disk if it committed having written. The
     * commit has happened, so a failure here is logged and not reported as a failed save: the
     * work is in the database, and the operating system writes it out soon.
     */
    void transactionEnds(boolean committed) {
        boolean mustForce = forcesEachTransaction && committed && wrote.get();
        wrote.remove();
        if (mustForce) {
            force();
        }
    }

    /** Forces what was written outside {@link Transactions} (bulk loads with plain JDBC). */
    void force() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            LOG.error("A committed transaction could not be forced to the disk", e);
        }
    }
}
