package org.markaz.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of Markaz's own schema as the database reports them: columns with their types, which
 * tables each one refers to, and its indexes. Backups are written and checked against this, so a
 * restore loads rows only into tables and columns that the program's own migrations made.
 */
public record SchemaCatalog(Map<String, Table> tables) {

    /** Flyway's own bookkeeping: not part of the centre's data. */
    public static final String MIGRATION_HISTORY = "flyway_schema_history";

    public record Column(String name, String type, boolean identity) {
    }

    public record Table(String name, List<Column> columns, Set<String> refersTo, List<String> indexes) {
        public List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    public static SchemaCatalog read(Connection connection) throws SQLException {
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT C.TABLE_NAME, C.COLUMN_NAME, C.DATA_TYPE, "
                + "C.IS_IDENTITY FROM INFORMATION_SCHEMA.COLUMNS C JOIN INFORMATION_SCHEMA.TABLES T "
                + "ON T.TABLE_SCHEMA = C.TABLE_SCHEMA AND T.TABLE_NAME = C.TABLE_NAME "
                + "WHERE C.TABLE_SCHEMA = 'PUBLIC' AND T.TABLE_TYPE = 'BASE TABLE' AND C.TABLE_NAME <> ? "
                + "ORDER BY C.TABLE_NAME, C.ORDINAL_POSITION");
             ResultSet rows = query(statement, MIGRATION_HISTORY)) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
                        .add(new Column(rows.getString(2), rows.getString(3), "YES".equals(rows.getString(4))));
            }
        }
        Map<String, Set<String>> references = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT F.TABLE_NAME, U.TABLE_NAME "
                + "FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS R "
                + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS F ON F.CONSTRAINT_SCHEMA = R.CONSTRAINT_SCHEMA "
                + "AND F.CONSTRAINT_NAME = R.CONSTRAINT_NAME "
                + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS U ON U.CONSTRAINT_SCHEMA = R.UNIQUE_CONSTRAINT_SCHEMA "
                + "AND U.CONSTRAINT_NAME = R.UNIQUE_CONSTRAINT_NAME WHERE R.CONSTRAINT_SCHEMA = ?");
             ResultSet rows = query(statement, "PUBLIC")) {
            while (rows.next()) {
                references.computeIfAbsent(rows.getString(1), t -> new LinkedHashSet<>()).add(rows.getString(2));
            }
        }
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT TABLE_NAME, INDEX_NAME "
                + "FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME");
             ResultSet rows = query(statement, "PUBLIC")) {
            while (rows.next()) {
                indexes.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        columns.forEach((name, cols) -> tables.put(name, new Table(name, List.copyOf(cols),
                Set.copyOf(references.getOrDefault(name, Set.of())), List.copyOf(indexes.getOrDefault(name, List.of())))));
        return new SchemaCatalog(tables);
    }

    private static ResultSet query(PreparedStatement statement, String parameter) throws SQLException {
        statement.setString(1, parameter);
        return statement.executeQuery();
    }

    /**
     * The tables in an order in which every table comes after the tables it refers to, so rows
     * can be loaded with every foreign key checked as they arrive. A table that refers to itself
     * is allowed; a cycle between tables is a schema Markaz does not have and is refused.
     */
    public List<Table> inLoadOrder() {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            boolean progressed = false;
            for (Table table : tables.values()) {
                if (!placed.contains(table.name()) && table.refersTo().stream()
                        .allMatch(other -> other.equals(table.name()) || placed.contains(other))) {
                    ordered.add(table);
                    placed.add(table.name());
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("Foreign keys between tables form a cycle: " + tables.keySet());
            }
        }
        return ordered;
    }
}
