package org.markaz.core.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A column's values as the text of a backup's CSV file, and back. Only the types Markaz's schema
 * uses are known; a backup naming any other type is refused, and a value that does not parse as
 * its column's type is refused before it reaches the database.
 */
enum ColumnCodec {
    INTEGER_NUMBER("BIGINT", "INTEGER", "SMALLINT", "TINYINT") {
        @Override
        Object parse(String text) {
            return Long.parseLong(text);
        }
    },
    DECIMAL_NUMBER("NUMERIC", "DECIMAL") {
        @Override
        Object parse(String text) {
            return new BigDecimal(text);
        }

        @Override
        String format(Object value) {
            return ((BigDecimal) value).toPlainString();
        }
    },
    TRUTH("BOOLEAN") {
        @Override
        Object parse(String text) {
            return switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("not a truth value");
            };
        }
    },
    TEXT("CHARACTER VARYING", "CHARACTER", "CHARACTER LARGE OBJECT", "VARCHAR_IGNORECASE") {
        @Override
        Object parse(String text) {
            return text;
        }

        @Override
        Object read(ResultSet row, int column) throws SQLException {
            return row.getString(column);
        }
    },
    DATE("DATE") {
        @Override
        Object parse(String text) {
            return LocalDate.parse(text);
        }

        @Override
        Object read(ResultSet row, int column) throws SQLException {
            return row.getObject(column, LocalDate.class);
        }
    },
    TIME("TIME") {
        @Override
        Object parse(String text) {
            return LocalTime.parse(text);
        }

        @Override
        Object read(ResultSet row, int column) throws SQLException {
            return row.getObject(column, LocalTime.class);
        }
    },
    TIMESTAMP("TIMESTAMP") {
        @Override
        Object parse(String text) {
            return LocalDateTime.parse(text);
        }

        @Override
        Object read(ResultSet row, int column) throws SQLException {
            return row.getObject(column, LocalDateTime.class);
        }
    },
    TIMESTAMP_WITH_ZONE("TIMESTAMP WITH TIME ZONE") {
        @Override
        Object parse(String text) {
            return OffsetDateTime.parse(text);
        }

        @Override
        Object read(ResultSet row, int column) throws SQLException {
            return row.getObject(column, OffsetDateTime.class);
        }
    };

    private final String[] sqlTypes;

    ColumnCodec(String... sqlTypes) {
        this.sqlTypes = sqlTypes;
    }

    /** The codec of a column type as INFORMATION_SCHEMA names it; refused when Markaz has no such column type. */
    static ColumnCodec forType(String sqlType) {
        String type = sqlType == null ? "" : sqlType.toUpperCase(Locale.ROOT);
        for (ColumnCodec codec : values()) {
            for (String known : codec.sqlTypes) {
                if (known.equals(type)) {
                    return codec;
                }
            }
        }
        throw new IllegalArgumentException("no column of type " + sqlType);
    }

    /** Parses a cell; throws {@link IllegalArgumentException} (or a parse exception) when it is not of this type. */
    abstract Object parse(String text);

    Object read(ResultSet row, int column) throws SQLException {
        return row.getObject(column);
    }

    String format(Object value) {
        return value.toString();
    }

    /** Sets a parameter from a cell's text (null: SQL NULL), refusing text that is not of this type. */
    void bind(PreparedStatement statement, int parameter, String text) throws SQLException {
        if (text == null) {
            statement.setObject(parameter, null);
            return;
        }
        Object value;
        try {
            value = parse(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + abbreviated(text) + "\" is not a " + name().toLowerCase(Locale.ROOT), e);
        }
        statement.setObject(parameter, value);
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
