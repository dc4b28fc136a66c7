package org.markaz.core.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.result.Row;
import org.h2.table.Table;
import org.h2.value.ValueBigint;
import org.h2.value.ValueVarchar;
import org.junit.jupiter.api.Test;
import org.markaz.testsupport.TestServices;

public class IntegrityCheckTest {

    /**
     * Puts an entry into an index with no row behind it, reaching into H2 itself: the state a
     * process killed in the middle of a large write left (table and index counts disagreeing).
     */
    public static void breakIndex(DataSource dataSource, String tableName, String indexName) {
        try (Connection connection = dataSource.getConnection()) {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            Table table = session.getDatabase().getSchema("PUBLIC").getTableOrView(session, tableName);
            Index index = table.getIndex(indexName);
            Row row = table.getTemplateRow();
            row.setKey(987_654_321L);
            row.setValue(0, ValueBigint.get(987_654_321L));
            row.setValue(1, ValueVarchar.get("nobody"));
            index.add(session, row);
            session.commit(false);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aHealthyDatabasePasses() {
        try (TestServices test = TestServices.sampleFamilies()) {
            IntegrityCheck.Result result = IntegrityCheck.run(test.database().dataSource());
            assertTrue(result.ok(), result.problems().toString());
            assertTrue(IntegrityCheck.quick(test.database().dataSource()).ok());
        }
    }

    @Test
    void anIndexThatDisagreesWithItsTableIsFound() {
        try (TestServices test = TestServices.sampleFamilies()) {
            test.database().dsl().execute("CREATE INDEX staff_broken ON staff (full_name)");
            breakIndex(test.database().dataSource(), "STAFF", "STAFF_BROKEN");
            IntegrityCheck.Result result = IntegrityCheck.run(test.database().dataSource());
            assertFalse(result.ok());
            assertTrue(result.problems().get(0).contains("STAFF_BROKEN"), result.problems().toString());
            IntegrityCheck.Result atStart = IntegrityCheck.quick(test.database().dataSource());
            assertFalse(atStart.ok(), "the start's quick check finds it too");
            assertTrue(atStart.problems().get(0).contains("STAFF_BROKEN"), atStart.problems().toString());
        }
    }
}
