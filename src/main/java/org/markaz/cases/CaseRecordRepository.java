package org.markaz.cases;

import static org.markaz.db.Tables.ASSESSMENT;
import static org.markaz.db.Tables.ASSESSMENT_SCORE;
import static org.markaz.db.Tables.CARE_PLAN;
import static org.markaz.db.Tables.CARE_PLAN_REVIEW;
import static org.markaz.db.Tables.CASE_ASSIGNMENT;
import static org.markaz.db.Tables.CASE_NOTE;
import static org.markaz.db.Tables.CHRONOLOGY_EVENT;
import static org.markaz.db.Tables.FAMILY_CASE;
import static org.markaz.db.Tables.STAFF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.db.Edits;
import org.markaz.core.security.Actor;
import org.markaz.core.text.SearchFolding;
import org.markaz.db.tables.records.AssessmentRecord;
import org.markaz.db.tables.records.AssessmentScoreRecord;
import org.markaz.db.tables.records.CaseNoteRecord;
import org.markaz.db.tables.records.ChronologyEventRecord;

/** A case's assessment, chronology and notes. Every write is audited in the caller's transaction. */
public final class CaseRecordRepository {

    private final AuditRepository audit;

    public CaseRecordRepository(AuditRepository audit) {
        this.audit = audit;
    }

    public Optional<AssessmentDetails> assessment(DSLContext dsl, long caseId) {
        return dsl.selectFrom(ASSESSMENT).where(ASSESSMENT.CASE_ID.eq(caseId)).fetchOptional().map(a -> {
            Map<Indicator, AssessmentDetails.Score> scores = new EnumMap<>(Indicator.class);
            dsl.selectFrom(ASSESSMENT_SCORE).where(ASSESSMENT_SCORE.CASE_ID.eq(caseId))
                    .forEach(s -> scores.put(s.getIndicator(), new AssessmentDetails.Score(s.getScore(), s.getNote())));
            return new AssessmentDetails(a.getAssessedOn(), a.getGrowDevelop(), a.getCareNeeds(), a.getWiderWorld(),
                    a.getChildViews(), a.getParentViews(), scores);
        });
    }

    /** Writes the assessment over the one there was, changing only the scores that changed. */
    public void saveAssessment(DSLContext tx, Actor actor, long caseId, AssessmentDetails details) {
        AssessmentRecord record = tx.selectFrom(ASSESSMENT).where(ASSESSMENT.CASE_ID.eq(caseId)).forUpdate().fetchOne();
        boolean isNew = record == null;
        if (isNew) {
            record = tx.newRecord(ASSESSMENT);
            record.setCaseId(caseId);
        }
        AssessmentRecord before = record.original();
        record.setAssessedOn(details.assessedOn());
        record.setGrowDevelop(details.growDevelop());
        record.setCareNeeds(details.careNeeds());
        record.setWiderWorld(details.widerWorld());
        record.setChildViews(details.childViews());
        record.setParentViews(details.parentViews());
        if (isNew) {
            record.store();
            audit.created(tx, actor, record);
        } else if (Edits.anyBetween(before, record)) {
            record.store();
            audit.updated(tx, actor, before, record);
        }
        for (AssessmentScoreRecord score : tx.selectFrom(ASSESSMENT_SCORE).where(ASSESSMENT_SCORE.CASE_ID.eq(caseId)).fetch()) {
            AssessmentDetails.Score wanted = details.scores().get(score.getIndicator());
            if (wanted == null) {
                score.delete();
                audit.deleted(tx, actor, score);
                continue;
            }
            AssessmentScoreRecord scoreBefore = score.original();
            score.setScore(wanted.score());
            score.setNote(wanted.note());
            if (Edits.anyBetween(scoreBefore, score)) {
                score.store();
                audit.updated(tx, actor, scoreBefore, score);
            }
        }
        List<Indicator> present = tx.select(ASSESSMENT_SCORE.INDICATOR).from(ASSESSMENT_SCORE)
                .where(ASSESSMENT_SCORE.CASE_ID.eq(caseId)).fetch(ASSESSMENT_SCORE.INDICATOR);
        details.scores().forEach((indicator, wanted) -> {
            if (!present.contains(indicator)) {
                AssessmentScoreRecord score = tx.newRecord(ASSESSMENT_SCORE);
                score.setCaseId(caseId);
                score.setIndicator(indicator);
                score.setScore(wanted.score());
                score.setNote(wanted.note());
                score.store();
                audit.created(tx, actor, score);
            }
        });
    }

    public List<ChronologyEntry> chronology(DSLContext dsl, long caseId) {
        return dsl.selectFrom(CHRONOLOGY_EVENT).where(CHRONOLOGY_EVENT.CASE_ID.eq(caseId))
                .orderBy(CHRONOLOGY_EVENT.HAPPENED_ON, CHRONOLOGY_EVENT.ID)
                .fetch(r -> new ChronologyEntry(r.getId(), r.getHappenedOn(), r.getEvent()));
    }

    public long insertChronology(DSLContext tx, Actor actor, long caseId, java.time.LocalDate on, String event) {
        ChronologyEventRecord record = tx.newRecord(CHRONOLOGY_EVENT);
        record.setCaseId(caseId);
        record.setHappenedOn(on);
        record.setEvent(event);
        record.store();
        audit.created(tx, actor, record);
        return record.getId();
    }

    /** The case's notes containing every folded word, newest first. */
    public List<CaseNote> notes(DSLContext dsl, long caseId, List<String> words) {
        Condition condition = CASE_NOTE.CASE_ID.eq(caseId);
        for (String word : words) {
            condition = condition.and(CASE_NOTE.SEARCH_TEXT.contains(word));
        }
        return dsl.select(CASE_NOTE.asterisk(), STAFF.FULL_NAME).from(CASE_NOTE).join(STAFF).on(STAFF.ID.eq(CASE_NOTE.WORKER_ID))
                .where(condition).orderBy(CASE_NOTE.NOTED_ON.desc(), CASE_NOTE.ID.desc())
                .fetch(r -> new CaseNote(r.get(CASE_NOTE.ID), r.get(CASE_NOTE.KIND), r.get(CASE_NOTE.NOTED_ON),
                        r.get(STAFF.FULL_NAME), r.get(CASE_NOTE.MINUTES), r.get(CASE_NOTE.TEXT)));
    }

    public long insertNote(DSLContext tx, Actor actor, long caseId, NoteDetails note, long workerId) {
        CaseNoteRecord record = tx.newRecord(CASE_NOTE);
        record.setCaseId(caseId);
        record.setKind(note.kind());
        record.setNotedOn(note.notedOn());
        record.setWorkerId(workerId);
        record.setMinutes(note.minutes());
        record.setText(note.text());
        record.setSearchText(SearchFolding.storedText(note.text()));
        record.store();
        audit.created(tx, actor, record);
        return record.getId();
    }

    /**
     * Everything that happened on the case, oldest first (on a day: in the order of the kinds):
     * read from the case, its key-worker history, events, assessment, plans, reviews and notes.
     */
    public List<ChronologyItem> fullChronology(DSLContext dsl, long caseId) {
        List<ChronologyItem> items = new ArrayList<>();
        var c = dsl.selectFrom(FAMILY_CASE).where(FAMILY_CASE.ID.eq(caseId)).fetchSingle();
        items.add(new ChronologyItem(c.getOpenedOn(), ChronologyItem.Kind.OPENED, null, null));
        dsl.select(CASE_ASSIGNMENT.FROM_ON, STAFF.FULL_NAME, CASE_ASSIGNMENT.ASSIGNED_BY).from(CASE_ASSIGNMENT)
                .leftJoin(STAFF).on(STAFF.ID.eq(CASE_ASSIGNMENT.KEY_WORKER_ID)).where(CASE_ASSIGNMENT.CASE_ID.eq(caseId))
                .orderBy(CASE_ASSIGNMENT.ASSIGNED_AT, CASE_ASSIGNMENT.ID)
                .forEach(r -> items.add(new ChronologyItem(r.value1(), ChronologyItem.Kind.ASSIGNED, r.value2(), r.value3())));
        chronology(dsl, caseId).forEach(e -> items.add(new ChronologyItem(e.happenedOn(), ChronologyItem.Kind.EVENT, e.event(), null)));
        dsl.select(ASSESSMENT.ASSESSED_ON).from(ASSESSMENT).where(ASSESSMENT.CASE_ID.eq(caseId))
                .forEach(r -> items.add(new ChronologyItem(r.value1(), ChronologyItem.Kind.ASSESSED, null, null)));
        dsl.select(CARE_PLAN.VERSION, CARE_PLAN.APPROVED_ON, CARE_PLAN.APPROVED_BY, CARE_PLAN_REVIEW.HELD_ON,
                        CARE_PLAN_REVIEW.ATTENDEES, CARE_PLAN_REVIEW.DECISIONS)
                .from(CARE_PLAN).leftJoin(CARE_PLAN_REVIEW).on(CARE_PLAN_REVIEW.PLAN_ID.eq(CARE_PLAN.ID))
                .where(CARE_PLAN.CASE_ID.eq(caseId)).orderBy(CARE_PLAN.VERSION).forEach(r -> {
                    if (r.value2() != null) {
                        items.add(new ChronologyItem(r.value2(), ChronologyItem.Kind.PLAN_APPROVED, Integer.toString(r.value1()),
                                r.value3()));
                    }
                    if (r.value4() != null) {
                        items.add(new ChronologyItem(r.value4(), ChronologyItem.Kind.REVIEW,
                                r.value6() == null ? Integer.toString(r.value1()) : r.value1() + ": " + r.value6(), r.value5()));
                    }
                });
        dsl.select(CASE_NOTE.NOTED_ON, CASE_NOTE.KIND, CASE_NOTE.TEXT, STAFF.FULL_NAME).from(CASE_NOTE).join(STAFF)
                .on(STAFF.ID.eq(CASE_NOTE.WORKER_ID)).where(CASE_NOTE.CASE_ID.eq(caseId)).orderBy(CASE_NOTE.NOTED_ON, CASE_NOTE.ID)
                .forEach(r -> items.add(new ChronologyItem(r.value1(), ChronologyItem.Kind.NOTE, r.value3(), r.value4())));
        if (c.getExtensionReason() != null) {
            // the extension's day is not kept: it is shown at the programme's new end, which it set
            items.add(new ChronologyItem(c.getProgrammeEndsOn(), ChronologyItem.Kind.EXTENDED, c.getExtensionReason(),
                    c.getExtendedBy()));
        }
        if (c.getClosedOn() != null) {
            items.add(new ChronologyItem(c.getClosedOn(), ChronologyItem.Kind.CLOSED, c.getClosingNote(), null));
        }
        items.sort(Comparator.comparing(ChronologyItem::on, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(ChronologyItem::kind));
        return items;
    }

    public boolean staffExists(DSLContext dsl, long staffId) {
        return dsl.fetchExists(STAFF, STAFF.ID.eq(staffId));
    }
}
