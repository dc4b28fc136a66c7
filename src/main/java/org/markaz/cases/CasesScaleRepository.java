package org.markaz.cases;

import static org.markaz.db.Tables.APP_USER;
import static org.markaz.db.Tables.ASSESSMENT;
import static org.markaz.db.Tables.ASSESSMENT_SCORE;
import static org.markaz.db.Tables.CARE_PLAN;
import static org.markaz.db.Tables.CARE_PLAN_ACTION;
import static org.markaz.db.Tables.CARE_PLAN_REVIEW;
import static org.markaz.db.Tables.CASE_ASSIGNMENT;
import static org.markaz.db.Tables.CASE_CHILD;
import static org.markaz.db.Tables.CASE_NOTE;
import static org.markaz.db.Tables.CASE_OUTCOME;
import static org.markaz.db.Tables.CHILD;
import static org.markaz.db.Tables.CHRONOLOGY_EVENT;
import static org.markaz.db.Tables.FAMILY;
import static org.markaz.db.Tables.FAMILY_CASE;
import static org.markaz.db.Tables.REFERRAL;
import static org.markaz.db.Tables.REVIEW_PROGRESS;
import static org.markaz.db.Tables.STAFF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.markaz.admissions.ReferralDecision;
import org.markaz.core.db.BatchInsert;
import org.markaz.core.security.Role;

/**
 * The cases' rows of the scale dataset, in batches with the ids the generator numbered them with
 * (so plans, actions and reviews point at each other without reading ids back); and what the
 * generator reads of the earlier shares: the families, their children and referrals, the key workers.
 */
final class CasesScaleRepository {

    record Child(long id, LocalDate bornOn, LocalDate addedOn, LocalDate archivedOn) {
    }

    record Family(long id, LocalDate cameOn, LocalDate archivedOn, List<Child> children, List<Referral> referrals) {
    }

    record Referral(long id, LocalDate referredOn) {
    }

    /** A staff member with a key worker's account; {@code current}: may hold cases today. */
    record Worker(long staffId, String name, boolean current) {
    }

    /** The families in the order they came, with their children and accepted referrals. */
    List<Family> families(DSLContext tx, java.time.ZoneId zone) {
        Map<Long, List<Child>> children = new LinkedHashMap<>();
        tx.select(CHILD.FAMILY_ID, CHILD.ID, CHILD.DATE_OF_BIRTH, CHILD.CREATED_AT, CHILD.ARCHIVED_ON).from(CHILD)
                .orderBy(CHILD.ID).forEach(r -> children.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(new Child(r.value2(), r.value3(), LocalDate.ofInstant(r.value4(), zone), r.value5())));
        Map<Long, List<Referral>> referrals = new LinkedHashMap<>();
        tx.select(CHILD.FAMILY_ID, REFERRAL.ID, REFERRAL.REFERRED_ON).from(REFERRAL).join(CHILD).on(CHILD.ID.eq(REFERRAL.CHILD_ID))
                .where(REFERRAL.DECISION.eq(ReferralDecision.ACCEPTED)).orderBy(REFERRAL.REFERRED_ON, REFERRAL.ID)
                .forEach(r -> referrals.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(new Referral(r.value2(), r.value3())));
        return tx.select(FAMILY.ID, FAMILY.CREATED_AT, FAMILY.ARCHIVED_ON).from(FAMILY).orderBy(FAMILY.ID)
                .fetch(r -> new Family(r.value1(), LocalDate.ofInstant(r.value2(), zone), r.value3(),
                        children.getOrDefault(r.value1(), List.of()), referrals.getOrDefault(r.value1(), List.of())));
    }

    List<Worker> keyWorkers(DSLContext tx) {
        return tx.select(STAFF.ID, STAFF.FULL_NAME, STAFF.ACTIVE, APP_USER.ACTIVE).from(STAFF).join(APP_USER)
                .on(APP_USER.STAFF_ID.eq(STAFF.ID)).where(APP_USER.ROLE.eq(Role.KEY_WORKER)).orderBy(STAFF.ID)
                .fetch(r -> new Worker(r.value1(), r.value2(), Boolean.TRUE.equals(r.value3()) && Boolean.TRUE.equals(r.value4())));
    }

    /** The director's name, as approved plans print it. */
    String directorName(DSLContext tx) {
        return tx.select(STAFF.FULL_NAME).from(STAFF).join(APP_USER).on(APP_USER.STAFF_ID.eq(STAFF.ID))
                .where(APP_USER.ROLE.eq(Role.DIRECTOR)).orderBy(APP_USER.ID).limit(1).fetchOptional(STAFF.FULL_NAME)
                .orElse("Директор");
    }

    /** The first ids free in the tables whose ids the generator numbers. */
    record NextIds(long familyCase, long assignment, long chronology, long plan, long action, long review, long note) {
    }

    NextIds nextIds(DSLContext tx) {
        return new NextIds(nextId(tx, FAMILY_CASE, FAMILY_CASE.ID), nextId(tx, CASE_ASSIGNMENT, CASE_ASSIGNMENT.ID),
                nextId(tx, CHRONOLOGY_EVENT, CHRONOLOGY_EVENT.ID), nextId(tx, CARE_PLAN, CARE_PLAN.ID),
                nextId(tx, CARE_PLAN_ACTION, CARE_PLAN_ACTION.ID), nextId(tx, CARE_PLAN_REVIEW, CARE_PLAN_REVIEW.ID),
                nextId(tx, CASE_NOTE, CASE_NOTE.ID));
    }

    private static long nextId(DSLContext tx, Table<?> table, Field<Long> id) {
        return tx.select(DSL.coalesce(DSL.max(id), 0L)).from(table).fetchSingle().value1() + 1;
    }

    void cases(DSLContext tx, List<Object[]> rows) {
        write(tx, FAMILY_CASE, List.of(FAMILY_CASE.ID, FAMILY_CASE.FAMILY_ID, FAMILY_CASE.REFERRAL_ID, FAMILY_CASE.CASE_TYPE,
                FAMILY_CASE.OPENED_ON, FAMILY_CASE.KEY_WORKER_ID, FAMILY_CASE.PROGRAMME_ENDS_ON, FAMILY_CASE.EXTENSION_REASON,
                FAMILY_CASE.EXTENDED_BY, FAMILY_CASE.CLOSED_ON, FAMILY_CASE.CLOSING_NOTE, FAMILY_CASE.CREATED_AT), rows,
                FAMILY_CASE.ID);
    }

    void caseChildren(DSLContext tx, List<Object[]> rows) {
        BatchInsert.insert(tx, CASE_CHILD, List.of(CASE_CHILD.CASE_ID, CASE_CHILD.FAMILY_ID, CASE_CHILD.CHILD_ID), rows, row -> row);
    }

    void outcomes(DSLContext tx, List<Object[]> rows) {
        BatchInsert.insert(tx, CASE_OUTCOME, List.of(CASE_OUTCOME.CASE_ID, CASE_OUTCOME.OUTCOME), rows, row -> row);
    }

    void assignments(DSLContext tx, List<Object[]> rows) {
        write(tx, CASE_ASSIGNMENT, List.of(CASE_ASSIGNMENT.ID, CASE_ASSIGNMENT.CASE_ID, CASE_ASSIGNMENT.KEY_WORKER_ID,
                CASE_ASSIGNMENT.FROM_ON, CASE_ASSIGNMENT.ASSIGNED_BY, CASE_ASSIGNMENT.ASSIGNED_AT), rows, CASE_ASSIGNMENT.ID);
    }

    void assessments(DSLContext tx, List<Object[]> rows) {
        BatchInsert.insert(tx, ASSESSMENT, List.of(ASSESSMENT.CASE_ID, ASSESSMENT.ASSESSED_ON, ASSESSMENT.GROW_DEVELOP,
                ASSESSMENT.CARE_NEEDS, ASSESSMENT.WIDER_WORLD, ASSESSMENT.CHILD_VIEWS, ASSESSMENT.PARENT_VIEWS), rows, row -> row);
    }

    void scores(DSLContext tx, List<Object[]> rows) {
        BatchInsert.insert(tx, ASSESSMENT_SCORE, List.of(ASSESSMENT_SCORE.CASE_ID, ASSESSMENT_SCORE.INDICATOR,
                ASSESSMENT_SCORE.SCORE, ASSESSMENT_SCORE.NOTE), rows, row -> row);
    }

    void chronology(DSLContext tx, List<Object[]> rows) {
        write(tx, CHRONOLOGY_EVENT, List.of(CHRONOLOGY_EVENT.ID, CHRONOLOGY_EVENT.CASE_ID, CHRONOLOGY_EVENT.HAPPENED_ON,
                CHRONOLOGY_EVENT.EVENT), rows, CHRONOLOGY_EVENT.ID);
    }

    void plans(DSLContext tx, List<Object[]> rows) {
        write(tx, CARE_PLAN, List.of(CARE_PLAN.ID, CARE_PLAN.CASE_ID, CARE_PLAN.VERSION, CARE_PLAN.STATUS, CARE_PLAN.REASONS,
                CARE_PLAN.CONTINGENCY, CARE_PLAN.PARENTS_AGREED_ON, CARE_PLAN.APPROVED_ON, CARE_PLAN.APPROVED_BY,
                CARE_PLAN.REVIEW_DUE_ON, CARE_PLAN.DRAFT_OF_CASE, CARE_PLAN.APPROVED_OF_CASE, CARE_PLAN.CREATED_AT), rows,
                CARE_PLAN.ID);
    }

    void actions(DSLContext tx, List<Object[]> rows) {
        write(tx, CARE_PLAN_ACTION, List.of(CARE_PLAN_ACTION.ID, CARE_PLAN_ACTION.PLAN_ID, CARE_PLAN_ACTION.POSITION,
                CARE_PLAN_ACTION.INDICATOR, CARE_PLAN_ACTION.NEED, CARE_PLAN_ACTION.OUTCOME_WANTED, CARE_PLAN_ACTION.WHAT_WE_DO,
                CARE_PLAN_ACTION.HOW_WE_KNOW, CARE_PLAN_ACTION.BY_WHEN, CARE_PLAN_ACTION.WHO), rows, CARE_PLAN_ACTION.ID);
    }

    void reviews(DSLContext tx, List<Object[]> rows) {
        write(tx, CARE_PLAN_REVIEW, List.of(CARE_PLAN_REVIEW.ID, CARE_PLAN_REVIEW.PLAN_ID, CARE_PLAN_REVIEW.HELD_ON,
                CARE_PLAN_REVIEW.ATTENDEES, CARE_PLAN_REVIEW.DECISIONS, CARE_PLAN_REVIEW.RECORDED_BY), rows, CARE_PLAN_REVIEW.ID);
    }

    void progress(DSLContext tx, List<Object[]> rows) {
        BatchInsert.insert(tx, REVIEW_PROGRESS, List.of(REVIEW_PROGRESS.REVIEW_ID, REVIEW_PROGRESS.ACTION_ID,
                REVIEW_PROGRESS.PROGRESS), rows, row -> row);
    }

    void notes(DSLContext tx, List<Object[]> rows) {
        write(tx, CASE_NOTE, List.of(CASE_NOTE.ID, CASE_NOTE.CASE_ID, CASE_NOTE.KIND, CASE_NOTE.NOTED_ON, CASE_NOTE.WORKER_ID,
                CASE_NOTE.MINUTES, CASE_NOTE.TEXT, CASE_NOTE.SEARCH_TEXT), rows, CASE_NOTE.ID);
    }

    private static void write(DSLContext tx, Table<?> table, List<? extends Field<?>> columns, List<Object[]> rows, Field<Long> id) {
        BatchInsert.insert(tx, table, columns, rows, row -> row);
        long next = tx.select(DSL.coalesce(DSL.max(id), 0L)).from(table).fetchSingle().value1() + 1;
        tx.execute("alter table " + table.getName() + " alter column id restart with " + next);
    }
}
