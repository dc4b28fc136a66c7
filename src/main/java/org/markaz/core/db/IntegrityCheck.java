package org.markaz.core.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.table.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A quick look for damage, run at start and before every backup. A process killed in the middle
 * of a very large write has left H2's tables and their indexes disagreeing (the table counting
 * 131,233 rows and an index 138,943), after which answers are silently wrong. So, table by table:
 * the rows found by walking the table, and the entries each of its indexes holds, must all be the
 * same number. An index's own count is read from H2 itself (its tree keeps the count, so this is
 * instant); SQL cannot ask for it, as COUNT(*) always answers from the table. Opening the file is
 * H2's own check of its pages.
 *
 * Walking every row takes seconds on ten years of records, too long to keep the sign-in window
 * waiting (docs/design.md §5: under 2 s). So the start runs the {@link #quick} check, the table's
 * counter against each index's, which finds the disagreement above at once; the full walk runs
 * before every backup (at least daily and at each exit), where a few seconds in the background cost
 * nothing, and refuses to back up what it finds damaged.
 */
public final class IntegrityCheck {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrityCheck.class);

    private IntegrityCheck() {
    }

    /** What was found: nothing wrong, or a description per damaged table (for the log and support). */
    public record Result(List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result run(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return run(connection);
        } catch (SQLException e) {
            return new Result(List.of("the database could not be read: " + e.getMessage()));
        }
    }

    /**
     * The start's check: every table's row counter against each of its indexes' counters, without
     * reading a row. These are the trees' own totals (H2's "approximation", which counts entries
     * of transactions not yet committed too): the exact count, asked outside a statement, walks the
     * whole index. At the start nothing is being written, and H2 has rolled back what a cut left
     * open, so the totals are the rows.
     */
    public static Result quick(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return check(connection, false);
        } catch (SQLException e) {
            return new Result(List.of("the database could not be read: " + e.getMessage()));
        }
    }

    public static Result run(Connection connection) {
        return check(connection, true);
    }

    private static Result check(Connection connection, boolean walkRows) {
        List<String> problems = new ArrayList<>();
        SchemaCatalog catalog;
        SessionLocal session;
        try {
            catalog = SchemaCatalog.read(connection);
            session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        } catch (SQLException | ClassCastException e) {
            return new Result(List.of("the schema could not be read: " + e.getMessage()));
        }
        for (SchemaCatalog.Table table : catalog.tables().values()) {
            try (Statement statement = connection.createStatement()) {
                Table h2Table = session.getDatabase().getSchema("PUBLIC").getTableOrView(session, table.name());
                // SUM(1) walks every row; COUNT(*) would read the table's own counter
                long walked = walkRows ? single(statement, "SELECT COALESCE(SUM(1), 0) FROM PUBLIC." + quoted(table.name())
                        + " USE INDEX ()") : h2Table.getRowCountApproximation(session);
                for (Index index : h2Table.getIndexes()) {
                    long counted = walkRows ? index.getRowCount(session) : index.getRowCountApproximation(session);
                    if (counted != walked) {
                        problems.add(table.name() + ": " + walked + " rows, but index " + index.getName() + " counts " + counted);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                problems.add(table.name() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            LOG.warn("Integrity check found: {}", problems);
        }
        return new Result(List.copyOf(problems));
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
