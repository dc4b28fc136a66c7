package org.markaz.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.markaz.core.Validation;
import org.markaz.core.ValidationException;
import org.markaz.core.db.Transactions;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * Care plans (issue 11 §4): a draft is written from the assessment, one row per need; a director
 * approves it, which sets its review 3 months on; the review meeting records each action's progress
 * and replaces the plan with the next version, a draft of the same actions to work from. Approved
 * and replaced versions are never edited; all stay readable and printable.
 */
public final class CarePlanService {

    public static final int REVIEW_MONTHS = 3;

    private final Transactions transactions;
    private final CarePlanRepository plans;
    private final CaseGuard guard;

    private final CaseRepository cases;
    private final CaseRecordRepository records;

    public CarePlanService(Transactions transactions, CarePlanRepository plans, CaseRepository cases, CaseRecordRepository records,
                           CaseloadService caseloads) {
        this.transactions = transactions;
        this.plans = plans;
        this.cases = cases;
        this.records = records;
        this.guard = caseloads.guard();
    }

    /** The case's plan versions, newest first. */
    public List<PlanSummary> plans(Actor actor, long caseId) {
        return transactions.result(tx -> {
            guard.read(tx, actor, caseId);
            return plans.summaries(tx, caseId);
        });
    }

    public Optional<CarePlan> plan(Actor actor, long planId) {
        actor.require(Permission.VIEW_CASES);
        return transactions.result(tx -> {
            Optional<Long> caseId = plans.caseOf(tx, planId);
            if (caseId.isEmpty()) {
                return Optional.empty();
            }
            guard.read(tx, actor, caseId.get());
            return plans.plan(tx, planId);
        });
    }

    /**
     * Writes the case's draft: the first version when there is no plan yet, else the draft there
     * is. An approved plan is changed only through its review; a plan needs at least one action,
     * and each action its need, outcome, what, how, by when and who.
     */
    public long saveDraft(Actor actor, long caseId, PlanDraft draft) {
        actor.require(Permission.EDIT_CASES);
        PlanDraft checked = check(draft);
        return transactions.result(tx -> {
            guard.change(tx, actor, caseId);
            Optional<CarePlanRepository.LockedPlan> existing = plans.lockInState(tx, caseId, PlanStatus.DRAFT);
            if (existing.isPresent()) {
                plans.updateDraft(tx, actor, existing.get().id(), checked);
                return existing.get().id();
            }
            if (plans.lockInState(tx, caseId, PlanStatus.APPROVED).isPresent()) {
                throw new ValidationException("error.planApproved");
            }
            if (plans.lastVersion(tx, caseId) > 0) {
                throw new ValidationException("error.planReplaced");
            }
            return plans.insertDraft(tx, actor, caseId, 1, checked);
        });
    }

    /** A director approves the draft; the review falls due 3 months later. */
    public void approve(Actor actor, long planId, LocalDate approvedOn) {
        actor.require(Permission.APPROVE_CARE_PLANS);
        LocalDate on = guard.notInFuture(approvedOn, "plan.approvedOn");
        transactions.run(tx -> {
            CarePlanRepository.LockedPlan plan = plans.lock(tx, planId).orElseThrow(() -> new ValidationException("error.noSuchPlan"));
            CaseRepository.CaseAccess access = guard.change(tx, actor, plan.caseId());
            if (plan.status() != PlanStatus.DRAFT) {
                throw new ValidationException(plan.status() == PlanStatus.APPROVED ? "error.planApproved" : "error.planReplaced");
            }
            CarePlan full = plans.plan(tx, planId).orElseThrow();
            if (full.actions().isEmpty()) {
                throw new ValidationException("error.planWithoutAction");
            }
            if (on.isBefore(access.openedOn())) {
                throw new ValidationException("error.beforeCaseOpened", new Validation.FieldName("plan.approvedOn"));
            }
            plans.approve(tx, actor, planId, on, on.plusMonths(REVIEW_MONTHS));
        });
    }

    /**
     * Records the review of the approved plan: it becomes replaced, and the next version starts as
     * a draft with the same reasons, contingency and actions. Returns the new draft's id.
     */
    public long recordReview(Actor actor, long planId, ReviewDetails review) {
        actor.require(Permission.EDIT_CASES);
        LocalDate heldOn = guard.notInFuture(review.heldOn(), "review.heldOn");
        String attendees = Validation.required(review.attendees(), 1000, "review.attendees");
        String decisions = Validation.optional(review.decisions(), 4000, "review.decisions");
        return transactions.result(tx -> {
            CarePlanRepository.LockedPlan plan = plans.lock(tx, planId).orElseThrow(() -> new ValidationException("error.noSuchPlan"));
            guard.change(tx, actor, plan.caseId());
            if (plan.status() != PlanStatus.APPROVED) {
                throw new ValidationException("error.reviewNeedsApprovedPlan");
            }
            if (heldOn.isBefore(plan.approvedOn())) {
                throw new ValidationException("error.reviewBeforeApproval", new Validation.FieldName("review.heldOn"));
            }
            CarePlan full = plans.plan(tx, planId).orElseThrow();
            for (Long actionId : review.progress().keySet()) {
                if (full.actions().stream().noneMatch(a -> actionId.equals(a.id()))) {
                    throw new ValidationException("error.noSuchAction");
                }
            }
            plans.insertReview(tx, actor, planId, new ReviewDetails(heldOn, attendees, decisions, review.progress()));
            List<PlanAction> carried = new ArrayList<>();
            full.actions().forEach(a -> carried.add(new PlanAction(null, a.indicator(), a.need(), a.outcomeWanted(), a.whatWeDo(),
                    a.howWeKnow(), a.byWhen(), a.who())));
            return plans.insertDraft(tx, actor, plan.caseId(), full.version() + 1,
                    new PlanDraft(full.reasons(), full.contingency(), null, carried));
        });
    }

    /** What the printed plan shows, read in one transaction so its parts agree. */
    public PlanPrint printable(Actor actor, long planId) {
        actor.require(Permission.VIEW_CASES);
        return transactions.result(tx -> {
            long caseId = plans.caseOf(tx, planId).orElseThrow(() -> new ValidationException("error.noSuchPlan"));
            guard.read(tx, actor, caseId);
            CarePlan plan = plans.plan(tx, planId).orElseThrow();
            List<CarePlan> earlier = plans.summaries(tx, caseId).stream().filter(s -> s.version() < plan.version())
                    .map(s -> plans.plan(tx, s.id()).orElseThrow()).toList();
            return new PlanPrint(cases.details(tx, caseId, guard.today()).orElseThrow(), cases.carers(tx, caseId),
                    records.assessment(tx, caseId).orElse(null), plan, earlier);
        });
    }

    /** Approved plans of open cases due for review within [from, to]: the week's review meeting. */
    public List<Long> dueForReview(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Permission.APPROVE_CARE_PLANS);
        if (from == null || to == null || to.isBefore(from)) {
            throw new ValidationException("error.endBeforeStart");
        }
        return transactions.result(tx -> plans.dueForReview(tx, from, to));
    }

    private static PlanDraft check(PlanDraft draft) {
        if (draft.actions().isEmpty()) {
            throw new ValidationException("error.planWithoutAction");
        }
        List<PlanAction> actions = new ArrayList<>();
        for (PlanAction action : draft.actions()) {
            int row = actions.size() + 1;
            if (action.indicator() == null) {
                throw new ValidationException("error.actionFieldMissing", row, new Validation.FieldName("plan.indicator"));
            }
            if (action.byWhen() == null) {
                throw new ValidationException("error.actionFieldMissing", row, new Validation.FieldName("plan.byWhen"));
            }
            actions.add(new PlanAction(null, action.indicator(), actionText(action.need(), 1000, row, "plan.need"),
                    actionText(action.outcomeWanted(), 1000, row, "plan.outcomeWanted"),
                    actionText(action.whatWeDo(), 2000, row, "plan.whatWeDo"),
                    actionText(action.howWeKnow(), 1000, row, "plan.howWeKnow"), action.byWhen(),
                    actionText(action.who(), 200, row, "plan.who")));
        }
        return new PlanDraft(Validation.optional(draft.reasons(), 4000, "plan.reasons"),
                Validation.optional(draft.contingency(), 4000, "plan.contingency"), draft.parentsAgreedOn(), actions);
    }

    private static String actionText(String value, int max, int row, String fieldKey) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException("error.actionFieldMissing", row, new Validation.FieldName(fieldKey));
        }
        if (trimmed.length() > max) {
            throw new ValidationException("error.tooLong", new Validation.FieldName(fieldKey), max);
        }
        return trimmed;
    }
}
