package org.markaz.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.markaz.db.Public;
import org.markaz.testsupport.TestServices;

/**
 * Issue 8 §4: every coded value (a status, an outcome, a service) is mapped once, from its
 * column's CHECK list to a Java enum by jOOQ's code generator. The two must never drift apart:
 * a value the database allows but the enum lacks would fail when read, and the other way round
 * when written.
 */
class CodedValuesTest {

    private static final Pattern IN_LIST = Pattern.compile("\"(\\w+)\" IN\\(([^)]*)\\)");

    @Test
    void everyCodedColumnsCheckListHoldsExactlyItsEnumsValues() {
        Map<String, Set<String>> checked = checkLists();
        Map<String, Set<String>> mapped = enumColumns();
        assertTrue(mapped.size() >= 15, "the coded columns are mapped to enums: " + mapped.keySet());
        assertEquals(checked.keySet(), mapped.keySet(), "every coded column has both a CHECK list and an enum");
        mapped.forEach((column, values) -> assertEquals(checked.get(column), values, column));
    }

    /** TABLE.COLUMN -> the values its "..._KNOWN" CHECK constraint allows. */
    private static Map<String, Set<String>> checkLists() {
        Map<String, Set<String>> lists = new TreeMap<>();
        try (TestServices test = TestServices.inMemory()) {
            var rows = test.database().dsl().fetch("SELECT U.TABLE_NAME, C.CHECK_CLAUSE "
                    + "FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS C JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS U "
                    + "ON U.CONSTRAINT_SCHEMA = C.CONSTRAINT_SCHEMA AND U.CONSTRAINT_NAME = C.CONSTRAINT_NAME "
                    + "WHERE C.CONSTRAINT_SCHEMA = 'PUBLIC' AND C.CONSTRAINT_NAME LIKE '%_KNOWN'");
            for (var row : rows) {
                Matcher in = IN_LIST.matcher(row.get(1, String.class));
                assertTrue(in.find(), "a _known constraint lists its values: " + row.get(1, String.class));
                lists.put(row.get(0, String.class) + "." + in.group(1), Arrays.stream(in.group(2).split(","))
                        .map(value -> value.strip().replace("'", "")).collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        return lists;
    }

    /** TABLE.COLUMN -> the values its enum is stored as, for every generated field converted to an enum. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Set<String>> enumColumns() {
        Map<String, Set<String>> columns = new TreeMap<>();
        for (Table<?> table : Public.PUBLIC.getTables()) {
            for (Field<?> field : table.fields()) {
                Converter converter = field.getConverter();
                if (converter != null && converter.toType().isEnum()) {
                    Set<String> stored = new TreeSet<>();
                    for (Object constant : converter.toType().getEnumConstants()) {
                        stored.add(String.valueOf(converter.to(constant)));
                    }
                    columns.put(table.getName() + "." + field.getName(), stored);
                }
            }
        }
        return columns;
    }
}
