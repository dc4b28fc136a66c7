package org.markaz.cases;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.markaz.core.Validation;
import org.markaz.core.ValidationException;
import org.markaz.core.db.Transactions;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.text.SearchFolding;

/**
 * A case's record besides its plans (issue 11 §3, §5): the GIRFEC assessment, the chronology of
 * significant events, and the case notes, searched with the children search's folding. Only the
 * case's key worker, whoever covers it, and directors read or write it.
 */
public final class CaseRecordService {

    private static final int LONG_TEXT = 4000;

    private final Transactions transactions;
    private final CaseRecordRepository records;
    private final CaseGuard guard;

    public CaseRecordService(Transactions transactions, CaseRecordRepository records, CaseloadService caseloads) {
        this.transactions = transactions;
        this.records = records;
        this.guard = caseloads.guard();
    }

    public Optional<AssessmentDetails> assessment(Actor actor, long caseId) {
        return transactions.result(tx -> {
            guard.read(tx, actor, caseId);
            return records.assessment(tx, caseId);
        });
    }

    public void saveAssessment(Actor actor, long caseId, AssessmentDetails details) {
        actor.require(Permission.EDIT_CASES);
        LocalDate on = guard.notInFuture(details.assessedOn(), "assessment.assessedOn");
        Map<Indicator, AssessmentDetails.Score> scores = new EnumMap<>(Indicator.class);
        details.scores().forEach((indicator, score) -> {
            if (score.score() < Indicator.LOWEST_SCORE || score.score() > Indicator.HIGHEST_SCORE) {
                throw new ValidationException("error.scoreRange", new Validation.FieldName(indicator.nameKey()));
            }
            scores.put(indicator, new AssessmentDetails.Score(score.score(),
                    Validation.optional(score.note(), 1000, indicator.nameKey())));
        });
        AssessmentDetails checked = new AssessmentDetails(on,
                Validation.optional(details.growDevelop(), LONG_TEXT, "assessment.growDevelop"),
                Validation.optional(details.careNeeds(), LONG_TEXT, "assessment.careNeeds"),
                Validation.optional(details.widerWorld(), LONG_TEXT, "assessment.widerWorld"),
                Validation.optional(details.childViews(), LONG_TEXT, "assessment.childViews"),
                Validation.optional(details.parentViews(), LONG_TEXT, "assessment.parentViews"), scores);
        transactions.run(tx -> {
            CaseRepository.CaseAccess access = guard.change(tx, actor, caseId);
            if (on.isBefore(access.openedOn())) {
                throw new ValidationException("error.beforeCaseOpened", new Validation.FieldName("assessment.assessedOn"));
            }
            records.saveAssessment(tx, actor, caseId, checked);
        });
    }

    public List<ChronologyEntry> chronology(Actor actor, long caseId) {
        return transactions.result(tx -> {
            guard.read(tx, actor, caseId);
            return records.chronology(tx, caseId);
        });
    }

    /** Everything that happened on the case, by date: for the chronology tab and its printout. */
    public List<ChronologyItem> fullChronology(Actor actor, long caseId) {
        return transactions.result(tx -> {
            guard.read(tx, actor, caseId);
            return records.fullChronology(tx, caseId);
        });
    }

    /** A significant event, which may be from before the case opened (a birth, a move, a loss). */
    public long addChronologyEvent(Actor actor, long caseId, LocalDate happenedOn, String event) {
        actor.require(Permission.EDIT_CASES);
        LocalDate on = guard.notInFuture(happenedOn, "chronology.happenedOn");
        String text = Validation.required(event, 1000, "chronology.event");
        return transactions.result(tx -> {
            guard.change(tx, actor, caseId);
            return records.insertChronology(tx, actor, caseId, on, text);
        });
    }

    /** The case's notes, newest first; with search words, those containing every word (Tajik letters folded). */
    public List<CaseNote> notes(Actor actor, long caseId, String search) {
        List<String> words = SearchFolding.searchWords(search);
        return transactions.result(tx -> {
            guard.read(tx, actor, caseId);
            return records.notes(tx, caseId, words);
        });
    }

    /** Writes a note by the actor; a director may write one for the worker who made the contact. */
    public long addNote(Actor actor, long caseId, NoteDetails note) {
        actor.require(Permission.EDIT_CASES);
        if (note.kind() == null) {
            throw new ValidationException("error.required", new Validation.FieldName("notes.kind"));
        }
        LocalDate on = guard.notInFuture(note.notedOn(), "notes.notedOn");
        if (note.minutes() != null && (note.minutes() < 1 || note.minutes() > 24 * 60)) {
            throw new ValidationException("error.minutesRange", new Validation.FieldName("notes.minutes"));
        }
        NoteDetails checked = new NoteDetails(note.kind(), on, note.minutes(), Validation.required(note.text(), 8000, "notes.text"),
                note.workerId());
        return transactions.result(tx -> {
            CaseRepository.CaseAccess access = guard.change(tx, actor, caseId);
            if (on.isBefore(access.openedOn())) {
                throw new ValidationException("error.beforeCaseOpened", new Validation.FieldName("notes.notedOn"));
            }
            Long self = guard.staffOf(tx, actor);
            Long worker = checked.workerId() == null ? self : checked.workerId();
            if (worker == null || !records.staffExists(tx, worker)) {
                throw new ValidationException("error.required", new Validation.FieldName("notes.worker"));
            }
            if (!worker.equals(self) && !actor.may(Permission.MANAGE_CASELOADS)) {
                throw new AccessDeniedException(Permission.MANAGE_CASELOADS);
            }
            return records.insertNote(tx, actor, caseId, checked, worker);
        });
    }
}
