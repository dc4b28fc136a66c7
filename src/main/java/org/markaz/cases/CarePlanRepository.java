package org.markaz.cases;

import static org.markaz.db.Tables.CARE_PLAN;
import static org.markaz.db.Tables.CARE_PLAN_ACTION;
import static org.markaz.db.Tables.CARE_PLAN_REVIEW;
import static org.markaz.db.Tables.FAMILY_CASE;
import static org.markaz.db.Tables.REVIEW_PROGRESS;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.db.Edits;
import org.markaz.core.security.Actor;
import org.markaz.db.tables.records.CarePlanActionRecord;
import org.markaz.db.tables.records.CarePlanRecord;
import org.markaz.db.tables.records.CarePlanReviewRecord;
import org.markaz.db.tables.records.ReviewProgressRecord;

/** Care plan versions, their actions and reviews. Every write is audited in the caller's transaction. */
public final class CarePlanRepository {

    private final AuditRepository audit;

    public CarePlanRepository(AuditRepository audit) {
        this.audit = audit;
    }

    public List<PlanSummary> summaries(DSLContext dsl, long caseId) {
        var actions = DSL.field(DSL.selectCount().from(CARE_PLAN_ACTION).where(CARE_PLAN_ACTION.PLAN_ID.eq(CARE_PLAN.ID)));
        return dsl.select(CARE_PLAN.ID, CARE_PLAN.VERSION, CARE_PLAN.STATUS, CARE_PLAN.APPROVED_ON, CARE_PLAN.REVIEW_DUE_ON, actions)
                .from(CARE_PLAN).where(CARE_PLAN.CASE_ID.eq(caseId)).orderBy(CARE_PLAN.VERSION.desc())
                .fetch(r -> new PlanSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** The plan's case, locking the plan's row when asked. */
    public Optional<Long> caseOf(DSLContext dsl, long planId) {
        return dsl.select(CARE_PLAN.CASE_ID).from(CARE_PLAN).where(CARE_PLAN.ID.eq(planId)).fetchOptional(CARE_PLAN.CASE_ID);
    }

    public Optional<CarePlan> plan(DSLContext dsl, long planId) {
        return dsl.selectFrom(CARE_PLAN).where(CARE_PLAN.ID.eq(planId)).fetchOptional().map(p -> {
            List<PlanAction> actions = dsl.selectFrom(CARE_PLAN_ACTION).where(CARE_PLAN_ACTION.PLAN_ID.eq(planId))
                    .orderBy(CARE_PLAN_ACTION.POSITION)
                    .fetch(a -> new PlanAction(a.getId(), a.getIndicator(), a.getNeed(), a.getOutcomeWanted(), a.getWhatWeDo(),
                            a.getHowWeKnow(), a.getByWhen(), a.getWho()));
            CarePlan.Review review = dsl.selectFrom(CARE_PLAN_REVIEW).where(CARE_PLAN_REVIEW.PLAN_ID.eq(planId)).fetchOptional()
                    .map(r -> {
                        Map<Long, Progress> progress = new HashMap<>();
                        dsl.selectFrom(REVIEW_PROGRESS).where(REVIEW_PROGRESS.REVIEW_ID.eq(r.getId()))
                                .forEach(row -> progress.put(row.getActionId(), row.getProgress()));
                        return new CarePlan.Review(r.getHeldOn(), r.getAttendees(), r.getDecisions(), Map.copyOf(progress),
                                r.getRecordedBy());
                    }).orElse(null);
            return new CarePlan(p.getId(), p.getCaseId(), p.getVersion(), p.getStatus(), p.getReasons(), p.getContingency(),
                    p.getParentsAgreedOn(), p.getApprovedOn(), p.getApprovedBy(), p.getReviewDueOn(), actions, review);
        });
    }

    /** The case's plan in a state (at most one draft, one approved), its row locked. */
    public Optional<LockedPlan> lockInState(DSLContext tx, long caseId, PlanStatus status) {
        return tx.selectFrom(CARE_PLAN).where(CARE_PLAN.CASE_ID.eq(caseId).and(CARE_PLAN.STATUS.eq(status))).forUpdate()
                .fetchOptional(CarePlanRepository::locked);
    }

    public Optional<LockedPlan> lock(DSLContext tx, long planId) {
        return tx.selectFrom(CARE_PLAN).where(CARE_PLAN.ID.eq(planId)).forUpdate().fetchOptional(CarePlanRepository::locked);
    }

    private static LockedPlan locked(CarePlanRecord r) {
        return new LockedPlan(r.getId(), r.getCaseId(), r.getVersion(), r.getStatus(), r.getApprovedOn());
    }

    /** What the rules of a plan's change need of it, read with its row locked. */
    public record LockedPlan(long id, long caseId, int version, PlanStatus status, LocalDate approvedOn) {
    }

    private static CarePlanRecord record(DSLContext tx, long planId) {
        return tx.selectFrom(CARE_PLAN).where(CARE_PLAN.ID.eq(planId)).fetchSingle();
    }

    public int lastVersion(DSLContext dsl, long caseId) {
        Integer last = dsl.select(DSL.max(CARE_PLAN.VERSION)).from(CARE_PLAN).where(CARE_PLAN.CASE_ID.eq(caseId)).fetchOne().value1();
        return last == null ? 0 : last;
    }

    public long insertDraft(DSLContext tx, Actor actor, long caseId, int version, PlanDraft draft) {
        CarePlanRecord plan = tx.newRecord(CARE_PLAN);
        plan.setCaseId(caseId);
        plan.setVersion(version);
        plan.setStatus(PlanStatus.DRAFT);
        plan.setDraftOfCase(caseId);
        plan.setReasons(draft.reasons());
        plan.setContingency(draft.contingency());
        plan.setParentsAgreedOn(draft.parentsAgreedOn());
        plan.store();
        audit.created(tx, actor, plan);
        insertActions(tx, actor, plan.getId(), draft.actions());
        return plan.getId();
    }

    /** Writes the draft over its earlier text; its actions are written afresh, in the order given. */
    public void updateDraft(DSLContext tx, Actor actor, long planId, PlanDraft draft) {
        CarePlanRecord plan = record(tx, planId);
        CarePlanRecord before = plan.original();
        plan.setReasons(draft.reasons());
        plan.setContingency(draft.contingency());
        plan.setParentsAgreedOn(draft.parentsAgreedOn());
        if (Edits.anyBetween(before, plan)) {
            plan.store();
            audit.updated(tx, actor, before, plan);
        }
        for (CarePlanActionRecord action : tx.selectFrom(CARE_PLAN_ACTION).where(CARE_PLAN_ACTION.PLAN_ID.eq(plan.getId())).fetch()) {
            action.delete();
            audit.deleted(tx, actor, action);
        }
        insertActions(tx, actor, plan.getId(), draft.actions());
    }

    private void insertActions(DSLContext tx, Actor actor, long planId, List<PlanAction> actions) {
        int position = 1;
        for (PlanAction action : actions) {
            CarePlanActionRecord record = tx.newRecord(CARE_PLAN_ACTION);
            record.setPlanId(planId);
            record.setPosition(position++);
            record.setIndicator(action.indicator());
            record.setNeed(action.need());
            record.setOutcomeWanted(action.outcomeWanted());
            record.setWhatWeDo(action.whatWeDo());
            record.setHowWeKnow(action.howWeKnow());
            record.setByWhen(action.byWhen());
            record.setWho(action.who());
            record.store();
            audit.created(tx, actor, record);
        }
    }

    public void approve(DSLContext tx, Actor actor, long planId, LocalDate approvedOn, LocalDate reviewDueOn) {
        CarePlanRecord plan = record(tx, planId);
        CarePlanRecord before = plan.original();
        plan.setStatus(PlanStatus.APPROVED);
        plan.setDraftOfCase(null);
        plan.setApprovedOfCase(plan.getCaseId());
        plan.setApprovedOn(approvedOn);
        plan.setApprovedBy(actor.fullName());
        plan.setReviewDueOn(reviewDueOn);
        plan.store();
        audit.updated(tx, actor, before, plan);
    }

    /** Records the review of the approved plan and marks the plan replaced. */
    public void insertReview(DSLContext tx, Actor actor, long planId, ReviewDetails review) {
        CarePlanRecord plan = record(tx, planId);
        CarePlanReviewRecord record = tx.newRecord(CARE_PLAN_REVIEW);
        record.setPlanId(plan.getId());
        record.setHeldOn(review.heldOn());
        record.setAttendees(review.attendees());
        record.setDecisions(review.decisions());
        record.setRecordedBy(actor.username());
        record.store();
        audit.created(tx, actor, record);
        review.progress().forEach((actionId, progress) -> {
            ReviewProgressRecord row = tx.newRecord(REVIEW_PROGRESS);
            row.setReviewId(record.getId());
            row.setActionId(actionId);
            row.setProgress(progress);
            row.store();
            audit.created(tx, actor, row);
        });
        CarePlanRecord before = plan.original();
        plan.setStatus(PlanStatus.REPLACED);
        plan.setApprovedOfCase(null);
        plan.store();
        audit.updated(tx, actor, before, plan);
    }

    /** Approved plans of open cases whose review falls within [from, to], by date. */
    public List<Long> dueForReview(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.select(CARE_PLAN.ID).from(CARE_PLAN).join(FAMILY_CASE).on(FAMILY_CASE.ID.eq(CARE_PLAN.CASE_ID))
                .where(CARE_PLAN.STATUS.eq(PlanStatus.APPROVED).and(FAMILY_CASE.CLOSED_ON.isNull())
                        .and(CARE_PLAN.REVIEW_DUE_ON.between(from, to)))
                .orderBy(CARE_PLAN.REVIEW_DUE_ON, CARE_PLAN.ID).fetch(CARE_PLAN.ID);
    }
}
