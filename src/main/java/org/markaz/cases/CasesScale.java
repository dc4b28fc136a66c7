package org.markaz.cases;

import static org.markaz.core.demo.Names.pick;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.markaz.core.feature.ScaleContext;
import org.markaz.core.feature.ScaleShare;
import org.markaz.core.text.SearchFolding;

/**
 * The cases' share of the scale dataset: 10,000 cases over the ten years (two in three the 6-month
 * programme), one after another for each family while it is on the books, for children it had on
 * the day the case opened, from an accepted referral where one came shortly before; an assessment,
 * plans approved, reviewed every three months and at closing (about 25,000 versions), and 30,000
 * case notes. The cases still open today are held by current key workers up to the caseload limit.
 * Rows are numbered here and written in batches; the database checks every rule as they are written.
 */
public final class CasesScale implements ScaleShare {

    public static final int CASES = 10_000;
    public static final int NOTES = 30_000;
    private static final String KEEPER = "generator";

    @Override
    public Map<String, Integer> generate(ScaleContext context) {
        return new Generation(context).write();
    }

    /** A case before its record is written: its family, dates and children. */
    private static final class Planned {
        final CasesScaleRepository.Family family;
        final CaseType type;
        final LocalDate openedOn;
        final LocalDate closedOn;
        final List<Long> children;
        final Long referralId;
        /** Months the programme was extended by (0: not extended). */
        final int extension;
        final boolean closedByMove;
        long id;
        Long firstWorker;
        LocalDate reassignedOn;
        Long worker;

        Planned(CasesScaleRepository.Family family, CaseType type, LocalDate openedOn, LocalDate closedOn, List<Long> children,
                Long referralId, int extension, boolean closedByMove) {
            this.family = family;
            this.type = type;
            this.openedOn = openedOn;
            this.closedOn = closedOn;
            this.children = children;
            this.referralId = referralId;
            this.extension = extension;
            this.closedByMove = closedByMove;
        }

        LocalDate programmeEndsOn() {
            if (type != CaseType.PROGRAMME) {
                return null;
            }
            return openedOn.plusMonths(CaseRow.PROGRAMME_MONTHS + extension);
        }

        /** The last day of work on the case: its closing, or yesterday while it is open. */
        LocalDate lastDay(LocalDate today) {
            return closedOn != null ? closedOn : today.minusDays(1);
        }

        Long workerOn(LocalDate day) {
            return reassignedOn != null && day.isBefore(reassignedOn) ? firstWorker : worker;
        }
    }

    private static final class Generation {

        private final ScaleContext context;
        private final Random random;
        private final LocalDate today;
        private final CasesScaleRepository repository = new CasesScaleRepository();
        private final List<CasesScaleRepository.Worker> workers;
        private final List<Long> current;
        private final Map<Long, String> workerNames = new HashMap<>();
        private final String director;
        private final List<Object[]> cases = new ArrayList<>();
        private final List<Object[]> caseChildren = new ArrayList<>();
        private final List<Object[]> outcomes = new ArrayList<>();
        private final List<Object[]> assignments = new ArrayList<>();
        private final List<Object[]> assessments = new ArrayList<>();
        private final List<Object[]> scores = new ArrayList<>();
        private final List<Object[]> chronology = new ArrayList<>();
        private final List<Object[]> plans = new ArrayList<>();
        private final List<Object[]> actions = new ArrayList<>();
        private final List<Object[]> reviews = new ArrayList<>();
        private final List<Object[]> progress = new ArrayList<>();
        private final List<Object[]> notes = new ArrayList<>();
        private long nextAssignment;
        private long nextChronology;
        private long nextPlan;
        private long nextAction;
        private long nextReview;
        private long nextNote;

        Generation(ScaleContext context) {
            this.context = context;
            this.random = context.random("cases");
            this.today = context.today();
            this.workers = repository.keyWorkers(context.tx());
            this.current = workers.stream().filter(CasesScaleRepository.Worker::current)
                    .map(CasesScaleRepository.Worker::staffId).toList();
            workers.forEach(w -> workerNames.put(w.staffId(), w.name()));
            this.director = repository.directorName(context.tx());
        }

        Map<String, Integer> write() {
            List<Planned> planned = plan(repository.families(context.tx(), context.zone()));
            CasesScaleRepository.NextIds next = repository.nextIds(context.tx());
            nextAssignment = next.assignment();
            nextChronology = next.chronology();
            nextPlan = next.plan();
            nextAction = next.action();
            nextReview = next.review();
            nextNote = next.note();
            long id = next.familyCase();
            for (Planned c : planned) {
                c.id = id++;
            }
            assignWorkers(planned);
            int[] noteCounts = noteCounts(planned);
            for (int i = 0; i < planned.size(); i++) {
                record(planned.get(i), noteCounts[i]);
            }
            var tx = context.tx();
            repository.cases(tx, cases);
            repository.caseChildren(tx, caseChildren);
            repository.outcomes(tx, outcomes);
            repository.assignments(tx, assignments);
            repository.assessments(tx, assessments);
            repository.scores(tx, scores);
            repository.chronology(tx, chronology);
            repository.plans(tx, plans);
            repository.actions(tx, actions);
            repository.reviews(tx, reviews);
            repository.progress(tx, progress);
            repository.notes(tx, notes);
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("family_case", cases.size());
            counts.put("case_child", caseChildren.size());
            counts.put("case_outcome", outcomes.size());
            counts.put("case_assignment", assignments.size());
            counts.put("assessment", assessments.size());
            counts.put("assessment_score", scores.size());
            counts.put("chronology_event", chronology.size());
            counts.put("care_plan", plans.size());
            counts.put("care_plan_action", actions.size());
            counts.put("care_plan_review", reviews.size());
            counts.put("review_progress", progress.size());
            counts.put("case_note", notes.size());
            return counts;
        }

        /**
         * Each family's cases one after another while it is on the books; then as many closed ones
         * dropped at random as make {@value #CASES}, in the order they opened (ids rise with time).
         */
        private List<Planned> plan(List<CasesScaleRepository.Family> families) {
            List<Planned> all = new ArrayList<>();
            for (CasesScaleRepository.Family family : families) {
                LocalDate last = family.archivedOn() != null ? family.archivedOn() : today;
                LocalDate start = family.cameOn().plusDays(random.nextInt(90));
                while (start.isBefore(last)) {
                    Planned c = planCase(family, start, last);
                    if (c == null) {
                        start = start.plusDays(60 + random.nextInt(300));
                        continue;
                    }
                    all.add(c);
                    if (c.closedOn == null) {
                        break;
                    }
                    start = c.closedOn.plusDays(30 + random.nextInt(900));
                }
            }
            List<Integer> closed = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).closedOn != null) {
                    closed.add(i);
                }
            }
            java.util.Collections.shuffle(closed, random);
            java.util.Set<Integer> dropped = new java.util.HashSet<>(closed.subList(0, Math.max(0, Math.min(closed.size(),
                    all.size() - CASES))));
            List<Planned> kept = new ArrayList<>(CASES);
            for (int i = 0; i < all.size(); i++) {
                if (!dropped.contains(i)) {
                    kept.add(all.get(i));
                }
            }
            kept.sort(Comparator.comparing((Planned c) -> c.openedOn).thenComparing(c -> c.family.id()));
            return kept;
        }

        private Planned planCase(CasesScaleRepository.Family family, LocalDate opened, LocalDate last) {
            List<Long> children = new ArrayList<>();
            for (CasesScaleRepository.Child child : family.children()) {
                if (!child.bornOn().isAfter(opened) && !child.addedOn().isAfter(opened)
                        && (child.archivedOn() == null || child.archivedOn().isAfter(opened))) {
                    children.add(child.id());
                }
            }
            if (children.isEmpty()) {
                return null;
            }
            while (children.size() > 1 && random.nextInt(100) < 45) {
                children.remove(random.nextInt(children.size()));
            }
            CaseType type = random.nextInt(100) < 72 ? CaseType.PROGRAMME : CaseType.SHORT_TERM;
            int extension = 0;
            LocalDate closing;
            if (type == CaseType.PROGRAMME) {
                int roll = random.nextInt(100);
                extension = roll >= 52 && roll < 75 ? 1 + random.nextInt(3) : 0;
                closing = roll < 75 ? opened.plusMonths(CaseRow.PROGRAMME_MONTHS + extension).minusDays(random.nextInt(10))
                        : opened.plusDays(30 + random.nextInt(140));
            } else {
                closing = opened.plusDays(14 + random.nextInt(100));
            }
            boolean moved = false;
            if (!closing.isBefore(last)) {
                if (family.archivedOn() == null) {
                    closing = null;
                } else {
                    // the family left: the case closed that day (the day before, for a family archived today)
                    closing = last.equals(today) ? today.minusDays(1) : last;
                    moved = true;
                }
            }
            Long referral = null;
            for (CasesScaleRepository.Referral r : family.referrals()) {
                if (!r.referredOn().isAfter(opened) && r.referredOn().isAfter(opened.minusDays(60)) && random.nextInt(100) < 80) {
                    referral = r.id();
                }
            }
            return new Planned(family, type, opened, closing, children, referral, extension, moved);
        }

        /**
         * Closed cases had any key worker of the ten years; open ones a current worker, the least
         * loaded first and never past the limit; a few new ones wait unassigned. One in ten changed hands.
         */
        private void assignWorkers(List<Planned> planned) {
            Map<Long, Integer> load = new HashMap<>();
            current.forEach(w -> load.put(w, 0));
            for (Planned c : planned) {
                if (c.closedOn != null) {
                    c.worker = pick(random, workers).staffId();
                } else if (c.openedOn.isAfter(today.minusDays(21)) && random.nextInt(100) < 20 || current.isEmpty()) {
                    c.worker = null;
                } else {
                    Long least = current.stream().min(Comparator.comparing(load::get)).orElseThrow();
                    int offset = random.nextInt(current.size());
                    for (int i = 0; i < current.size(); i++) {
                        Long w = current.get((offset + i) % current.size());
                        if (load.get(w) < load.get(least) + 2) {
                            least = w;
                            break;
                        }
                    }
                    if (load.get(least) >= CaseloadService.DEFAULT_LIMIT) {
                        c.worker = null;
                    } else {
                        c.worker = least;
                        load.merge(least, 1, Integer::sum);
                    }
                }
                long days = ChronoUnit.DAYS.between(c.openedOn, c.lastDay(today));
                if (c.worker != null && days > 60 && random.nextInt(100) < 10) {
                    c.firstWorker = pick(random, workers).staffId();
                    c.reassignedOn = c.openedOn.plusDays(20 + random.nextInt((int) days - 30));
                } else {
                    c.firstWorker = c.worker;
                }
            }
        }

        /** {@value #NOTES} notes shared out by how long each case has run. */
        private int[] noteCounts(List<Planned> planned) {
            long total = 0;
            long[] weights = new long[planned.size()];
            for (int i = 0; i < planned.size(); i++) {
                weights[i] = 1 + ChronoUnit.DAYS.between(planned.get(i).openedOn, planned.get(i).lastDay(today));
                total += weights[i];
            }
            int[] counts = new int[planned.size()];
            int given = 0;
            for (int i = 0; i < planned.size(); i++) {
                counts[i] = (int) (NOTES * weights[i] / total);
                given += counts[i];
            }
            while (given < NOTES) {
                counts[random.nextInt(counts.length)]++;
                given++;
            }
            return counts;
        }

        private void record(Planned c, int noteCount) {
            LocalDate end = c.lastDay(today);
            boolean tajik = random.nextInt(100) < 70;
            String closingNote = c.closedOn == null ? null : c.closedByMove ? pick(random, ScaleTexts.MOVED) : null;
            LocalDate programmeEnd = c.programmeEndsOn();
            cases.add(new Object[] {c.id, c.family.id(), c.referralId, c.type, c.openedOn, c.worker, programmeEnd,
                    c.extension > 0 ? pick(random, ScaleTexts.EXTENSIONS) : null, c.extension > 0 ? KEEPER : null, c.closedOn,
                    closingNote, context.at(c.openedOn, 9)});
            c.children.forEach(child -> caseChildren.add(new Object[] {c.id, c.family.id(), child}));
            if (c.closedOn != null) {
                outcomes(c);
            }
            assignments.add(new Object[] {nextAssignment++, c.id, c.firstWorker, c.openedOn, KEEPER, context.at(c.openedOn, 9)});
            if (c.reassignedOn != null) {
                assignments.add(new Object[] {nextAssignment++, c.id, c.worker, c.reassignedOn, KEEPER,
                        context.at(c.reassignedOn, 10)});
            }
            notes(c, noteCount, tajik);
            if (ChronoUnit.DAYS.between(c.openedOn, end) < 10) {
                return;
            }
            LocalDate assessed = min(c.openedOn.plusDays(4 + random.nextInt(12)), end);
            assessments.add(new Object[] {c.id, assessed, pick(random, ScaleTexts.grow(tajik)), pick(random, ScaleTexts.care(tajik)),
                    pick(random, ScaleTexts.wider(tajik)), pick(random, ScaleTexts.childViews(tajik)),
                    pick(random, ScaleTexts.parentViews(tajik))});
            for (Indicator indicator : Indicator.values()) {
                int score = 1 + Math.min(random.nextInt(4), random.nextInt(4));
                scores.add(new Object[] {c.id, indicator, score, score <= 2 && random.nextBoolean()
                        ? pick(random, ScaleTexts.concerns(tajik)) : null});
            }
            chronology.add(new Object[] {nextChronology++, c.id, c.openedOn.minusDays(20 + random.nextInt(700)),
                    pick(random, ScaleTexts.events(tajik))});
            plans(c, assessed, end, tajik);
        }

        private void outcomes(Planned c) {
            if (c.closedByMove) {
                outcomes.add(new Object[] {c.id, random.nextInt(4) == 0 ? CaseOutcome.TRANSFERRED : CaseOutcome.MOVED_AWAY});
                return;
            }
            boolean early = c.type == CaseType.PROGRAMME && c.closedOn.isBefore(c.openedOn.plusMonths(5));
            if (early) {
                outcomes.add(new Object[] {c.id, pick(random, List.of(CaseOutcome.DISENGAGED, CaseOutcome.MOVED_AWAY,
                        CaseOutcome.TRANSFERRED, CaseOutcome.PLACED_WITH_KIN))});
                return;
            }
            outcomes.add(new Object[] {c.id, CaseOutcome.GOALS_MET});
            int roll = random.nextInt(100);
            CaseOutcome second = roll < 35 ? CaseOutcome.RELINQUISHMENT_PREVENTED : roll < 50 ? CaseOutcome.PROTECTED_FROM_HARM
                    : roll < 60 ? CaseOutcome.RETURNED_TO_PARENTS : null;
            if (second != null) {
                outcomes.add(new Object[] {c.id, second});
            }
        }

        /**
         * Version 1 drafted after the assessment and approved days later; a review each three
         * months while the case runs (one in seven of the open ones left overdue), and one at the
         * closing, each replacing the plan with the next version, approved the same week.
         */
        private void plans(Planned c, LocalDate assessed, LocalDate end, boolean tajik) {
            LocalDate drafted = min(assessed.plusDays(2 + random.nextInt(6)), end);
            List<Object[]> rowActions = newActions(c, drafted, tajik);
            String reasons = pick(random, ScaleTexts.reasons(tajik));
            String contingency = pick(random, ScaleTexts.contingencies(tajik));
            boolean leaveOverdue = c.closedOn == null && random.nextInt(7) == 0;
            int version = 1;
            LocalDate approved = drafted.plusDays(1 + random.nextInt(6));
            while (true) {
                long planId = nextPlan++;
                if (approved.isAfter(end)) {
                    plans.add(new Object[] {planId, c.id, version, PlanStatus.DRAFT, reasons, contingency, null, null, null, null,
                            c.id, null, context.at(drafted, 10)});
                    addActions(planId, rowActions);
                    return;
                }
                LocalDate due = approved.plusMonths(CarePlanService.REVIEW_MONTHS);
                LocalDate held = reviewDay(c, approved, due, end, leaveOverdue);
                boolean replaced = held != null;
                plans.add(new Object[] {planId, c.id, version, replaced ? PlanStatus.REPLACED : PlanStatus.APPROVED, reasons,
                        contingency, drafted, approved, director,
                        due, null, replaced ? null : c.id, context.at(drafted, 10)});
                List<Long> actionIds = addActions(planId, rowActions);
                if (!replaced) {
                    return;
                }
                long reviewId = nextReview++;
                reviews.add(new Object[] {reviewId, planId, held, attendees(c, held, tajik), pick(random, ScaleTexts.decisions(tajik)),
                        KEEPER});
                for (long actionId : actionIds) {
                    int roll = random.nextInt(100);
                    progress.add(new Object[] {reviewId, actionId, roll < 55 ? Progress.DONE : roll < 85 ? Progress.PARTLY
                            : Progress.NOT_DONE});
                }
                version++;
                drafted = held;
                approved = held.equals(c.closedOn) ? held : min(held.plusDays(random.nextInt(5)), end);
                if (random.nextInt(100) < 40) {
                    rowActions = newActions(c, held, tajik);
                }
            }
        }

        /** When the approved plan is reviewed: near its due date while the case runs, or at the closing; null: not (yet). */
        private LocalDate reviewDay(Planned c, LocalDate approved, LocalDate due, LocalDate end, boolean leaveOverdue) {
            LocalDate near = due.plusDays(random.nextInt(15) - 7);
            if (near.isBefore(approved)) {
                near = approved;
            }
            if (c.closedOn != null) {
                if (!near.isBefore(c.closedOn.minusDays(14))) {
                    // the closing review: the exit plan is agreed and the case closed the same day
                    return approved.isBefore(c.closedOn.minusDays(20)) ? c.closedOn : null;
                }
                return near;
            }
            if (leaveOverdue || near.isAfter(end)) {
                return null;
            }
            return near;
        }

        private String attendees(Planned c, LocalDate held, boolean tajik) {
            Long worker = c.workerOn(held);
            String name = worker == null ? director : workerNames.getOrDefault(worker, director);
            return name + ", " + director + ", " + pick(random, ScaleTexts.parents(tajik));
        }

        /** Two to four actions of a plan (as values not yet numbered) for the case's needs. */
        private List<Object[]> newActions(Planned c, LocalDate from, boolean tajik) {
            int count = 2 + random.nextInt(3);
            List<Object[]> rows = new ArrayList<>(count);
            Long worker = c.workerOn(from);
            String who = worker == null ? director : workerNames.getOrDefault(worker, director);
            for (int i = 0; i < count; i++) {
                ScaleTexts.Action action = pick(random, ScaleTexts.actions(tajik));
                rows.add(new Object[] {action.indicator(), action.need(), action.outcome(), action.what(), action.how(),
                        from.plusMonths(1 + random.nextInt(3)), random.nextInt(3) == 0 ? pick(random, ScaleTexts.parents(tajik)) : who});
            }
            return rows;
        }

        private List<Long> addActions(long planId, List<Object[]> rowActions) {
            List<Long> ids = new ArrayList<>(rowActions.size());
            int position = 1;
            for (Object[] a : rowActions) {
                long id = nextAction++;
                ids.add(id);
                actions.add(new Object[] {id, planId, position++, a[0], a[1], a[2], a[3], a[4], a[5], a[6]});
            }
            return ids;
        }

        /** The case's notes, spread over its days; an open case's last one within the last fortnight. */
        private void notes(Planned c, int count, boolean tajik) {
            LocalDate end = c.lastDay(today);
            int span = (int) ChronoUnit.DAYS.between(c.openedOn, end) + 1;
            for (int i = 0; i < count; i++) {
                LocalDate on = c.closedOn == null && i == 0 && span > 14 ? end.minusDays(random.nextInt(14))
                        : c.openedOn.plusDays(random.nextInt(span));
                Long worker = c.workerOn(on);
                if (worker == null) {
                    worker = current.isEmpty() ? workers.get(0).staffId() : pick(random, current);
                }
                int roll = random.nextInt(100);
                NoteKind kind = roll < 35 ? NoteKind.HOME_VISIT : roll < 65 ? NoteKind.PHONE_CALL
                        : roll < 90 ? NoteKind.CONTACT : NoteKind.GROUP_SESSION;
                int minutes = switch (kind) {
                    case HOME_VISIT -> 30 + random.nextInt(90);
                    case PHONE_CALL -> 5 + random.nextInt(25);
                    case CONTACT -> 15 + random.nextInt(45);
                    case GROUP_SESSION -> 90 + random.nextInt(30);
                };
                String text = pick(random, ScaleTexts.notes(kind, tajik));
                notes.add(new Object[] {nextNote++, c.id, kind, on, worker, minutes, text, SearchFolding.storedText(text)});
            }
        }

        private static LocalDate min(LocalDate one, LocalDate other) {
            return one.isBefore(other) ? one : other;
        }
    }
}
