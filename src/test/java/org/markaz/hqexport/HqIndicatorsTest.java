package org.markaz.hqexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

/**
 * Every indicator recomputed on the sample centre by SQL written here, apart from the features'
 * queries (docs/indicators.md is the common source of both), for a quarter, a month and a year.
 */
class HqIndicatorsTest {

    private static TestServices test;
    private static Actor director;

    @BeforeAll
    static void sample() {
        test = TestServices.sampleCentre();
        director = test.signIn("director");
    }

    @AfterAll
    static void close() {
        test.close();
    }

    private static long one(String sql, LocalDate from, LocalDate to) {
        try (Connection c = test.database().dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int n = 0;
            for (char ch : sql.toCharArray()) {
                if (ch == '?') {
                    n++;
                }
            }
            for (int i = 1; i <= n; i++) {
                s.setObject(i, i % 2 == 1 ? from : to);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static List<Long> list(String sql, LocalDate from, LocalDate to) {
        try (Connection c = test.database().dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, from);
            s.setObject(2, to);
            List<Long> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void same(long expected, BigDecimal actual, String what) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(actual == null ? BigDecimal.ZERO : actual),
                what + ": expected " + expected + " but the export has " + actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026Q3", "2026-10", "2026"})
    void everyIndicatorMatchesSqlWrittenApart(String label) {
        ExportPeriod period = ExportPeriod.parse(label);
        LocalDate from = period.from();
        LocalDate to = period.to();
        IndicatorTable table = test.services().get(HqExportService.class).table(director, period);
        var v = table.values();

        same(one("select count(*) from referral where referred_on >= ? and referred_on <= ?", from, to),
                v.total("REFERRALS_NEW"), "referrals");
        same(one("select count(*) from referral where referred_on >= ? and referred_on <= ? and decision = 'ACCEPTED'", from, to),
                v.get("REFERRALS_NEW", "decision", "ACCEPTED"), "referrals accepted");
        same(one("select count(*) from enrolment where starts_on >= ? and starts_on <= ?", from, to),
                v.total("ADMISSIONS"), "admissions");
        same(one("select count(*) from enrolment e join child c on c.id = e.child_id where e.starts_on >= ? and e.starts_on <= ?"
                + " and c.sex = 'F'", from, to), v.get("ADMISSIONS", "sex", "F"), "admissions of girls");
        same(one("select count(*) from enrolment where starts_on >= ? and starts_on <= ? and service = 'DAY_CARE'", from, to),
                v.get("ADMISSIONS", "service", "DAY_CARE"), "admissions to day care");
        same(one("select count(*) from enrolment e join child c on c.id = e.child_id where e.starts_on >= ? and e.starts_on <= ?"
                        + " and datediff('YEAR', c.date_of_birth, e.starts_on) - case when dateadd('YEAR', datediff('YEAR',"
                        + " c.date_of_birth, e.starts_on), c.date_of_birth) > e.starts_on then 1 else 0 end <= 2", from, to),
                v.get("ADMISSIONS", "age", "0-2"), "admissions aged 0-2");
        same(one("select count(*) from enrolment where ends_on >= ? and ends_on <= ?", from, to),
                v.total("DISCHARGES"), "discharges");
        same(one("select count(*) from enrolment where ends_on >= ? and ends_on <= ? and discharge_outcome = 'RETURNED_TO_PARENTS'",
                from, to), v.get("DISCHARGES", "outcome", "RETURNED_TO_PARENTS"), "returned to parents");
        List<Long> stays = list("select datediff('DAY', starts_on, ends_on) d from enrolment where ends_on >= ? and ends_on <= ?"
                + " order by d", from, to);
        if (!stays.isEmpty()) {
            BigDecimal average = BigDecimal.valueOf(stays.stream().mapToLong(Long::longValue).sum())
                    .divide(BigDecimal.valueOf(stays.size()), 1, java.math.RoundingMode.HALF_UP);
            assertEquals(average, v.total("STAY_DAYS_AVERAGE"), "average stay");
        }
        same(one("select count(distinct child_id) from enrolment where service in ('SHORT_STAY_WEEKDAY', 'SHORT_STAY_7DAY')"
                + " and starts_on <= ? and (ends_on is null or ends_on >= ?)", to, to), v.total("SHORT_STAY_LAST_DAY"),
                "short stay on the last day");
        same(one("select count(*) from register_mark where status = 'PRESENT' and on_date >= ? and on_date <= ?", from, to),
                v.total("ATTENDANCE_DAYS"), "attendance days");
        same(one("select count(*) from register_mark m join enrolment e on e.id = m.enrolment_id where m.status = 'PRESENT'"
                + " and m.on_date >= ? and m.on_date <= ? and e.service = 'DAY_CARE'", from, to),
                v.get("ATTENDANCE_DAYS", "service", "DAY_CARE"), "day care attendance");
        same(one("select count(*) from family_case where opened_on >= ? and opened_on <= ?", from, to),
                v.total("CASES_OPENED"), "cases opened");
        same(one("select count(*) from family_case where closed_on >= ? and closed_on <= ? and case_type = 'SHORT_TERM'", from, to),
                v.get("CASES_CLOSED", "type", "SHORT_TERM"), "short-term cases closed");
        same(one("select count(*) from family_case f where closed_on >= ? and closed_on <= ? and case_type = 'PROGRAMME'"
                + " and not exists (select 1 from case_outcome o where o.case_id = f.id"
                + " and o.outcome in ('MOVED_AWAY', 'DISENGAGED', 'TRANSFERRED'))", from, to),
                v.total("PROGRAMMES_COMPLETED"), "programmes completed");
        same(one("select count(distinct cc.child_id) from family_case f join case_child cc on cc.case_id = f.id"
                + " join case_outcome o on o.case_id = f.id where f.closed_on >= ? and f.closed_on <= ?"
                + " and o.outcome = 'RELINQUISHMENT_PREVENTED'", from, to), v.total("RELINQUISHMENTS_PREVENTED"),
                "relinquishments prevented");
        same(one("select count(distinct cc.child_id) from family_case f join case_child cc on cc.case_id = f.id"
                + " join case_outcome o on o.case_id = f.id where f.closed_on >= ? and f.closed_on <= ?"
                + " and o.outcome in ('RETURNED_TO_PARENTS', 'PLACED_WITH_KIN')", from, to), v.total("CHILDREN_REINTEGRATED"),
                "children reintegrated");
        same(one("select count(distinct cc.child_id) from family_case f join case_child cc on cc.case_id = f.id"
                + " join case_outcome o on o.case_id = f.id where f.closed_on >= ? and f.closed_on <= ?"
                + " and o.outcome = 'PROTECTED_FROM_HARM'", from, to), v.total("CHILDREN_PROTECTED"), "children protected");
        same(one("select count(*) from care_plan p where p.review_due_on >= ? and p.review_due_on <= ? and exists"
                + " (select 1 from care_plan_review r where r.plan_id = p.id and r.held_on <= p.review_due_on)", from, to),
                v.total("PLAN_REVIEWS_ON_TIME"), "reviews on time");
        same(one("select count(*) from care_plan p where p.review_due_on >= ? and p.review_due_on <= ? and not exists"
                + " (select 1 from care_plan_review r where r.plan_id = p.id and r.held_on <= p.review_due_on)", from, to),
                v.total("PLAN_REVIEWS_OVERDUE"), "reviews overdue");
        same(one("select count(*) from case_outcome o join family_case f on f.id = o.case_id where f.closed_on >= ?"
                + " and f.closed_on <= ? and o.outcome = 'GOALS_MET'", from, to),
                v.get("CASES_CLOSED", "outcome", "GOALS_MET"), "cases closed with their goals met");
        same(one("select count(distinct group_id) from parenting_session where held_on >= ? and held_on <= ?", from, to),
                v.total("PARENTING_GROUPS_RUN"), "parenting groups run");
        same(one("select count(*) from parenting_session where held_on >= ? and held_on <= ?", from, to),
                v.total("PARENTING_SESSIONS_HELD"), "parenting sessions held");
        same(one("select count(distinct a.carer_id) from parenting_attendance a join parenting_session s on s.id = a.session_id"
                + " where s.held_on >= ? and s.held_on <= ?", from, to),
                v.total("PARENTING_CARERS_ATTENDED"), "carers at parenting groups");
        same(one("select count(distinct h.family_id) from aid_handout h join aid_handout_line l on l.handout_id = h.id"
                + " join aid_stock_move m on m.handout_line_id = l.id where h.on_date >= ? and h.on_date <= ?"
                + " and not exists (select 1 from aid_stock_move r where r.reverses_id = m.id)", from, to),
                v.total("AID_FAMILIES"), "families given aid");
        String reached = "(select child_id from enrolment where starts_on <= ?2 and (ends_on is null or ends_on >= ?1)"
                + " union select child_id from register_mark where on_date between ?1 and ?2"
                + " union select child_id from child_night where night between ?1 and ?2"
                + " union select cc.child_id from case_child cc join family_case f on f.id = cc.case_id"
                + " where f.opened_on <= ?2 and (f.closed_on is null or f.closed_on >= ?1))";
        same(one("select count(*) from " + reached.replace("?1", "cast('" + from + "' as date)")
                .replace("?2", "cast('" + to + "' as date)") + " x where ? is not null and ? is not null", from, to),
                v.total("CHILDREN_REACHED"), "children reached");
        String families = "(select c.family_id from child c where c.id in " + reached + " union select family_id from family_case"
                + " where opened_on <= ?2 and (closed_on is null or closed_on >= ?1)"
                + " union select family_id from aid_handout where on_date between ?1 and ?2)";
        String bound = families.replace("?1", "cast('" + from + "' as date)").replace("?2", "cast('" + to + "' as date)");
        same(one("select count(*) from " + bound + " x where ? is not null and ? is not null", from, to),
                v.total("FAMILIES_SUPPORTED"), "families supported");
        same(one("select count(*) from carer where family_id in " + bound + " and ? is not null and ? is not null", from, to),
                v.total("ADULTS_REACHED"), "adults reached");
        assertTrue(v.total("CHILDREN_REACHED").signum() > 0, "the sample centre reached children in " + label);
    }
}
