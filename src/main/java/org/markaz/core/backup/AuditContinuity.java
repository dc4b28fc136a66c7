package org.markaz.core.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;
import org.markaz.core.MarkazException;

/**
 * A backup is an earlier moment of this centre, so its audit trail must be the beginning of the
 * trail the centre has now, entry for entry: an entry deleted or changed in the backup, however
 * well its checksums were redone, differs from the one the centre still holds. Entries written
 * since the centre's newest restore are its own new life and are not compared.
 */
final class AuditContinuity {

    private static final String COLUMNS = "ID, OCCURRED_AT, USER_ID, ACTOR, ACTION, TABLE_NAME, RECORD_ID, "
            + "BEFORE_VALUE, AFTER_VALUE";

    private AuditContinuity() {
    }

    static void check(Connection restored, DataSource current, String shown) throws SQLException {
        try (Connection now = current.getConnection()) {
            long limit = Math.min(newest(restored, "SELECT COALESCE(MAX(ID), 0) FROM AUDIT_EVENT"),
                    newest(now, "SELECT COALESCE(MAX(ID), 0) FROM AUDIT_EVENT"));
            long lastRestore = newest(now, "SELECT COALESCE(MAX(ID), 0) FROM AUDIT_EVENT "
                    + "WHERE TABLE_NAME = 'restore_log' AND ACTION = 'CREATE' AND AFTER_VALUE LIKE '%\"RESTORED\"%'");
            if (lastRestore > 0) {
                limit = Math.min(limit, lastRestore - 1);
            }
            String query = "SELECT " + COLUMNS + " FROM AUDIT_EVENT WHERE ID <= ? ORDER BY ID";
            try (PreparedStatement inBackup = restored.prepareStatement(query);
                 PreparedStatement inCentre = now.prepareStatement(query)) {
                inBackup.setLong(1, limit);
                inCentre.setLong(1, limit);
                try (ResultSet backupRows = inBackup.executeQuery(); ResultSet centreRows = inCentre.executeQuery()) {
                    compare(backupRows, centreRows, shown);
                }
            }
        }
    }

    private static void compare(ResultSet backup, ResultSet centre, String shown) throws SQLException {
        int columns = centre.getMetaData().getColumnCount();
        while (true) {
            boolean more = centre.next();
            if (more != backup.next()) {
                throw edited(shown);
            }
            if (!more) {
                return;
            }
            for (int c = 1; c <= columns; c++) {
                if (!Objects.equals(centre.getString(c), backup.getString(c))) {
                    throw edited(shown);
                }
            }
        }
    }

    private static long newest(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static MarkazException edited(String shown) {
        return new MarkazException("error.backupAuditEdited", shown);
    }
}
