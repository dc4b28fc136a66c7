package org.markaz.core.db;

import static org.markaz.db.Tables.SETTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which tables were written since a moment: told once the writing transaction has ended, whatever its end. */
class TableWritesTest {

    private Database database;
    private TableWrites writes;

    @BeforeEach
    void open() {
        database = Database.inMemory("table-writes-" + System.nanoTime());
        writes = database.tableWrites();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void setSetting(String value) {
        database.transactions().run(tx -> tx.update(SETTING).set(SETTING.SETTING_VALUE, value)
                .where(SETTING.NAME.eq("register.absence_alert_days")).execute());
    }

    @Test
    void aTableWrittenIsToldOnceItsTransactionEndsAndOthersStayUnchanged() {
        long before = writes.now();
        database.transactions().run(tx -> {
            tx.update(SETTING).set(SETTING.SETTING_VALUE, "4").where(SETTING.NAME.eq("register.absence_alert_days")).execute();
            // not yet: a count made now, before the commit, must not be taken as current afterwards
            assertEquals(before, writes.now());
        });
        assertFalse(writes.unchangedSince(Set.of("setting"), before));
        assertTrue(writes.unchangedSince(Set.of("register_mark", "child"), before));
        long after = writes.now();
        assertTrue(writes.unchangedSince(Set.of("setting"), after));
    }

    @Test
    void aRecordStoredWithItsGeneratedValuesReadBackIsAWrite() {
        long before = writes.now();
        database.transactions().run(tx -> {
            var row = tx.newRecord(org.markaz.db.Tables.RESTORE_LOG);
            row.setTriedAt(java.time.Instant.now());
            row.setFileName("backup.zip");
            row.setSha256("0".repeat(64));
            row.setResult(org.markaz.core.backup.RestoreResult.RESTORED);
            row.setTriedBy("admin");
            writes.dated(org.markaz.db.Tables.RESTORE_LOG, java.time.LocalDate.of(2026, 5, 10), row::store);
        });
        Set<String> log = Set.of("restore_log");
        assertFalse(writes.unchangedSince(log, log, java.time.LocalDate.of(2026, 5, 1), java.time.LocalDate.of(2026, 5, 31), before),
                "the insert was seen, though H2 reads the row back in the same statement");
    }

    @Test
    void aTransactionRolledBackAlsoCountsAsAWrite() {
        long before = writes.now();
        assertThrows(IllegalStateException.class, () -> database.transactions().run(tx -> {
            tx.update(SETTING).set(SETTING.SETTING_VALUE, "5").where(SETTING.NAME.eq("register.absence_alert_days")).execute();
            throw new IllegalStateException("refused");
        }));
        // what was counted inside it saw rows that are gone now
        assertFalse(writes.unchangedSince(Set.of("SETTING"), before));
    }

    @Test
    void aReadOnlyTransactionChangesNothing() {
        long before = writes.now();
        database.transactions().result(tx -> tx.fetchCount(SETTING));
        assertEquals(before, writes.now());
        assertTrue(writes.unchangedSince(Set.of("setting"), before));
    }

    @Test
    void theTablesAPieceOfWorkReadAreNamed() {
        TableWrites.Read<Integer> read = writes.readsOf(() -> database.transactions().result(tx ->
                tx.fetchCount(tx.selectFrom(SETTING).where(SETTING.NAME.in(tx.select(org.markaz.db.Tables.CHILD.FULL_NAME)
                        .from(org.markaz.db.Tables.CHILD))))));
        assertEquals(0, read.result());
        assertEquals(Set.of("SETTING", "CHILD"), read.tables());
    }

    @Test
    void aDatedWriteCountsOnlyForFiguresOfPeriodsHoldingItsDay() {
        java.time.LocalDate may = java.time.LocalDate.of(2026, 5, 10);
        long before = writes.now();
        database.transactions().run(tx -> writes.dated(SETTING, may, () -> tx.update(SETTING).set(SETTING.SETTING_VALUE, "7")
                .where(SETTING.NAME.eq("register.absence_alert_days")).execute()));
        Set<String> setting = Set.of("setting");
        assertTrue(writes.unchangedSince(setting, setting, java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 3, 31), before));
        assertFalse(writes.unchangedSince(setting, setting, java.time.LocalDate.of(2026, 4, 1), java.time.LocalDate.of(2026, 6, 30), before));
        assertFalse(writes.unchangedSince(setting, before), "read whole: any dated write counts");

        long after = writes.now();
        setSetting("3"); // not dated: a change for every period
        assertFalse(writes.unchangedSince(setting, setting, java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 3, 31), after));
    }

    @Test
    void aWriteOutsideATransactionIsToldAtOnceAndPlainSqlMarksEveryTable() {
        long before = writes.now();
        database.dsl().update(SETTING).set(SETTING.SETTING_VALUE, "6").where(SETTING.NAME.eq("register.absence_alert_days"))
                .execute();
        assertFalse(writes.unchangedSince(Set.of("setting"), before));
        long middle = writes.now();
        database.dsl().execute("checkpoint");
        assertFalse(writes.unchangedSince(Set.of("child"), middle), "a statement naming no table may have written any");
        setSetting("3");
    }
}
