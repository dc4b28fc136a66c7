package org.markaz.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

/** The sample centre's cases: every stage, for both key workers, and a plan due at this week's review meeting. */
class CasesSampleTest {

    private final TestServices test = TestServices.sampleCentre();
    private final CaseloadService caseloads = test.services().get(CaseloadService.class);
    private final CarePlanService plans = test.services().get(CarePlanService.class);

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void theSampleHoldsCasesAtEveryStage() {
        Actor director = test.signIn("director");
        List<CaseRow> open = caseloads.openCases(director);
        assertEquals(5, open.size());
        assertEquals(1, open.stream().filter(row -> row.keyWorkerId() == null).count(), "one unassigned");
        assertTrue(open.stream().anyMatch(row -> row.programmeEnding(LocalDate.now(test.clock()))), "a programme in its sixth month");
        assertTrue(open.stream().anyMatch(row -> row.planStatus() == PlanStatus.DRAFT));
        assertEquals(1, test.count("case_outcome") > 0 ? 1 : 0, "a closed case has its outcomes");
        LocalDate today = LocalDate.now(test.clock());
        assertFalse(plans.dueForReview(director, today, today.plusDays(6)).isEmpty(), "a plan is due at this week's review");
        assertEquals(2, test.count("care_plan_review") + 1);
        int gulnoras = caseloads.openCases(test.signIn("keyworker")).stream().filter(r -> r.keyWorkerId() != null).toList().size();
        assertEquals(2, gulnoras);
        assertTrue(test.count("care_plan_action") >= 36, "the 30-action plan and the others");
    }
}
