package org.markaz.core.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Named;
import org.markaz.db.Public;

/**
 * Reads an audit entry's stored JSON into fields a director can read: each value typed by its
 * column, coded values named, references resolved. The table's generated jOOQ class says each
 * column's type, enum and foreign key, so no table is named here.
 */
public final class AuditChangeRepository {

    /** Columns kept for the program's own use, never worth showing. */
    private static final Set<String> NOT_SHOWN = Set.of("SEARCH_TEXT");

    /** How a changed field names the record it points at: a person's name, a family's code, else its number. */
    /** The columns that name a record, the first a table has; an aid item's name in the user's language comes first. */
    private static final List<String> NAMING_COLUMNS = List.of("FULL_NAME", "CODE", "USERNAME", "NAME", "LABEL",
            "REFERRED_ON", "STARTS_ON", "ON_DATE");

    /**
     * The fields of an entry: for a change, those whose value changed; for a record created or
     * deleted, every field that holds something.
     */
    public List<FieldChange> changes(DSLContext dsl, AuditEntry entry, Language language) {
        BiFunction<Table<?>, Object, String> nameOf = (table, id) -> nameOf(dsl, table, id, language);
        Map<String, Object> before = parse(entry.before());
        Map<String, Object> after = parse(entry.after());
        Table<?> table = Public.PUBLIC.getTable(entry.tableName().toUpperCase(java.util.Locale.ROOT));
        Set<String> columns = new LinkedHashSet<>();
        if (table != null) {
            for (Field<?> field : table.fields()) {
                columns.add(field.getName());
            }
        }
        columns.addAll(before.keySet());
        columns.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String column : columns) {
            Object was = before.get(column);
            Object is = after.get(column);
            boolean shown = entry.action() == AuditAction.UPDATE ? !Objects.equals(was, is) : (was != null || is != null);
            if (shown && !NOT_SHOWN.contains(column)) {
                changes.add(new FieldChange(entry.tableName(), column, value(table, column, was, nameOf),
                        value(table, column, is, nameOf)));
            }
        }
        return changes;
    }

    /**
     * A stored value as the log says it. A hidden one (a password's hash) says only that, never
     * what the trail keeps; a "..._by" column names who did something, perhaps the program itself.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static FieldChange.Value value(Table<?> table, String column, Object stored,
                                           BiFunction<Table<?>, Object, String> nameOf) {
        if (stored == null) {
            return new FieldChange.Nothing();
        }
        if (AuditRepository.isHiddenColumn(column)) {
            return new FieldChange.Coded("audit.hidden");
        }
        if (column.toUpperCase(java.util.Locale.ROOT).endsWith("_BY") && stored instanceof String who) {
            return new FieldChange.Who(who);
        }
        Field<?> field = table == null ? null : table.field(column);
        if (field != null) {
            Table<?> referenced = referencedBy(table, field);
            if (referenced != null) {
                return new FieldChange.Text(nameOf.apply(referenced, stored));
            }
            Converter converter = field.getConverter();
            if (converter != null && converter.toType().isEnum()) {
                // the trail keeps a coded value as its enum's name (jOOQ writes the record's Java values)
                for (Object constant : converter.toType().getEnumConstants()) {
                    if (constant instanceof Named named && ((Enum<?>) constant).name().equals(stored.toString())) {
                        return new FieldChange.Coded(named.nameKey());
                    }
                }
            }
            Class<?> type = field.getType();
            try {
                if (type == LocalDate.class) {
                    return new FieldChange.Day(LocalDate.parse(stored.toString()));
                }
                if (type == Instant.class || type == OffsetDateTime.class) {
                    return new FieldChange.Moment(OffsetDateTime.parse(stored.toString()).toInstant());
                }
            } catch (java.time.DateTimeException notSoStored) {
                return new FieldChange.Text(stored.toString());
            }
        }
        if (stored instanceof Boolean yes) {
            return new FieldChange.YesNo(yes);
        }
        return new FieldChange.Text(stored.toString());
    }

    private static String nameOf(DSLContext dsl, Table<?> table, Object id, Language language) {
        var key = table.getPrimaryKey();
        if (key == null || key.getFields().size() != 1) {
            return String.valueOf(id);
        }
        List<String> naming = new ArrayList<>();
        naming.add("NAME_" + language.code().toUpperCase(java.util.Locale.ROOT)); // an aid item's name_ru, name_tg
        naming.addAll(NAMING_COLUMNS);
        for (String column : naming) {
            var field = table.field(column);
            if (field != null) {
                Object name = dsl.select(field).from(table)
                        .where(idEquals(key.getFields().get(0), id)).fetchOne(field);
                return name == null ? "#" + id : name + " (#" + id + ")";
            }
        }
        return "#" + id;
    }

    /** A stored id (a number from the JSON) compared with its column, converted to the column's type. */
    private static <T> org.jooq.Condition idEquals(Field<T> idField, Object id) {
        return idField.eq(idField.getDataType().convert(id));
    }

    /**
     * The table a foreign key on this field points at, by that table's one-column primary key, or
     * null. The key may have more columns (a booking's bed and its unit): this field names the record.
     */
    private static Table<?> referencedBy(Table<?> table, Field<?> field) {
        for (ForeignKey<?, ?> key : table.getReferences()) {
            var primaryKey = key.getKey().getTable().getPrimaryKey();
            for (int i = 0; i < key.getFields().size(); i++) {
                if (key.getFields().get(i).getName().equals(field.getName()) && primaryKey != null
                        && primaryKey.getFields().size() == 1
                        && primaryKey.getFields().get(0).getName().equals(key.getKeyFields().get(i).getName())) {
                    return key.getKey().getTable();
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return (Map<String, Object>) new JSONParser().parse(json);
        } catch (ParseException | ClassCastException e) {
            return Map.of("?", json);
        }
    }
}
