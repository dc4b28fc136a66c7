package org.markaz.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.markaz.core.ProgressListener;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Role;
import org.markaz.testsupport.ScaleDataset;
import org.markaz.testsupport.TestServices;

/**
 * The cases' share of the scale dataset: 10,000 cases, about 25,000 plan versions and 30,000 notes
 * that keep every rule the services keep, and what the caseloads, a case record and a printed plan
 * take on it (printed, not judged: the benchmark command judges times).
 */
class CasesScaleTest {

    private static TestServices test;
    private static Map<String, Integer> written;

    @BeforeAll
    static void useTheSharedDataset() {
        test = ScaleDataset.services();
        written = ScaleDataset.written();
    }

    @Test
    void tenYearsOfCasesPlansAndNotes() {
        assertEquals(CasesScale.CASES, test.count("family_case"));
        assertEquals(CasesScale.NOTES, test.count("case_note"));
        assertBetween(23_000, 27_000, test.count("care_plan"));
        for (String table : List.of("family_case", "case_child", "case_outcome", "case_assignment", "assessment",
                "assessment_score", "chronology_event", "care_plan", "care_plan_action", "care_plan_review", "review_progress",
                "case_note")) {
            assertEquals(test.count(table), written.get(table), table);
        }
        assertBetween(5_500, 7_500, count("select count(*) from family_case where case_type = 'PROGRAMME'"));
        assertBetween(300, 900, count("select count(*) from family_case where closed_on is null"));
        assertTrue(count("select count(*) from family_case where extension_reason is not null") > 500);
        assertTrue(count("select count(*) from family_case where referral_id is not null") > 1_000);
    }

    @Test
    void casesFollowTheirFamiliesAndChildren() {
        assertEquals(0, count("select count(*) from family_case c join family f on f.id = c.family_id "
                + "where c.opened_on < cast(f.created_at as date) or (f.archived_on is not null and (c.closed_on is null or c.closed_on > f.archived_on))"));
        assertEquals(0, count("select count(*) from case_child cc join family_case c on c.id = cc.case_id join child ch on ch.id = cc.child_id "
                + "where ch.date_of_birth > c.opened_on or (ch.archived_on is not null and ch.archived_on <= c.opened_on)"));
        assertEquals(0, count("select count(*) from family_case a join family_case b on a.family_id = b.family_id and a.id < b.id "
                + "where b.opened_on <= coalesce(a.closed_on, cast(? as date)) and a.opened_on <= coalesce(b.closed_on, cast(? as date))",
                today(), today()));
        assertEquals(0, count("select count(*) from family_case c join referral r on r.id = c.referral_id join child ch on ch.id = r.child_id "
                + "where ch.family_id <> c.family_id or r.referred_on > c.opened_on"));
        assertEquals(0, count("select count(*) from family_case c where c.closed_on is not null "
                + "and not exists (select 1 from case_outcome o where o.case_id = c.id)"));
        assertEquals(0, count("select count(*) from family_case c where c.closed_on is not null and c.closed_on >= ?", today()));
    }

    @Test
    void openCasesAreHeldByCurrentKeyWorkersWithinTheLimit() {
        assertEquals(0, count("select count(*) from family_case c join staff s on s.id = c.key_worker_id "
                + "join app_user u on u.staff_id = s.id where c.closed_on is null and not (s.active and u.active and u.role = 'KEY_WORKER')"));
        assertEquals(0, count("select count(*) from (select key_worker_id from family_case where closed_on is null "
                + "and key_worker_id is not null group by key_worker_id having count(*) > ?)", CaseloadService.DEFAULT_LIMIT));
        assertEquals(0, count("select count(*) from family_case c where c.key_worker_id is distinct from "
                + "(select a.key_worker_id from case_assignment a where a.case_id = c.id order by a.assigned_at desc, a.id desc limit 1)"));
        assertTrue(count("select count(*) from family_case where closed_on is null and key_worker_id is null") > 0, "some unassigned");
    }

    @Test
    void plansAreVersionedReviewedAndDatedAsTheServicesWouldHaveThem() {
        assertEquals(0, count("select count(*) from care_plan p where p.status = 'REPLACED' "
                + "and not exists (select 1 from care_plan_review r where r.plan_id = p.id)"));
        assertEquals(0, count("select count(*) from care_plan_review r join care_plan p on p.id = r.plan_id "
                + "where r.held_on < p.approved_on or p.status <> 'REPLACED'"));
        assertEquals(0, count("select count(*) from care_plan p join family_case c on c.id = p.case_id "
                + "where p.approved_on < c.opened_on or p.approved_on > coalesce(c.closed_on, cast(? as date))", today()));
        assertEquals(0, count("select count(*) from (select case_id, max(version) v, count(*) n from care_plan group by case_id) where v <> n"));
        assertEquals(0, count("select count(*) from care_plan p where not exists (select 1 from care_plan_action a where a.plan_id = p.id)"));
        assertEquals(0, count("select count(*) from care_plan_review r where (select count(*) from review_progress g where g.review_id = r.id) "
                + "<> (select count(*) from care_plan_action a where a.plan_id = r.plan_id)"));
        assertEquals(0, count("select count(*) from case_note n join family_case c on c.id = n.case_id "
                + "where n.noted_on < c.opened_on or n.noted_on > coalesce(c.closed_on, cast(? as date))", today()));
        assertTrue(count("select count(*) from care_plan p join family_case c on c.id = p.case_id where p.status = 'APPROVED' "
                + "and c.closed_on is null and p.review_due_on < ?", today()) > 0, "some reviews overdue");
    }

    @Test
    void caseloadsACaseRecordAndAPrintedPlanOnTenYears() throws Exception {
        CaseloadService caseloads = test.services().get(CaseloadService.class);
        CaseRecordService records = test.services().get(CaseRecordService.class);
        CarePlanService plans = test.services().get(CarePlanService.class);
        Actor director = new Actor(null, "director", "Director", Role.DIRECTOR, Language.TAJIK);
        long busiest = number("select key_worker_id from family_case where closed_on is null and key_worker_id is not null "
                + "group by key_worker_id order by count(*) desc, key_worker_id limit 1");
        long userId = number("select id from app_user where staff_id = " + busiest);
        Actor worker = new Actor(userId, "worker", "Worker", Role.KEY_WORKER, Language.TAJIK);
        List<CaseRow> own = best("caseloads, a key worker", () -> caseloads.openCases(worker));
        assertFalse(own.isEmpty());
        assertTrue(own.stream().filter(r -> r.keyWorkerId() != null).count() <= CaseloadService.DEFAULT_LIMIT);
        List<CaseRow> all = best("caseloads, the director", () -> {
            caseloads.keyWorkers(director);
            return caseloads.openCases(director);
        });
        assertEquals(count("select count(*) from family_case where closed_on is null"), all.size());
        long caseId = number("select case_id from care_plan where status = 'APPROVED' and case_id in "
                + "(select id from family_case where closed_on is null) order by version desc, case_id limit 1");
        best("opening a case record", () -> List.of(caseloads.details(director, caseId),
                records.assessment(director, caseId), plans.plans(director, caseId), records.notes(director, caseId, "")));
        long planId = number("select id from care_plan where approved_of_case = " + caseId);
        Localization tajik = new Localization(Language.TAJIK, test.services().zone());
        best("printing a care plan", () -> {
            try {
                CarePlanPdf.write(List.of(plans.printable(director, planId)), "Марказ", tajik, OutputStream.nullOutputStream(),
                        ProgressListener.NONE);
                return planId;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Runs the work five times and prints the best time: what a warm screen takes. */
    private static <T> T best(String what, Supplier<T> work) {
        long millis = Long.MAX_VALUE;
        T result = null;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            result = work.get();
            millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
        }
        System.out.println("Cases on the scale dataset, " + what + ": " + millis + " ms (best of 5)");
        return result;
    }

    private static java.time.LocalDate today() {
        return java.time.LocalDate.now(test.services().clock());
    }

    private static long number(String sql) {
        return ((Number) test.database().dsl().fetchOne(sql).get(0)).longValue();
    }

    private static int count(String sql, Object... binds) {
        return test.database().dsl().fetchOne(sql, binds).get(0, Integer.class);
    }

    private static void assertBetween(int low, int high, int actual) {
        assertTrue(actual >= low && actual <= high, actual + " is not between " + low + " and " + high);
    }
}
