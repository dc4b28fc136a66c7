package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.markaz.children.SearchTexts;
import org.markaz.shared.FamilyRow;

/**
 * Writes every family's and child's search text with the folding of issue 9
 * (docs/decisions/0012-search-folding.md), by the very functions the children service uses, so a
 * centre made before it (or a backup of one, restored) finds its records as a new one does. A
 * later change of the folding adds another migration that calls {@link #refold} again. Plain
 * JDBC: a migration must not use the jOOQ classes, which describe the newest schema only.
 */
public class V10__refold_search_texts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        refold(context.getConnection());
    }

    /** Rewrites the search text of every family and child on the connection, in its transaction. */
    public static void refold(Connection connection) throws SQLException {
        Map<Long, List<FamilyRow.Carer>> carers = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select family_id, id, full_name, phone from carer order by id")) {
            while (rows.next()) {
                carers.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                        .add(new FamilyRow.Carer(rows.getLong(2), rows.getString(3), rows.getString(4)));
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, code, district, phone from family");
             PreparedStatement update = connection.prepareStatement("update family set search_text = ? where id = ?")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                update.setString(1, SearchTexts.family(rows.getString(2), rows.getString(3), rows.getString(4),
                        carers.getOrDefault(id, List.of())));
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select c.id, c.full_name, f.code, f.district from child c "
                     + "join family f on f.id = c.family_id");
             PreparedStatement update = connection.prepareStatement("update child set search_text = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, SearchTexts.child(rows.getString(2), rows.getString(3), rows.getString(4)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
