package org.markaz.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.markaz.testsupport.TestServices;

/** Every table whose changes reach the audit log is named in the user's words, not by its SQL name. */
class AuditTableNamesTest {

    /**
     * The trail itself, the backup log (not audited, see the user docs), Flyway's history, and the
     * aid fund's single row, which only serves as the lock writers queue on (ADR 0017), each item's pointer at its
     * newest stock line, derived from the audited ledger (ADR 0021), the night rows a booking holds,
     * derived from the audited booking (ADR 0013), and the secret of the pseudonymous ids, which the
     * audit log must never show (ADR 0020).
     */
    private static final Set<String> NOT_AUDITED = Set.of("audit_event", "backup_log", "flyway_schema_history", "aid_fund",
            "aid_stock_newest", "bed_night", "child_night", "hq_export_secret");

    @Test
    void everyAuditedTableHasAName() {
        try (TestServices test = TestServices.inMemory()) {
            Set<String> tables = new TreeSet<>(test.database().dsl()
                    .fetch("select lower(table_name) from information_schema.tables where table_schema = 'PUBLIC'")
                    .getValues(0, String.class));
            tables.removeAll(NOT_AUDITED);
            assertEquals(tables, new TreeSet<>(org.markaz.app.Features.auditedTables().keySet()));
        }
    }
}
