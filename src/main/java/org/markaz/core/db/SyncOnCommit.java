package org.markaz.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;
import org.jooq.exception.DataAccessException;

/**
 * Forces each committed transaction onto the disk before the user is told it is saved.
 * WRITE_DELAY=0 hands a commit to the operating system at once, which survives a killed process;
 * only a forced write (fsync) also survives a power cut, which the office has.
 */
final class SyncOnCommit implements TransactionListener {

    private final DataSource dataSource;

    SyncOnCommit(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void commitEnd(TransactionContext ctx) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new DataAccessException("Could not force the commit to disk", e);
        }
    }
}
