package org.markaz.admissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.markaz.children.ChildrenFeature;
import org.markaz.core.demo.Samples;
import org.markaz.shared.ServiceType;
import org.markaz.testsupport.ScaleDataset;
import org.markaz.testsupport.TestServices;

/** The admissions' share of the scale dataset. */
class AdmissionsScaleTest {

    private static TestServices test;
    private static Map<String, Integer> written;

    @BeforeAll
    static void useTheSharedDataset() {
        test = ScaleDataset.services();
        written = ScaleDataset.written();
    }

    @Test
    void childrenWentToTheCentresServicesWithReferrals() {
        // residential respite is the beds' share (a booking's admission), written after this one
        assertBetween(7_000, 9_500, count("select count(*) from enrolment where service <> 'RESIDENTIAL_RESPITE'"));
        assertEquals(count("select count(*) from booking where service = 'RESIDENTIAL_RESPITE' and enrolment_id is not null"),
                count("select count(*) from enrolment where service = 'RESIDENTIAL_RESPITE'"));
        assertBetween(1_600, 2_600, count("select count(*) from enrolment where service like 'SHORT_STAY%'"));
        assertBetween(200, 450, count("select count(*) from enrolment where service = 'MOTHER_AND_BABY'"));
        assertBetween(5_000, 7_500, test.count("referral"));
        assertTrue(count("select count(*) from referral where decision = 'DECLINED'") > 0);
        for (String table : List.of("referral", "enrolment")) {
            assertEquals(test.count(table), written.get(table), table);
        }
    }

    @Test
    void staysDoNotOverlapAndMothersBelongToTheChildsFamily() {
        String overlapping = "select count(*) from enrolment a join enrolment b on a.child_id = b.child_id and a.id < b.id "
                + "where a.starts_on <= coalesce(b.ends_on, b.starts_on + 100000) and b.starts_on <= coalesce(a.ends_on, a.starts_on + 100000) ";
        // one enrolment after another, but a child at day care may go for a few nights' respite
        assertEquals(0, count(overlapping + "and a.service <> 'RESIDENTIAL_RESPITE' and b.service <> 'RESIDENTIAL_RESPITE'"));
        // never two residential admissions on a day, as the service refuses them
        String residential = Arrays.stream(ServiceType.values()).filter(ServiceType::isResidential)
                .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
        assertEquals(0, count(overlapping + "and a.service in " + residential + " and b.service in " + residential));
        assertTrue(count(overlapping + "and (a.service = 'RESIDENTIAL_RESPITE' or b.service = 'RESIDENTIAL_RESPITE')") > 0,
                "respite during a day service");
        assertEquals(0, count("select count(*) from enrolment e join carer c on c.id = e.mother_carer_id "
                + "join child ch on ch.id = e.child_id where c.family_id <> ch.family_id"));
        assertBetween(4, 6, count("select count(distinct discharge_outcome) from enrolment where service like 'SHORT_STAY%'"));
    }

    private static int count(String sql, Object... binds) {
        return test.database().dsl().fetchOne(sql, binds).get(0, Integer.class);
    }

    private static void assertBetween(int low, int high, int actual) {
        assertTrue(actual >= low && actual <= high, actual + " is not between " + low + " and " + high);
    }
}
