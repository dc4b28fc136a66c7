package org.markaz.cases;

import static org.markaz.db.Tables.ASSESSMENT;
import static org.markaz.db.Tables.ASSESSMENT_SCORE;
import static org.markaz.db.Tables.CASE_NOTE;
import static org.markaz.db.Tables.CHRONOLOGY_EVENT;
import static org.markaz.db.Tables.STAFF;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.markaz.core.audit.AuditRepository;
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
        } else if (record.changed()) {
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
            if (score.changed()) {
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

    public boolean staffExists(DSLContext dsl, long staffId) {
        return dsl.fetchExists(STAFF, STAFF.ID.eq(staffId));
    }
}
