package org.markaz.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.markaz.core.staff.SignInResult;
import org.markaz.testsupport.TestServices;

/** The core's share of the scale dataset, generated without any feature's. */
class CoreScaleTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Dushanbe");

    private static TestServices test;
    private static Map<String, Integer> written;

    @BeforeAll
    static void generate() {
        test = TestServices.inMemory();
        written = Samples.generateScaleDataset(test.services(), List.of(), 42);
    }

    @AfterAll
    static void close() {
        test.close();
    }

    @Test
    void writesTheStaffOfTenYearsWithHalfOfThemSigningInAndTheirAuditTrail() {
        assertEquals(CoreScale.STAFF, test.count("staff"));
        assertEquals(CoreScale.ACCOUNTS, test.count("app_user"));
        assertEquals(CoreScale.AUDIT_EVENTS, count("select count(*) from audit_event where actor <> 'generator'"));
        for (String table : List.of("staff", "app_user", "backup_log")) {
            assertEquals(test.count(table), written.get(table), table);
        }
        assertTrue(count("select count(*) from staff where active") < CoreScale.STAFF);
    }

    @Test
    void aBackupWasRecordedEachEveningUntilYesterday() {
        LocalDate today = LocalDate.ofInstant(test.clock().instant(), ZONE);
        assertEquals((int) today.minusYears(10).until(today, java.time.temporal.ChronoUnit.DAYS), test.count("backup_log"));
        assertEquals(0, count("select count(*) from backup_log where made_at >= ?",
                today.atStartOfDay(ZONE).toOffsetDateTime()));
    }

    @Test
    void theAdministratorSignsInWithTheDemoPassword() {
        assertInstanceOf(SignInResult.SignedIn.class,
                test.services().accounts().signIn("admin", TestServices.DEMO_PASSWORD.toCharArray()));
    }

    private static int count(String sql, Object... binds) {
        return test.database().dsl().fetchOne(sql, binds).get(0, Integer.class);
    }
}
