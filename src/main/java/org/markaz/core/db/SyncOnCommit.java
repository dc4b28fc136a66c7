package org.markaz.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;
import org.jooq.exception.DataAccessException;

/**
 * Forces each transaction that wrote onto the disk before the user is told it is saved.
 * WRITE_DELAY=0 hands a commit to the operating system at once, which survives a killed process;
 * only a forced write (fsync) also survives a power cut, which the office has. Transactions that
 * only read (most of them: every screen's load) are not forced, which on a spinning disk would
 * cost each of them a rotation.
 */
final class SyncOnCommit implements TransactionListener, ExecuteListener {

    private final DataSource dataSource;
    /** Whether the transaction running on this thread has written; a transaction stays on its thread. */
    private final ThreadLocal<Boolean> wrote = ThreadLocal.withInitial(() -> false);

    SyncOnCommit(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        if (ctx.type() != ExecuteType.READ) {
            wrote.set(true);
        }
    }

    @Override
    public void commitEnd(TransactionContext ctx) {
        if (!wrote.get()) {
            return;
        }
        wrote.set(false);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new DataAccessException("Could not force the commit to disk", e);
        }
    }

    @Override
    public void rollbackEnd(TransactionContext ctx) {
        wrote.set(false);
    }
}
