package org.markaz.cases;

import static org.markaz.db.Tables.CARE_PLAN;
import static org.markaz.db.Tables.CARE_PLAN_REVIEW;
import static org.markaz.db.Tables.CASE_CHILD;
import static org.markaz.db.Tables.CASE_OUTCOME;
import static org.markaz.db.Tables.CHILD;
import static org.markaz.db.Tables.FAMILY;
import static org.markaz.db.Tables.FAMILY_CASE;
import static org.markaz.db.Tables.PARENTING_ATTENDANCE;
import static org.markaz.db.Tables.PARENTING_SESSION;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.markaz.core.feature.CountedChild;

/** The counting queries behind the cases' indicators (docs/indicators.md). */
public final class CasesIndicatorsRepository {

    /** A child of a case closed with an outcome, aged on the closing day, with the family's district. */
    public record ChildOfCase(CountedChild child, String district) {
    }

    public Map<CaseType, Integer> opened(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<CaseType, Integer> counts = new EnumMap<>(CaseType.class);
        dsl.select(FAMILY_CASE.CASE_TYPE, DSL.count()).from(FAMILY_CASE).where(FAMILY_CASE.OPENED_ON.between(from, to))
                .groupBy(FAMILY_CASE.CASE_TYPE).forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    public Map<CaseType, Integer> closed(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<CaseType, Integer> counts = new EnumMap<>(CaseType.class);
        dsl.select(FAMILY_CASE.CASE_TYPE, DSL.count()).from(FAMILY_CASE).where(FAMILY_CASE.CLOSED_ON.between(from, to))
                .groupBy(FAMILY_CASE.CASE_TYPE).forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Cases closed in the period per outcome (a case closed with two outcomes counts under each). */
    public Map<CaseOutcome, Integer> closedByOutcome(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<CaseOutcome, Integer> counts = new EnumMap<>(CaseOutcome.class);
        dsl.select(CASE_OUTCOME.OUTCOME, DSL.count()).from(CASE_OUTCOME).join(FAMILY_CASE).on(FAMILY_CASE.ID.eq(CASE_OUTCOME.CASE_ID))
                .where(FAMILY_CASE.CLOSED_ON.between(from, to))
                .groupBy(CASE_OUTCOME.OUTCOME).forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /**
     * Mellow Parenting groups in the period: the groups that met at least once, the sessions held,
     * and the carers who came to at least one, each once.
     */
    public int[] parentingGroups(DSLContext dsl, LocalDate from, LocalDate to) {
        var row = dsl.select(DSL.countDistinct(PARENTING_SESSION.GROUP_ID), DSL.count()).from(PARENTING_SESSION)
                .where(PARENTING_SESSION.HELD_ON.between(from, to)).fetchOne();
        int carers = dsl.fetchCount(dsl.selectDistinct(PARENTING_ATTENDANCE.CARER_ID).from(PARENTING_ATTENDANCE)
                .join(PARENTING_SESSION).on(PARENTING_SESSION.ID.eq(PARENTING_ATTENDANCE.SESSION_ID))
                .where(PARENTING_SESSION.HELD_ON.between(from, to)));
        return new int[] {row.value1(), row.value2(), carers};
    }

    /** 6-month programmes closed in the period with none of the outcomes that mean it stopped early. */
    public int programmesCompleted(DSLContext dsl, LocalDate from, LocalDate to, List<CaseOutcome> stoppedEarly) {
        return dsl.fetchCount(FAMILY_CASE, FAMILY_CASE.CASE_TYPE.eq(CaseType.PROGRAMME)
                .and(FAMILY_CASE.CLOSED_ON.between(from, to))
                .andNotExists(DSL.selectOne().from(CASE_OUTCOME).where(CASE_OUTCOME.CASE_ID.eq(FAMILY_CASE.ID))
                        .and(CASE_OUTCOME.OUTCOME.in(stoppedEarly))));
    }

    /** The children of the cases closed in the period with one of these outcomes, each child once. */
    public List<ChildOfCase> childrenOfCasesClosedWith(DSLContext dsl, LocalDate from, LocalDate to, List<CaseOutcome> outcomes) {
        var closedOn = DSL.min(FAMILY_CASE.CLOSED_ON);
        return dsl.select(CHILD.ID, CHILD.SEX, CHILD.DATE_OF_BIRTH, CHILD.DISABILITY, FAMILY.DISTRICT, closedOn)
                .from(FAMILY_CASE).join(CASE_CHILD).on(CASE_CHILD.CASE_ID.eq(FAMILY_CASE.ID))
                .join(CHILD).on(CHILD.ID.eq(CASE_CHILD.CHILD_ID)).join(FAMILY).on(FAMILY.ID.eq(CHILD.FAMILY_ID))
                .where(FAMILY_CASE.CLOSED_ON.between(from, to))
                .andExists(DSL.selectOne().from(CASE_OUTCOME).where(CASE_OUTCOME.CASE_ID.eq(FAMILY_CASE.ID))
                        .and(CASE_OUTCOME.OUTCOME.in(outcomes)))
                .groupBy(CHILD.ID, CHILD.SEX, CHILD.DATE_OF_BIRTH, CHILD.DISABILITY, FAMILY.DISTRICT).orderBy(CHILD.ID)
                .fetch(r -> new ChildOfCase(new CountedChild(r.value1(), r.value2().name(), r.value3(), r.value4() != null,
                        r.value6()), r.value5()));
    }

    /** Approved care plans whose review fell due in the period: how many were reviewed by the due day, how many not. */
    public int[] reviewsOnTimeAndOverdue(DSLContext dsl, LocalDate from, LocalDate to) {
        var onTime = DSL.count().filterWhere(CARE_PLAN_REVIEW.HELD_ON.le(CARE_PLAN.REVIEW_DUE_ON));
        var all = DSL.count();
        var row = dsl.select(onTime, all).from(CARE_PLAN).leftJoin(CARE_PLAN_REVIEW).on(CARE_PLAN_REVIEW.PLAN_ID.eq(CARE_PLAN.ID))
                .where(CARE_PLAN.REVIEW_DUE_ON.between(from, to)).fetchOne();
        return new int[] {row.value1(), row.value2() - row.value1()};
    }
}
