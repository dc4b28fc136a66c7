package org.markaz.cases;

import static org.markaz.db.Tables.APP_USER;
import static org.markaz.db.Tables.ASSESSMENT;
import static org.markaz.db.Tables.CARER;
import static org.markaz.db.Tables.CARE_PLAN;
import static org.markaz.db.Tables.CASE_ASSIGNMENT;
import static org.markaz.db.Tables.CASE_CHILD;
import static org.markaz.db.Tables.CASE_COVER;
import static org.markaz.db.Tables.CASE_NOTE;
import static org.markaz.db.Tables.CASE_OUTCOME;
import static org.markaz.db.Tables.CHILD;
import static org.markaz.db.Tables.CHILD_CARER;
import static org.markaz.db.Tables.FAMILY;
import static org.markaz.db.Tables.FAMILY_CASE;
import static org.markaz.db.Tables.REFERRAL;
import static org.markaz.db.Tables.REGISTER_MARK;
import static org.markaz.db.Tables.STAFF;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.db.Edits;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Role;
import org.markaz.db.tables.Staff;
import org.markaz.db.tables.records.CaseAssignmentRecord;
import org.markaz.db.tables.records.CaseChildRecord;
import org.markaz.db.tables.records.CaseCoverRecord;
import org.markaz.db.tables.records.CaseOutcomeRecord;
import org.markaz.db.tables.records.FamilyCaseRecord;
import org.markaz.register.MarkStatus;

/** Cases, their children, key-worker history, cover and outcomes. Every write is audited in the caller's transaction. */
public final class CaseRepository {

    /** The register's absences counted on the caseloads screen: those of the last week. */
    static final int ABSENCE_DAYS = 7;

    private final AuditRepository audit;

    public CaseRepository(AuditRepository audit) {
        this.audit = audit;
    }

    /** The staff member a signed-in user is; none for the program acting by itself. */
    public Optional<Long> staffOfUser(DSLContext dsl, Long userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return dsl.select(APP_USER.STAFF_ID).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOptional(APP_USER.STAFF_ID);
    }

    /** Active staff with a key worker's account, with their open cases and overdue reviews, by name. */
    public List<KeyWorker> keyWorkers(DSLContext dsl, LocalDate today, Long you) {
        Field<Integer> open = DSL.field(DSL.selectCount().from(FAMILY_CASE)
                .where(FAMILY_CASE.KEY_WORKER_ID.eq(STAFF.ID).and(FAMILY_CASE.CLOSED_ON.isNull())));
        Field<Integer> overdue = DSL.field(DSL.selectCount().from(FAMILY_CASE).join(CARE_PLAN)
                .on(CARE_PLAN.APPROVED_OF_CASE.eq(FAMILY_CASE.ID))
                .where(FAMILY_CASE.KEY_WORKER_ID.eq(STAFF.ID).and(FAMILY_CASE.CLOSED_ON.isNull())
                        .and(CARE_PLAN.REVIEW_DUE_ON.lt(today))));
        return dsl.select(STAFF.ID, STAFF.FULL_NAME, open, overdue).from(STAFF).join(APP_USER).on(APP_USER.STAFF_ID.eq(STAFF.ID))
                .where(STAFF.ACTIVE.isTrue().and(APP_USER.ACTIVE.isTrue()).and(APP_USER.ROLE.eq(Role.KEY_WORKER)))
                .orderBy(STAFF.FULL_NAME, STAFF.ID)
                .fetch(r -> new KeyWorker(r.value1(), r.value2(), r.value3(), r.value4(), r.value1().equals(you)));
    }

    /** Whether the staff member may hold cases: active, with an active key worker's account. */
    public Optional<String> keyWorkerName(DSLContext dsl, long staffId) {
        return dsl.select(STAFF.FULL_NAME).from(STAFF).join(APP_USER).on(APP_USER.STAFF_ID.eq(STAFF.ID))
                .where(STAFF.ID.eq(staffId).and(STAFF.ACTIVE.isTrue()).and(APP_USER.ACTIVE.isTrue())
                        .and(APP_USER.ROLE.eq(Role.KEY_WORKER)))
                .fetchOptional(STAFF.FULL_NAME);
    }

    /** Locks the worker's row, so two cases given to them at once are counted one after the other. */
    public int lockAndCountOpenCases(DSLContext tx, long staffId) {
        tx.select(STAFF.ID).from(STAFF).where(STAFF.ID.eq(staffId)).forUpdate().fetch();
        return tx.fetchCount(FAMILY_CASE, FAMILY_CASE.KEY_WORKER_ID.eq(staffId).and(FAMILY_CASE.CLOSED_ON.isNull()));
    }

    /** The family's children (id -> archived or not); empty when there is no such family. */
    public Optional<Map<Long, Boolean>> familyChildren(DSLContext dsl, long familyId) {
        if (!dsl.fetchExists(FAMILY, FAMILY.ID.eq(familyId))) {
            return Optional.empty();
        }
        Map<Long, Boolean> children = new HashMap<>();
        dsl.select(CHILD.ID, CHILD.ARCHIVED_ON).from(CHILD).where(CHILD.FAMILY_ID.eq(familyId))
                .forEach(r -> children.put(r.value1(), r.value2() != null));
        return Optional.of(children);
    }

    /** The family a referral's child belongs to. */
    public Optional<Long> referralFamily(DSLContext dsl, long referralId) {
        return dsl.select(CHILD.FAMILY_ID).from(REFERRAL).join(CHILD).on(CHILD.ID.eq(REFERRAL.CHILD_ID))
                .where(REFERRAL.ID.eq(referralId)).fetchOptional(CHILD.FAMILY_ID);
    }

    public long insert(DSLContext tx, Actor actor, CaseOpening opening, LocalDate programmeEndsOn, Instant now) {
        FamilyCaseRecord record = tx.newRecord(FAMILY_CASE);
        record.setFamilyId(opening.familyId());
        record.setReferralId(opening.referralId());
        record.setCaseType(opening.type());
        record.setOpenedOn(opening.openedOn());
        record.setKeyWorkerId(opening.keyWorkerId());
        record.setProgrammeEndsOn(programmeEndsOn);
        record.store();
        audit.created(tx, actor, record);
        for (long childId : opening.childIds()) {
            CaseChildRecord child = tx.newRecord(CASE_CHILD);
            child.setCaseId(record.getId());
            child.setFamilyId(opening.familyId());
            child.setChildId(childId);
            child.store();
            audit.created(tx, actor, child);
        }
        insertAssignment(tx, actor, record.getId(), opening.keyWorkerId(), opening.openedOn(), now);
        return record.getId();
    }

    private void insertAssignment(DSLContext tx, Actor actor, long caseId, Long keyWorkerId, LocalDate fromOn, Instant now) {
        CaseAssignmentRecord assignment = tx.newRecord(CASE_ASSIGNMENT);
        assignment.setCaseId(caseId);
        assignment.setKeyWorkerId(keyWorkerId);
        assignment.setFromOn(fromOn);
        assignment.setAssignedBy(actor.username());
        assignment.setAssignedAt(now);
        assignment.store();
        audit.created(tx, actor, assignment);
    }

    /** Who may open the case and whether it is open, its row locked for the change that follows. */
    public Optional<CaseAccess> lock(DSLContext tx, long caseId) {
        return access(tx, caseId, true);
    }

    public Optional<CaseAccess> access(DSLContext dsl, long caseId) {
        return access(dsl, caseId, false);
    }

    private Optional<CaseAccess> access(DSLContext dsl, long caseId, boolean lock) {
        var select = dsl.selectFrom(FAMILY_CASE).where(FAMILY_CASE.ID.eq(caseId));
        Optional<FamilyCaseRecord> found = lock ? select.forUpdate().fetchOptional() : select.fetchOptional();
        return found.map(r -> new CaseAccess(r.getId(), r.getFamilyId(), r.getKeyWorkerId(),
                Set.copyOf(dsl.select(CASE_COVER.STAFF_ID).from(CASE_COVER).where(CASE_COVER.CASE_ID.eq(caseId))
                        .fetch(CASE_COVER.STAFF_ID)),
                r.getCaseType(), r.getOpenedOn(), r.getProgrammeEndsOn(), r.getClosedOn()));
    }

    /** What deciding who may read or change a case needs. */
    public record CaseAccess(long caseId, long familyId, Long keyWorkerId, Set<Long> coverIds, CaseType type,
                             LocalDate openedOn, LocalDate programmeEndsOn, LocalDate closedOn) {

        public boolean isHeldBy(Long staffId) {
            return staffId != null && (staffId.equals(keyWorkerId) || coverIds.contains(staffId));
        }

        public boolean isOpen() {
            return closedOn == null;
        }
    }

    public void reassign(DSLContext tx, Actor actor, long caseId, Long keyWorkerId, LocalDate fromOn, Instant now) {
        FamilyCaseRecord record = tx.selectFrom(FAMILY_CASE).where(FAMILY_CASE.ID.eq(caseId)).fetchSingle();
        FamilyCaseRecord before = record.original();
        record.setKeyWorkerId(keyWorkerId);
        if (Edits.anyBetween(before, record)) {
            record.store();
            audit.updated(tx, actor, before, record);
            insertAssignment(tx, actor, caseId, keyWorkerId, fromOn, now);
        }
    }

    public void extend(DSLContext tx, Actor actor, long caseId, LocalDate endsOn, String reason) {
        FamilyCaseRecord record = tx.selectFrom(FAMILY_CASE).where(FAMILY_CASE.ID.eq(caseId)).fetchSingle();
        FamilyCaseRecord before = record.original();
        record.setProgrammeEndsOn(endsOn);
        record.setExtensionReason(reason);
        record.setExtendedBy(reason == null ? null : actor.username());
        record.store();
        audit.updated(tx, actor, before, record);
    }

    public void close(DSLContext tx, Actor actor, long caseId, LocalDate closedOn, Set<CaseOutcome> outcomes, String note) {
        FamilyCaseRecord record = tx.selectFrom(FAMILY_CASE).where(FAMILY_CASE.ID.eq(caseId)).fetchSingle();
        FamilyCaseRecord before = record.original();
        record.setClosedOn(closedOn);
        record.setClosingNote(note);
        record.store();
        audit.updated(tx, actor, before, record);
        for (CaseOutcome outcome : outcomes) {
            CaseOutcomeRecord row = tx.newRecord(CASE_OUTCOME);
            row.setCaseId(caseId);
            row.setOutcome(outcome);
            row.store();
            audit.created(tx, actor, row);
        }
    }

    /** Sets who covers the case besides its key worker. */
    public void setCover(DSLContext tx, Actor actor, long caseId, Set<Long> staffIds) {
        for (CaseCoverRecord cover : tx.selectFrom(CASE_COVER).where(CASE_COVER.CASE_ID.eq(caseId)).fetch()) {
            if (!staffIds.contains(cover.getStaffId())) {
                cover.delete();
                audit.deleted(tx, actor, cover);
            }
        }
        Set<Long> present = Set.copyOf(tx.select(CASE_COVER.STAFF_ID).from(CASE_COVER).where(CASE_COVER.CASE_ID.eq(caseId))
                .fetch(CASE_COVER.STAFF_ID));
        for (long staffId : staffIds) {
            if (!present.contains(staffId)) {
                CaseCoverRecord cover = tx.newRecord(CASE_COVER);
                cover.setCaseId(caseId);
                cover.setStaffId(staffId);
                cover.store();
                audit.created(tx, actor, cover);
            }
        }
    }

    /** Open cases held by the staff member (as key worker or cover) and the unassigned ones. */
    public List<CaseRow> openRowsOf(DSLContext dsl, long staffId, LocalDate today) {
        Condition held = FAMILY_CASE.KEY_WORKER_ID.eq(staffId).or(FAMILY_CASE.KEY_WORKER_ID.isNull())
                .or(DSL.exists(DSL.selectOne().from(CASE_COVER)
                        .where(CASE_COVER.CASE_ID.eq(FAMILY_CASE.ID).and(CASE_COVER.STAFF_ID.eq(staffId)))));
        return rows(dsl, FAMILY_CASE.CLOSED_ON.isNull().and(held), today);
    }

    public List<CaseRow> openRows(DSLContext dsl, LocalDate today) {
        return rows(dsl, FAMILY_CASE.CLOSED_ON.isNull(), today);
    }

    public List<CaseRow> rowsOfFamily(DSLContext dsl, long familyId, LocalDate today) {
        return rows(dsl, FAMILY_CASE.FAMILY_ID.eq(familyId), today);
    }

    public Optional<CaseRow> row(DSLContext dsl, long caseId, LocalDate today) {
        return rows(dsl, FAMILY_CASE.ID.eq(caseId), today).stream().findFirst();
    }

    private List<CaseRow> rows(DSLContext dsl, Condition condition, LocalDate today) {
        Staff worker = STAFF.as("worker");
        Field<LocalDate> nextReview = DSL.field(DSL.select(CARE_PLAN.REVIEW_DUE_ON).from(CARE_PLAN)
                .where(CARE_PLAN.APPROVED_OF_CASE.eq(FAMILY_CASE.ID)));
        Field<LocalDate> lastContact = DSL.field(DSL.select(DSL.max(CASE_NOTE.NOTED_ON)).from(CASE_NOTE)
                .where(CASE_NOTE.CASE_ID.eq(FAMILY_CASE.ID)));
        Field<Boolean> assessed = DSL.field(DSL.exists(DSL.selectOne().from(ASSESSMENT).where(ASSESSMENT.CASE_ID.eq(FAMILY_CASE.ID))));
        Field<String> planStatus = DSL.field(DSL.select(CARE_PLAN.STATUS.cast(String.class)).from(CARE_PLAN)
                .where(CARE_PLAN.CASE_ID.eq(FAMILY_CASE.ID)).orderBy(CARE_PLAN.VERSION.desc()).limit(1));
        Field<Integer> absences = DSL.field(DSL.selectCount().from(REGISTER_MARK).join(CASE_CHILD)
                .on(CASE_CHILD.CHILD_ID.eq(REGISTER_MARK.CHILD_ID))
                .where(CASE_CHILD.CASE_ID.eq(FAMILY_CASE.ID).and(REGISTER_MARK.STATUS.eq(MarkStatus.ABSENT))
                        .and(REGISTER_MARK.ON_DATE.between(today.minusDays(ABSENCE_DAYS - 1), today))));
        List<Record> records = dsl.select(FAMILY_CASE.asterisk(), FAMILY.CODE, worker.FULL_NAME, nextReview, lastContact,
                        assessed, planStatus, absences)
                .from(FAMILY_CASE).join(FAMILY).on(FAMILY.ID.eq(FAMILY_CASE.FAMILY_ID))
                .leftJoin(worker).on(worker.ID.eq(FAMILY_CASE.KEY_WORKER_ID))
                .where(condition).orderBy(FAMILY_CASE.OPENED_ON, FAMILY_CASE.ID).fetch();
        Map<Long, List<String>> names = childNames(dsl, records.stream().map(r -> r.get(FAMILY_CASE.ID)).toList());
        List<CaseRow> rows = new ArrayList<>(records.size());
        for (Record r : records) {
            long id = r.get(FAMILY_CASE.ID);
            String status = r.get(planStatus);
            rows.add(new CaseRow(id, r.get(FAMILY_CASE.FAMILY_ID), r.get(FAMILY.CODE),
                    String.join(", ", names.getOrDefault(id, List.of())), r.get(FAMILY_CASE.CASE_TYPE),
                    r.get(FAMILY_CASE.OPENED_ON), r.get(FAMILY_CASE.KEY_WORKER_ID), r.get(worker.FULL_NAME),
                    r.get(FAMILY_CASE.PROGRAMME_ENDS_ON), r.get(FAMILY_CASE.CLOSED_ON), r.get(nextReview), r.get(lastContact),
                    Boolean.TRUE.equals(r.get(assessed)), status == null ? null : PlanStatus.valueOf(status), r.get(absences)));
        }
        return rows;
    }

    private static Map<Long, List<String>> childNames(DSLContext dsl, Collection<Long> caseIds) {
        Map<Long, List<String>> names = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return names;
        }
        dsl.select(CASE_CHILD.CASE_ID, CHILD.FULL_NAME).from(CASE_CHILD).join(CHILD).on(CHILD.ID.eq(CASE_CHILD.CHILD_ID))
                .where(CASE_CHILD.CASE_ID.in(caseIds)).orderBy(CHILD.DATE_OF_BIRTH, CHILD.ID)
                .forEach(r -> names.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
        return names;
    }

    public Optional<CaseDetails> details(DSLContext dsl, long caseId, LocalDate today) {
        return row(dsl, caseId, today).map(row -> {
            FamilyCaseRecord record = dsl.selectFrom(FAMILY_CASE).where(FAMILY_CASE.ID.eq(caseId)).fetchSingle();
            List<CaseDetails.ChildOnCase> children = dsl.select(CHILD.ID, CHILD.FULL_NAME, CHILD.DATE_OF_BIRTH)
                    .from(CASE_CHILD).join(CHILD).on(CHILD.ID.eq(CASE_CHILD.CHILD_ID))
                    .where(CASE_CHILD.CASE_ID.eq(caseId)).orderBy(CHILD.DATE_OF_BIRTH, CHILD.ID)
                    .fetch(r -> new CaseDetails.ChildOnCase(r.value1(), r.value2(), r.value3()));
            List<Assignment> history = dsl.select(STAFF.FULL_NAME, CASE_ASSIGNMENT.FROM_ON, CASE_ASSIGNMENT.ASSIGNED_BY,
                            CASE_ASSIGNMENT.ASSIGNED_AT)
                    .from(CASE_ASSIGNMENT).leftJoin(STAFF).on(STAFF.ID.eq(CASE_ASSIGNMENT.KEY_WORKER_ID))
                    .where(CASE_ASSIGNMENT.CASE_ID.eq(caseId)).orderBy(CASE_ASSIGNMENT.ASSIGNED_AT, CASE_ASSIGNMENT.ID)
                    .fetch(r -> new Assignment(r.value1(), r.value2(), r.value3(), r.value4()));
            List<String> cover = dsl.select(STAFF.FULL_NAME).from(CASE_COVER).join(STAFF).on(STAFF.ID.eq(CASE_COVER.STAFF_ID))
                    .where(CASE_COVER.CASE_ID.eq(caseId)).orderBy(STAFF.FULL_NAME).fetch(STAFF.FULL_NAME);
            Set<CaseOutcome> outcomes = EnumSet.noneOf(CaseOutcome.class);
            outcomes.addAll(dsl.select(CASE_OUTCOME.OUTCOME).from(CASE_OUTCOME).where(CASE_OUTCOME.CASE_ID.eq(caseId))
                    .fetch(CASE_OUTCOME.OUTCOME));
            return new CaseDetails(row, children, history, cover, outcomes, record.getClosingNote(),
                    record.getExtensionReason(), record.getExtendedBy());
        });
    }

    /** The carers of the case's family, with the relationship to the case's first child that has one, by name. */
    public List<PlanPrint.Carer> carers(DSLContext dsl, long caseId) {
        long familyId = dsl.select(FAMILY_CASE.FAMILY_ID).from(FAMILY_CASE).where(FAMILY_CASE.ID.eq(caseId)).fetchSingle().value1();
        Map<Long, org.markaz.shared.Relationship> relationships = new HashMap<>();
        dsl.select(CHILD_CARER.CARER_ID, CHILD_CARER.RELATIONSHIP).from(CHILD_CARER).join(CASE_CHILD)
                .on(CASE_CHILD.CHILD_ID.eq(CHILD_CARER.CHILD_ID)).where(CASE_CHILD.CASE_ID.eq(caseId))
                .forEach(r -> relationships.putIfAbsent(r.value1(), r.value2()));
        return dsl.select(CARER.ID, CARER.FULL_NAME, CARER.PHONE).from(CARER).where(CARER.FAMILY_ID.eq(familyId))
                .orderBy(CARER.FULL_NAME, CARER.ID)
                .fetch(r -> new PlanPrint.Carer(r.value2(), relationships.get(r.value1()), r.value3()));
    }

    /** The referrals of the family's children, newest first: what a case may be opened from. */
    public List<ReferralChoice> referrals(DSLContext dsl, long familyId) {
        return dsl.select(REFERRAL.ID, REFERRAL.REFERRED_ON, CHILD.FULL_NAME, REFERRAL.REASON).from(REFERRAL).join(CHILD)
                .on(CHILD.ID.eq(REFERRAL.CHILD_ID)).where(CHILD.FAMILY_ID.eq(familyId))
                .orderBy(REFERRAL.REFERRED_ON.desc(), REFERRAL.ID.desc())
                .fetch(r -> new ReferralChoice(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Approved plans of open cases past their review date, the oldest first; of the staff member's cases, or all (null). */
    public List<OverdueReview> overdueReviews(DSLContext dsl, Long staffId, LocalDate today) {
        Condition condition = CARE_PLAN.STATUS.eq(PlanStatus.APPROVED).and(CARE_PLAN.REVIEW_DUE_ON.lt(today))
                .and(FAMILY_CASE.CLOSED_ON.isNull());
        if (staffId != null) {
            condition = condition.and(FAMILY_CASE.KEY_WORKER_ID.eq(staffId).or(DSL.exists(DSL.selectOne().from(CASE_COVER)
                    .where(CASE_COVER.CASE_ID.eq(FAMILY_CASE.ID).and(CASE_COVER.STAFF_ID.eq(staffId))))));
        }
        return dsl.select(FAMILY_CASE.ID, FAMILY.CODE, STAFF.FULL_NAME, CARE_PLAN.REVIEW_DUE_ON).from(CARE_PLAN)
                .join(FAMILY_CASE).on(FAMILY_CASE.ID.eq(CARE_PLAN.CASE_ID)).join(FAMILY).on(FAMILY.ID.eq(FAMILY_CASE.FAMILY_ID))
                .leftJoin(STAFF).on(STAFF.ID.eq(FAMILY_CASE.KEY_WORKER_ID)).where(condition)
                .orderBy(CARE_PLAN.REVIEW_DUE_ON, FAMILY_CASE.ID)
                .fetch(r -> new OverdueReview(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Whether the family has an open case held by the staff member, as key worker or cover. */
    public boolean familyOnCaseload(DSLContext dsl, long staffId, long familyId) {
        return dsl.fetchExists(FAMILY_CASE, FAMILY_CASE.FAMILY_ID.eq(familyId).and(FAMILY_CASE.CLOSED_ON.isNull())
                .and(FAMILY_CASE.KEY_WORKER_ID.eq(staffId).or(DSL.exists(DSL.selectOne().from(CASE_COVER)
                        .where(CASE_COVER.CASE_ID.eq(FAMILY_CASE.ID).and(CASE_COVER.STAFF_ID.eq(staffId)))))));
    }
}
