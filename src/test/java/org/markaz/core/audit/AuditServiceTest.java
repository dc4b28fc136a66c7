package org.markaz.core.audit;

import org.markaz.children.ChildConfirmations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.ChangeWatch;
import org.markaz.core.centre.CentreDetails;
import org.markaz.testsupport.TestServices;

class AuditServiceTest {

    private final TestServices test = TestServices.sampleCentre();
    private final AuditService audit = test.services().audit();
    private final Actor admin = test.signIn("admin");

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void everyWriteOfTheSampleCentreIsInTheTrail() {
        // the sample deletes nothing: every row of every audited table has its CREATE entry
        // (settings' rows come from the migrations' defaults, before any trail)
        for (String table : org.markaz.app.Features.auditedTables().keySet()) {
            if (table.equals("setting")) {
                continue;
            }
            assertEquals(test.count(table), test.database().dsl().fetchCount(org.jooq.impl.DSL.table("audit_event"),
                    org.jooq.impl.DSL.field("table_name").eq(table), org.jooq.impl.DSL.field("action").eq("CREATE")), table);
        }
        assertEquals(sampleRows(), audit.search(admin, AuditFilter.everything(), 0).totalCount(), "the log shows them all");
    }

    /** Every entry the sample centre wrote to the trail (creations and the later changes). */
    private int sampleRows() {
        return test.count("audit_event");
    }

    @Test
    void aScreenShownAgainLearnsWhetherAnythingWasWrittenMeanwhile() {
        ChangeWatch changes = new ChangeWatch(audit, test.signIn("admin"));
        assertTrue(changes.changedSinceLastLook(), "the first look always loads");
        assertFalse(changes.changedSinceLastLook());
        test.services().centres().update(admin, new CentreDetails("Маркази Хуҷанд", "KHJ", "Вилояти Суғд", "кӯчаи Сомонӣ 1", null));
        assertTrue(changes.changedSinceLastLook());
        assertFalse(changes.changedSinceLastLook());
        changes.forget();
        assertTrue(changes.changedSinceLastLook(), "after a failed load the next look loads again");
    }

    @Test
    void aFirstLookTakenAsAScreenLoadsMakesItsFirstShowingReloadNothing() {
        ChangeWatch changes = new ChangeWatch(audit, admin);
        changes.lookFirst(new org.markaz.core.ui.UiContext(new org.markaz.core.i18n.Localization(
                org.markaz.core.i18n.Language.ENGLISH), null, new org.markaz.core.ui.SameThreadTaskExecutor(), test.clock()));
        assertFalse(changes.changedSinceLastLook(), "nothing written since the screen loaded");
        test.services().centres().update(admin, new CentreDetails("Маркази Хуҷанд", "KHJ", "Вилояти Суғд", "кӯчаи Сомонӣ 2", null));
        assertTrue(changes.changedSinceLastLook());
    }

    @Test
    void eachEntryNamesItsRowByItsKeyJoinedByCommas() {
        assertEquals(rows("SELECT CAST(id AS VARCHAR) FROM child"), createdIds("child"));
        assertEquals(rows("SELECT case_id || ',' || child_id FROM case_child"), createdIds("case_child"));
    }

    private java.util.Set<String> rows(String query) {
        return new java.util.HashSet<>(test.database().dsl().fetch(query).getValues(0, String.class));
    }

    private java.util.Set<String> createdIds(String table) {
        return rows("SELECT record_id FROM audit_event WHERE action = 'CREATE' AND table_name = '" + table + "'");
    }

    @Test
    void passwordHashesNeverReachTheTrail() {
        var page = audit.search(admin, new AuditFilter(null, null, null, "app_user", null), 0);
        assertEquals(5, page.totalCount());
        page.entries().forEach(entry -> {
            assertTrue(entry.after().contains("\"PASSWORD_HASH\":\"(hidden)\""), entry.after());
            assertFalse(entry.after().contains("pbkdf2"));
        });
    }

    @Test
    void filtersByDateUserAndRecord() {
        test.clock().advance(Duration.ofDays(3));
        test.services().centres().update(admin, new CentreDetails("Маркази Хуҷанд", "KHJ", "Вилояти Суғд", "кӯчаи Сомонӣ 1", null));
        LocalDate later = LocalDate.of(2026, 11, 26);
        assertEquals(1, audit.search(admin, new AuditFilter(later, later, null, null, null), 0).totalCount());
        assertEquals(0, audit.search(admin, new AuditFilter(later.plusDays(1), null, null, null, null), 0).totalCount());
        assertEquals(1, audit.search(admin, new AuditFilter(null, null, "admin", null, null), 0).totalCount());
        assertEquals(2, audit.search(admin, new AuditFilter(null, null, null, "centre", "1"), 0).totalCount());
        AuditEntry newest = audit.search(admin, AuditFilter.everything(), 0).entries().get(0);
        assertEquals(AuditAction.UPDATE, newest.action());
        assertTrue(newest.before().contains("кӯчаи Исмоили Сомонӣ 112"));
        assertTrue(newest.after().contains("кӯчаи Сомонӣ 1"));
    }

    @Test
    void pagesHoldAHundredEntriesNewestFirst() {
        int sampleEntries = sampleRows();
        for (int i = 0; i < 120; i++) {
            test.clock().advance(Duration.ofMinutes(1));
            test.services().centres().update(admin, new CentreDetails("Маркази Хуҷанд " + i, "KHJ", "Вилояти Суғд", "кӯча", null));
        }
        var first = audit.search(admin, AuditFilter.everything(), 0);
        assertEquals(sampleEntries + 120, first.totalCount());
        assertEquals((sampleEntries + 120 + 99) / 100, first.pageCount());
        assertEquals(100, first.entries().size());
        assertTrue(first.entries().get(0).after().contains("Маркази Хуҷанд 119"));
        assertEquals(100, audit.search(admin, AuditFilter.everything(), 1).entries().size());
    }

    @Test
    void keyWorkersAndBookkeepersCannotReadTheTrail() {
        assertThrows(AccessDeniedException.class, () -> audit.search(test.signIn("keyworker"), AuditFilter.everything(), 0));
        assertThrows(AccessDeniedException.class, () -> audit.actors(test.signIn("bookkeeper")));
        assertEquals(sampleRows(), audit.search(test.signIn("director"), AuditFilter.everything(), 0).totalCount());
    }

    @Test
    void aChangeIsListedFieldByFieldWithCodesNamedAndReferencesResolved() {
        var children = test.services().get(org.markaz.children.ChildrenService.class);
        var row = children.search(admin, "", false).get(0);
        var card = children.child(admin, row.id()).orElseThrow();
        var details = card.details();
        org.markaz.shared.Sex other = details.sex() == org.markaz.shared.Sex.F ? org.markaz.shared.Sex.M : org.markaz.shared.Sex.F;
        children.saveChild(admin, row.id(), new org.markaz.children.ChildDetails(details.familyId(), details.fullName(), other,
                details.dateOfBirth(), details.birthCertificate(), details.disability(), details.notes()), ChildConfirmations.NONE.withSameNameAndBirth());
        var entry = audit.search(admin, new AuditFilter(null, null, null, "child", Long.toString(row.id())), 0).entries().get(0);

        var changes = audit.changes(admin, entry.id());

        assertEquals(1, changes.size(), "only the sex changed: " + changes);
        assertEquals("SEX", changes.get(0).column());
        assertEquals(new FieldChange.Coded(details.sex().nameKey()), changes.get(0).before());
        assertEquals(new FieldChange.Coded(other.nameKey()), changes.get(0).after());

        var created = audit.search(admin, new AuditFilter(null, null, null, "child_carer", null), 0).entries().get(0);
        var fields = audit.changes(admin, created.id());
        assertTrue(fields.stream().anyMatch(f -> f.column().equals("CHILD_ID") && f.after() instanceof FieldChange.Text name
                && name.text().matches(".+ \\(#\\d+\\)")), "the child by name: " + fields);
        assertThrows(org.markaz.core.security.AccessDeniedException.class,
                () -> audit.changes(test.signIn("keyworker"), created.id()));
    }

    /** Issue 9 #5: a reference is the record it points at, also where the record has no full name or code. */
    @Test
    void anAidItemABedAndADatedRecordAreNamedNotNumbered() {
        var line = audit.search(admin, new AuditFilter(null, null, null, "aid_handout_line", null), 0).entries().get(0);
        var lineFields = audit.changes(admin, line.id());
        String itemName = "name_" + admin.language().code();
        assertTrue(lineFields.stream().anyMatch(f -> f.column().equals("ITEM_ID") && f.after() instanceof FieldChange.Text name
                && name.text().matches("\\p{L}.* \\(#\\d+\\)")), "the item by its " + itemName + ": " + lineFields);
        assertTrue(lineFields.stream().anyMatch(f -> f.column().equals("HANDOUT_ID") && f.after() instanceof FieldChange.Text name
                && name.text().matches("\\d{4}-\\d{2}-\\d{2} \\(#\\d+\\)")), "the hand-out by its date: " + lineFields);
        var booking = audit.search(admin, new AuditFilter(null, null, null, "booking", null), 0).entries().get(0);
        var bookingFields = audit.changes(admin, booking.id());
        assertTrue(bookingFields.stream().anyMatch(f -> f.column().equals("BED_ID") && f.after() instanceof FieldChange.Text name
                && name.text().matches("\\d-\\p{L} \\(#\\d+\\)")), "the bed by its label: " + bookingFields);
    }
}
