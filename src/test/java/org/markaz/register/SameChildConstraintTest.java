package org.markaz.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.markaz.testsupport.TestServices;

/** Issue 8 §4: the database itself refuses a row that links one child's record to another child's. */
class SameChildConstraintTest {

    @Test
    void aMarkCannotPointAtAnotherChildsEnrolmentNorAnEnrolmentAtAnotherChildsReferral() {
        try (TestServices test = TestServices.sampleCentre()) {
            DSLContext dsl = test.database().dsl();
            var enrolment = dsl.fetchOne("SELECT ID, CHILD_ID FROM ENROLMENT ORDER BY ID LIMIT 1");
            long otherChild = dsl.fetchOne("SELECT ID FROM CHILD WHERE ID <> ? ORDER BY ID LIMIT 1",
                    enrolment.get(1, Long.class)).get(0, Long.class);
            int marks = test.count("register_mark");
            assertThrows(DataAccessException.class, () -> dsl.execute("INSERT INTO REGISTER_MARK (CHILD_ID, ON_DATE, "
                    + "ENROLMENT_ID, UNPLANNED, STATUS, MARKED_BY, MARKED_AT) VALUES (?, DATE '2020-01-06', ?, FALSE, "
                    + "'PRESENT', 'test', CURRENT_TIMESTAMP)", otherChild, enrolment.get(0, Long.class)));
            assertEquals(marks, test.count("register_mark"));

            var referral = dsl.fetchOne("SELECT ID, CHILD_ID FROM REFERRAL ORDER BY ID LIMIT 1");
            long notItsChild = dsl.fetchOne("SELECT ID FROM CHILD WHERE ID <> ? ORDER BY ID LIMIT 1",
                    referral.get(1, Long.class)).get(0, Long.class);
            assertThrows(DataAccessException.class, () -> dsl.execute("INSERT INTO ENROLMENT (CHILD_ID, REFERRAL_ID, "
                    + "SERVICE, WEEKDAYS, STARTS_ON) VALUES (?, ?, 'DAY_CARE', '12345', DATE '2020-01-06')",
                    notItsChild, referral.get(0, Long.class)));
        }
    }
}
