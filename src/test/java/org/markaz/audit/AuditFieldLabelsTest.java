package org.markaz.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.markaz.app.Features;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.db.Public;

/** Issue 9: a director reads the audit log's fields in words: every audited column has a label in the bundle. */
class AuditFieldLabelsTest {

    private static final Set<String> NOT_SHOWN = Set.of("SEARCH_TEXT");

    @Test
    void everyAuditedColumnHasALabel() {
        Localization english = new Localization(Language.ENGLISH);
        Set<String> unlabelled = new TreeSet<>();
        for (String table : Features.auditedTables().keySet()) {
            for (var field : Public.PUBLIC.getTable(table.toUpperCase()).fields()) {
                String column = camel(field.getName().toLowerCase());
                String own = "field." + camel(table) + Character.toUpperCase(column.charAt(0)) + column.substring(1);
                if (!NOT_SHOWN.contains(field.getName()) && !english.has(own) && !english.has("field." + column)) {
                    unlabelled.add(table + "." + field.getName());
                }
            }
        }
        assertEquals(Set.of(), unlabelled);
    }

    private static String camel(String snake) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
