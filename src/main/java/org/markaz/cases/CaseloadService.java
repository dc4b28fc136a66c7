package org.markaz.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.markaz.core.Validation;
import org.markaz.core.ValidationException;
import org.markaz.core.centre.SettingRepository;
import org.markaz.core.db.Transactions;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * Cases and caseloads (issue 11 §1-2): open a case for a family, give it a key worker (history
 * kept), close it with outcomes; the 6-month programme and its extension by a director; the
 * caseload limit, which only a director may go past.
 */
public final class CaseloadService {

    public static final String LIMIT_SETTING = "cases.caseload_limit";
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    private final Transactions transactions;
    private final CaseRepository cases;
    private final SettingRepository settings;
    private final CaseGuard guard;
    private final Clock clock;

    public CaseloadService(Transactions transactions, CaseRepository cases, SettingRepository settings, Clock clock) {
        this.transactions = transactions;
        this.cases = cases;
        this.settings = settings;
        this.clock = clock;
        this.guard = new CaseGuard(cases, clock);
    }

    CaseGuard guard() {
        return guard;
    }

    /**
     * The actor's own open cases (held or covered), then the unassigned ones; a director's and an
     * administrator's "own" are every open case. Within each, the next review first.
     */
    public List<CaseRow> openCases(Actor actor) {
        actor.require(Permission.VIEW_CASELOADS);
        LocalDate today = guard.today();
        return transactions.result(tx -> {
            List<CaseRow> rows = seesEveryCaseload(actor) ? cases.openRows(tx, today)
                    : guard.staffOf(tx, actor) == null ? List.of() : cases.openRowsOf(tx, guard.staffOf(tx, actor), today);
            return rows.stream().sorted(Comparator.comparing((CaseRow row) -> row.keyWorkerId() == null)
                    .thenComparing(row -> row.nextReviewOn() == null ? LocalDate.MAX : row.nextReviewOn())
                    .thenComparing(CaseRow::openedOn)).toList();
        });
    }

    /** The family's cases, open and closed, when the actor may see them (a key worker: those they hold). */
    public List<CaseRow> casesOfFamily(Actor actor, long familyId) {
        actor.require(Permission.VIEW_CASELOADS);
        LocalDate today = guard.today();
        return transactions.result(tx -> {
            List<CaseRow> rows = cases.rowsOfFamily(tx, familyId, today);
            if (seesEveryCaseload(actor)) {
                return rows;
            }
            Long staff = guard.staffOf(tx, actor);
            return rows.stream().filter(row -> row.keyWorkerId() == null
                    || cases.access(tx, row.id()).map(a -> a.isHeldBy(staff)).orElse(false)).toList();
        });
    }

    /** The case in full: its children, history, cover and outcomes. */
    public Optional<CaseDetails> details(Actor actor, long caseId) {
        return transactions.result(tx -> {
            guard.read(tx, actor, caseId);
            return cases.details(tx, caseId, guard.today());
        });
    }

    /** The key workers with their open cases and overdue reviews: the director's side-by-side view. */
    public List<KeyWorker> keyWorkers(Actor actor) {
        actor.require(Permission.VIEW_CASELOADS);
        return transactions.result(tx -> cases.keyWorkers(tx, guard.today(), guard.staffOf(tx, actor)));
    }

    public int caseloadLimit(Actor actor) {
        actor.require(Permission.VIEW_CASELOADS);
        return transactions.result(this::limit);
    }

    public void setCaseloadLimit(Actor actor, int limit) {
        actor.require(Permission.MANAGE_CASELOADS);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("error.caseloadLimitRange", MAX_LIMIT, new Validation.FieldName("cases.limit"));
        }
        transactions.run(tx -> settings.save(tx, actor, LIMIT_SETTING, Integer.toString(limit)));
    }

    /**
     * Opens a case. A key worker opens only their own (themselves as key worker); a director for
     * anyone, or unassigned. Over the caseload limit it writes nothing and asks for a director.
     */
    public CaseloadResult open(Actor actor, CaseOpening opening) {
        actor.require(Permission.EDIT_CASES);
        if (opening.type() == null) {
            throw new ValidationException("error.required", new Validation.FieldName("cases.type"));
        }
        LocalDate openedOn = guard.notInFuture(opening.openedOn(), "cases.openedOn");
        if (opening.childIds().isEmpty()) {
            throw new ValidationException("error.caseWithoutChild", new Validation.FieldName("cases.children"));
        }
        return transactions.result(tx -> {
            Long self = guard.staffOf(tx, actor);
            if (!actor.may(Permission.MANAGE_CASELOADS) && (self == null || !self.equals(opening.keyWorkerId()))) {
                throw new AccessDeniedException(Permission.MANAGE_CASELOADS);
            }
            Map<Long, Boolean> children = cases.familyChildren(tx, opening.familyId())
                    .orElseThrow(() -> new ValidationException("error.noSuchFamily"));
            for (long childId : opening.childIds()) {
                if (!children.containsKey(childId)) {
                    throw new ValidationException("error.childOfAnotherFamily", new Validation.FieldName("cases.children"));
                }
                if (children.get(childId)) {
                    throw new ValidationException("error.childArchived");
                }
            }
            if (opening.referralId() != null && !cases.referralFamily(tx, opening.referralId())
                    .map(family -> family == opening.familyId()).orElse(false)) {
                throw new ValidationException("error.referralOfAnotherFamily");
            }
            if (opening.keyWorkerId() != null) {
                Optional<CaseloadResult> over = checkLimit(tx, actor, opening.keyWorkerId(), opening.overLimitConfirmed());
                if (over.isPresent()) {
                    return over.get();
                }
            }
            LocalDate programmeEnd = opening.type() == CaseType.PROGRAMME ? openedOn.plusMonths(CaseRow.PROGRAMME_MONTHS) : null;
            CaseOpening checked = new CaseOpening(opening.familyId(), opening.referralId(), opening.type(), opening.childIds(),
                    opening.keyWorkerId(), openedOn, opening.overLimitConfirmed());
            return new CaseloadResult.Done(cases.insert(tx, actor, checked, programmeEnd, clock.instant()));
        });
    }

    /** Gives one or several cases to a key worker (null: back to unassigned), from today; a director's decision. */
    public CaseloadResult reassign(Actor actor, Set<Long> caseIds, Long keyWorkerId, boolean overLimitConfirmed) {
        actor.require(Permission.MANAGE_CASELOADS);
        if (caseIds.isEmpty()) {
            throw new ValidationException("error.noCaseChosen");
        }
        return transactions.result(tx -> {
            if (keyWorkerId != null) {
                int moving = 0;
                for (long caseId : caseIds) {
                    CaseRepository.CaseAccess access = cases.lock(tx, caseId).orElseThrow(() -> new ValidationException("error.noSuchCase"));
                    if (!access.isOpen()) {
                        throw new ValidationException("error.caseClosed");
                    }
                    moving += keyWorkerId.equals(access.keyWorkerId()) ? 0 : 1;
                }
                Optional<CaseloadResult> over = checkLimit(tx, actor, keyWorkerId, moving, overLimitConfirmed);
                if (over.isPresent()) {
                    return over.get();
                }
            }
            long last = 0;
            for (long caseId : caseIds) {
                CaseRepository.CaseAccess access = cases.lock(tx, caseId).orElseThrow(() -> new ValidationException("error.noSuchCase"));
                if (!access.isOpen()) {
                    throw new ValidationException("error.caseClosed");
                }
                cases.reassign(tx, actor, caseId, keyWorkerId, guard.today(), clock.instant());
                last = caseId;
            }
            return new CaseloadResult.Done(last);
        });
    }

    /** Who covers the case for its key worker (leave, illness); a director's decision. */
    public void setCover(Actor actor, long caseId, Set<Long> staffIds) {
        actor.require(Permission.MANAGE_CASELOADS);
        transactions.run(tx -> {
            CaseRepository.CaseAccess access = cases.lock(tx, caseId).orElseThrow(() -> new ValidationException("error.noSuchCase"));
            for (long staffId : staffIds) {
                if (cases.keyWorkerName(tx, staffId).isEmpty()) {
                    throw new ValidationException("error.notAKeyWorker");
                }
            }
            if (access.keyWorkerId() != null && staffIds.contains(access.keyWorkerId())) {
                throw new ValidationException("error.coverIsKeyWorker");
            }
            cases.setCover(tx, actor, caseId, Set.copyOf(staffIds));
        });
    }

    /** Moves the programme's end past six months: only a director, with a reason. */
    public void extendProgramme(Actor actor, long caseId, LocalDate endsOn, String reason) {
        actor.require(Permission.MANAGE_CASELOADS);
        if (endsOn == null) {
            throw new ValidationException("error.required", new Validation.FieldName("cases.programmeEndsOn"));
        }
        String checkedReason = Validation.required(reason, 500, "cases.extensionReason");
        transactions.run(tx -> {
            CaseRepository.CaseAccess access = cases.lock(tx, caseId).orElseThrow(() -> new ValidationException("error.noSuchCase"));
            if (!access.isOpen()) {
                throw new ValidationException("error.caseClosed");
            }
            if (access.type() != CaseType.PROGRAMME) {
                throw new ValidationException("error.notAProgramme");
            }
            if (!endsOn.isAfter(access.programmeEndsOn())) {
                throw new ValidationException("error.extensionNotLater", new Validation.FieldName("cases.programmeEndsOn"));
            }
            cases.extend(tx, actor, caseId, endsOn, checkedReason);
        });
    }

    /** Closes the case with one or more outcomes. */
    public void close(Actor actor, long caseId, LocalDate closedOn, Set<CaseOutcome> outcomes, String note) {
        actor.require(Permission.EDIT_CASES);
        LocalDate on = guard.notInFuture(closedOn, "cases.closedOn");
        if (outcomes == null || outcomes.isEmpty()) {
            throw new ValidationException("error.caseWithoutOutcome", new Validation.FieldName("cases.outcomes"));
        }
        String checkedNote = Validation.optional(note, 1000, "cases.closingNote");
        transactions.run(tx -> {
            CaseRepository.CaseAccess access = guard.change(tx, actor, caseId);
            if (on.isBefore(access.openedOn())) {
                throw new ValidationException("error.closedBeforeOpened", new Validation.FieldName("cases.closedOn"));
            }
            cases.close(tx, actor, caseId, on, Set.copyOf(outcomes), checkedNote);
        });
    }

    /** The referrals of the family's children, to open a case from one of them. */
    public List<ReferralChoice> referralsOf(Actor actor, long familyId) {
        actor.require(Permission.EDIT_CASES);
        return transactions.result(tx -> cases.referrals(tx, familyId));
    }

    /** Reviews past their date: of the cases a key worker holds or covers; every open case's for a director. */
    public List<OverdueReview> overdueReviews(Actor actor) {
        actor.require(Permission.VIEW_CASES);
        LocalDate today = guard.today();
        return transactions.result(tx -> {
            if (actor.may(Permission.MANAGE_CASELOADS)) {
                return cases.overdueReviews(tx, null, today);
            }
            Long staff = guard.staffOf(tx, actor);
            return staff == null ? List.of() : cases.overdueReviews(tx, staff, today);
        });
    }

    /**
     * Whether the family is on the actor's caseload: an open case of theirs, as key worker or cover.
     * For other features (aid requests are made for families on the key worker's caseload).
     */
    public boolean isOnCaseload(Actor actor, long familyId) {
        actor.require(Permission.VIEW_CASELOADS);
        return transactions.result(tx -> {
            Long staff = guard.staffOf(tx, actor);
            return staff != null && cases.familyOnCaseload(tx, staff, familyId);
        });
    }

    private boolean seesEveryCaseload(Actor actor) {
        return actor.may(Permission.MANAGE_CASELOADS) || !actor.may(Permission.VIEW_CASES);
    }

    private Optional<CaseloadResult> checkLimit(DSLContext tx, Actor actor, long keyWorkerId, boolean confirmed) {
        return checkLimit(tx, actor, keyWorkerId, 1, confirmed);
    }

    /** Refuses a worker who may not hold cases; asks before their caseload passes the limit; only a director confirms. */
    private Optional<CaseloadResult> checkLimit(DSLContext tx, Actor actor, long keyWorkerId, int adding, boolean confirmed) {
        String name = cases.keyWorkerName(tx, keyWorkerId).orElseThrow(() -> new ValidationException("error.notAKeyWorker"));
        int open = cases.lockAndCountOpenCases(tx, keyWorkerId);
        int limit = limit(tx);
        if (adding == 0 || open + adding <= limit) {
            return Optional.empty();
        }
        if (!confirmed) {
            return Optional.of(new CaseloadResult.OverLimit(name, open, limit));
        }
        actor.require(Permission.CONFIRM_EXCEPTIONS);
        return Optional.empty();
    }

    private int limit(DSLContext dsl) {
        return settings.find(dsl, LIMIT_SETTING).map(Integer::parseInt).orElse(DEFAULT_LIMIT);
    }
}
