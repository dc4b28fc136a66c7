package org.markaz.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.markaz.admissions.AdmissionsFeature;
import org.markaz.children.ChildrenFeature;
import org.markaz.core.feature.Feature;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.feature.Services;
import org.markaz.testsupport.TestServices;

/** The sample centre is the core's share and then each feature's, in their order, in one transaction. */
class SamplesTest {

    private static final List<String> SAMPLE_TABLES = List.of("centre", "staff", "app_user", "family", "carer", "child",
            "child_carer", "referral", "enrolment", "register_mark");

    @Test
    void everyRowOfTheSampleIsWrittenThroughTheServicesAndAudited() {
        try (TestServices test = TestServices.inMemory().withSampleCentre()) {
            for (String table : SAMPLE_TABLES) {
                assertTrue(test.count(table) > 0, table);
                assertEquals(test.count(table), count(test, "select count(*) from audit_event where action = 'CREATE' "
                        + "and actor = 'sample data' and table_name = ?", table), table);
            }
        }
    }

    @Test
    void aShareThatFailsLeavesNoHalfMadeCentre() {
        Feature broken = new Feature() {
            @Override
            public void addServices(Services services) {
            }

            @Override
            public List<SampleShare> sampleShares() {
                return List.of(context -> {
                    throw new IllegalStateException("cut");
                });
            }
        };
        try (TestServices test = TestServices.inMemory()) {
            assertThrows(IllegalStateException.class, () ->
                    Samples.loadSampleCentre(test.services(), List.of(new ChildrenFeature(), new AdmissionsFeature(), broken)));
            assertNothingWritten(test);
        }
    }

    @Test
    void aShareWhoseFeatureComesTooEarlyInTheListSaysSoAndWritesNothing() {
        try (TestServices test = TestServices.inMemory()) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () ->
                    Samples.loadSampleCentre(test.services(), List.of(new AdmissionsFeature(), new ChildrenFeature())));
            assertTrue(refused.getMessage().contains("SampleChildren"), refused.getMessage());
            assertNothingWritten(test);
        }
    }

    private static void assertNothingWritten(TestServices test) {
        assertFalse(test.services().centres().isSetUp());
        for (String table : SAMPLE_TABLES) {
            assertEquals(0, test.count(table), table);
        }
        assertEquals(0, test.count("audit_event"));
    }

    private static int count(TestServices test, String sql, Object... binds) {
        return test.database().dsl().fetchOne(sql, binds).get(0, Integer.class);
    }
}
