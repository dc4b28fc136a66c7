package org.markaz.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.markaz.db.Tables.AUDIT_EVENT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.markaz.core.ValidationException;
import org.markaz.core.security.Actor;
import org.markaz.core.centre.CentreDetails;
import org.markaz.core.staff.StaffDetails;
import org.markaz.testsupport.TestServices;

/** ADR 0009: a service call joins the caller's transaction, or opens one. */
class TransactionsTest {

    private final TestServices test = TestServices.sampleFamilies();
    private final Transactions transactions = test.services().transactions();
    private final Actor admin = test.signIn("admin");

    private CentreDetails renamed(String name) {
        CentreDetails now = test.services().centres().current(admin).orElseThrow();
        return new CentreDetails(name, now.code(), now.region(), now.address(), now.directorName());
    }

    /** Two services' writes, each audited: the centre's new name and a new staff member. */
    private void renameTheCentreAndAddAMember() {
        test.services().centres().update(admin, renamed("Маркази нав"));
        test.services().staff().addStaffMember(admin, new StaffDetails("Зарина Раҳимова", null, null, true), null);
    }

    @Test
    void twoServicesInOneTransactionCommitTogether() {
        int staffBefore = test.count("staff");
        transactions.run(tx -> {
            renameTheCentreAndAddAMember();
        });
        assertEquals("Маркази нав", test.services().centres().name());
        assertEquals(staffBefore + 1, test.count("staff"));
    }

    @Test
    void aRefusalInTheSecondServiceRollsBackTheFirst() {
        String nameBefore = test.services().centres().name();
        int staffBefore = test.count("staff");
        int auditBefore = test.count("audit_event");
        assertThrows(ValidationException.class, () -> transactions.run(tx -> {
            test.services().centres().update(admin, renamed("Маркази нав"));
            test.services().staff().addStaffMember(admin, new StaffDetails("  ", null, null, true), null);
        }));
        assertEquals(nameBefore, test.services().centres().name());
        assertEquals(staffBefore, test.count("staff"));
        assertEquals(auditBefore, test.count("audit_event"), "the first service's audit entry went with it");
    }

    @Test
    void aCaughtRefusalUndoesOnlyItsOwnWrites() {
        int staffBefore = test.count("staff");
        int staffTrailBefore = trailOf("staff");
        int centreTrailBefore = trailOf("centre");
        transactions.run(tx -> {
            test.services().centres().update(admin, renamed("Маркази нав"));
            try {
                transactions.run(inner -> {
                    test.services().staff().addStaffMember(admin, new StaffDetails("Зарина", null, null, true), null);
                    throw new ValidationException("error.unexpected");
                });
            } catch (ValidationException expected) {
                // the caller decides to go on without it
            }
        });
        assertEquals("Маркази нав", test.services().centres().name());
        assertEquals(staffBefore, test.count("staff"), "the refused inner call left nothing");
        assertEquals(staffTrailBefore, trailOf("staff"), "not even the audit entry it kept for the commit");
        assertEquals(centreTrailBefore + 1, trailOf("centre"), "the caller's own entry was written");
    }

    @Test
    void theAuditTrailOfATransactionIsWrittenAtItsCommitInTheOrderOfTheChanges() {
        int auditBefore = test.count("audit_event");
        transactions.run(tx -> {
            renameTheCentreAndAddAMember();
            assertEquals(auditBefore, tx.fetchCount(AUDIT_EVENT), "kept until the commit");
        });
        List<String> written = test.services().database().dsl().select(AUDIT_EVENT.TABLE_NAME).from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.ID.desc()).limit(2).fetch(AUDIT_EVENT.TABLE_NAME);
        assertEquals(List.of("staff", "centre"), written);
    }

    /** How many audit entries there are about rows of {@code table}. */
    private int trailOf(String table) {
        return test.services().database().dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.TABLE_NAME.eq(table));
    }

    @Test
    void aCallOutsideAnyTransactionOpensItsOwn() {
        assertFalse(transactions.inTransaction());
        assertTrue((boolean) transactions.<Boolean>result(tx -> transactions.inTransaction()));
        assertFalse(transactions.inTransaction(), "the thread is free again afterwards");
    }
}
