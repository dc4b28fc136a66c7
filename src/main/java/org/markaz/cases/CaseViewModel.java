package org.markaz.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.ProgressListener;
import org.markaz.core.ValidationException;
import org.markaz.core.centre.CentreService;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.ProgramActor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.FieldErrors;
import org.markaz.core.ui.UiContext;

/**
 * One case's record (issue 11 §1, §3-6): its summary and closing, the assessment with a score and
 * its guidance per SHANARRI indicator, the care plan's versions (draft rows edited one at a time,
 * approval by a director, the review that makes the next version, printing in a chosen language),
 * and the case notes with search.
 */
public final class CaseViewModel {

    private final UiContext context;
    private final Actor actor;
    private final CaseloadService caseloads;
    private final CaseRecordService records;
    private final CarePlanService plans;
    private final CentreService centres;
    private final FieldErrors errors = new FieldErrors();

    private final ObjectProperty<CaseDetails> details = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    // closing
    private final ObjectProperty<LocalDate> closedOn = new SimpleObjectProperty<>();
    private final ObservableList<CaseOutcome> outcomes = FXCollections.observableArrayList();
    private final StringProperty closingNote = new SimpleStringProperty("");

    // assessment
    private final ObjectProperty<LocalDate> assessedOn = new SimpleObjectProperty<>();
    private final StringProperty growDevelop = new SimpleStringProperty("");
    private final StringProperty careNeeds = new SimpleStringProperty("");
    private final StringProperty widerWorld = new SimpleStringProperty("");
    private final StringProperty childViews = new SimpleStringProperty("");
    private final StringProperty parentViews = new SimpleStringProperty("");
    private final Map<Indicator, ObjectProperty<Integer>> scores = new EnumMap<>(Indicator.class);
    private final Map<Indicator, StringProperty> scoreNotes = new EnumMap<>(Indicator.class);

    // care plan
    private final ObservableList<PlanSummary> versions = FXCollections.observableArrayList();
    private final ObjectProperty<PlanSummary> version = new SimpleObjectProperty<>();
    private final ObjectProperty<CarePlan> plan = new SimpleObjectProperty<>();
    private final ObservableList<PlanAction> actions = FXCollections.observableArrayList();
    private final ObjectProperty<PlanAction> selectedAction = new SimpleObjectProperty<>();
    private final StringProperty reasons = new SimpleStringProperty("");
    private final StringProperty contingency = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> parentsAgreedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>();
    private final StringProperty need = new SimpleStringProperty("");
    private final StringProperty outcomeWanted = new SimpleStringProperty("");
    private final StringProperty whatWeDo = new SimpleStringProperty("");
    private final StringProperty howWeKnow = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> byWhen = new SimpleObjectProperty<>();
    private final StringProperty who = new SimpleStringProperty("");
    private final StringProperty planState = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> reviewHeldOn = new SimpleObjectProperty<>();
    private final StringProperty attendees = new SimpleStringProperty("");
    private final StringProperty decisions = new SimpleStringProperty("");
    private final Map<Long, Progress> progress = new java.util.HashMap<>();
    private final ObjectProperty<Progress> actionProgress = new SimpleObjectProperty<>();
    private final ObjectProperty<Language> printLanguage = new SimpleObjectProperty<>();

    // a director's part: cover and the programme's extension
    private final ObservableList<KeyWorker> keyWorkers = FXCollections.observableArrayList();
    private final ObjectProperty<KeyWorker> coverWorker = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> extendedTo = new SimpleObjectProperty<>();
    private final StringProperty extensionReason = new SimpleStringProperty("");

    // the chronology
    private final ObservableList<ChronologyItem> chronology = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> eventOn = new SimpleObjectProperty<>();
    private final StringProperty eventText = new SimpleStringProperty("");

    /** Sends a rendered PDF to the system's print dialog; the View sets it (printing is a scene's business). */
    private Consumer<Path> printer = file -> { };

    // notes
    private final ObjectProperty<KeyWorker> noteWorker = new SimpleObjectProperty<>();
    private final ObservableList<CaseNote> notes = FXCollections.observableArrayList();
    private final StringProperty noteSearch = new SimpleStringProperty("");
    private final ObjectProperty<NoteKind> noteKind = new SimpleObjectProperty<>(NoteKind.HOME_VISIT);
    private final ObjectProperty<LocalDate> notedOn = new SimpleObjectProperty<>();
    private final StringProperty minutes = new SimpleStringProperty("");
    private final StringProperty noteText = new SimpleStringProperty("");

    public CaseViewModel(UiContext context, Actor actor, CaseloadService caseloads, CaseRecordService records, CarePlanService plans,
                         CentreService centres) {
        this.context = context;
        this.actor = actor;
        this.caseloads = caseloads;
        this.records = records;
        this.plans = plans;
        this.centres = centres;
        for (Indicator each : Indicator.values()) {
            scores.put(each, new SimpleObjectProperty<>());
            scoreNotes.put(each, new SimpleStringProperty(""));
        }
        printLanguage.set(actor.language());
        version.addListener((obs, old, chosen) -> loadPlan(chosen));
        selectedAction.addListener((obs, old, action) -> showAction(action));
        actionProgress.addListener((obs, old, value) -> {
            PlanAction action = selectedAction.get();
            if (action != null && action.id() != null && value != null) {
                progress.put(action.id(), value);
            }
        });
        noteSearch.addListener((obs, old, typed) -> loadNotes());
    }

    public boolean mayEdit() {
        return actor.may(Permission.EDIT_CASES);
    }

    public boolean mayApprove() {
        return actor.may(Permission.APPROVE_CARE_PLANS);
    }

    /** A director sets cover, extends programmes and writes notes for the worker who made the contact. */
    public boolean mayManage() {
        return actor.may(Permission.MANAGE_CASELOADS);
    }

    public void setPrinter(Consumer<Path> printer) {
        this.printer = printer;
    }

    /** Shows a case: everything about it read afresh. */
    public void open(long caseId) {
        LocalDate today = today();
        boolean manages = mayManage();
        run(() -> new Loaded(caseloads.details(actor, caseId).orElseThrow(() -> new ValidationException("error.noSuchCase")),
                        records.assessment(actor, caseId).orElse(null), plans.plans(actor, caseId), records.notes(actor, caseId, ""),
                        records.fullChronology(actor, caseId), manages ? caseloads.keyWorkers(actor) : List.of()),
                loaded -> {
                    details.set(loaded.details());
                    summary.set(describe(loaded.details()));
                    closedOn.set(today);
                    outcomes.clear();
                    closingNote.set("");
                    showAssessment(loaded.assessment());
                    versions.setAll(loaded.versions());
                    version.set(versions.isEmpty() ? null : versions.get(0));
                    if (versions.isEmpty()) {
                        showPlan(null);
                    }
                    notes.setAll(loaded.notes());
                    notedOn.set(today);
                    reviewHeldOn.set(today);
                    chronology.setAll(loaded.chronology());
                    eventOn.set(today);
                    eventText.set("");
                    keyWorkers.setAll(loaded.keyWorkers());
                    coverWorker.set(null);
                    noteWorker.set(null);
                    CaseRow row = loaded.details().row();
                    extendedTo.set(row.programmeEndsOn() == null ? null : row.programmeEndsOn().plusMonths(1));
                    extensionReason.set("");
                });
    }

    private record Loaded(CaseDetails details, AssessmentDetails assessment, List<PlanSummary> versions, List<CaseNote> notes,
                          List<ChronologyItem> chronology, List<KeyWorker> keyWorkers) {
    }

    /** An open programme a director may extend. */
    public boolean extendable() {
        CaseDetails shown = details.get();
        return mayManage() && shown != null && shown.row().isOpen() && shown.row().type() == CaseType.PROGRAMME;
    }

    // --- a director's part ---

    /** Gives the case the chosen colleague's cover, replacing whoever covered it. */
    public void saveCover() {
        KeyWorker chosen = coverWorker.get();
        if (chosen == null) {
            errors.clear();
            errors.set("cases.cover", text("error.required", text("cases.cover")));
            return;
        }
        cover(chosen);
    }

    /** Nobody covers the case any more. */
    public void removeCover() {
        cover(null);
    }

    private void cover(KeyWorker chosen) {
        long id = caseId();
        run(() -> {
            caseloads.setCover(actor, id, chosen == null ? Set.of() : Set.of(chosen.staffId()));
            return id;
        }, done -> {
            context.dialogs().notice(chosen == null ? text("cases.coverRemoved") : text("cases.coverSet", chosen.name()));
            open(done);
        });
    }

    public void extendProgramme() {
        long id = caseId();
        LocalDate to = extendedTo.get();
        String reason = extensionReason.get();
        run(() -> {
            caseloads.extendProgramme(actor, id, to, reason);
            return id;
        }, done -> {
            context.dialogs().notice(text("cases.extended", context.localization().formatDate(to)));
            open(done);
        });
    }

    // --- the chronology ---

    public void addEvent() {
        long id = caseId();
        LocalDate on = eventOn.get();
        String event = eventText.get();
        run(() -> {
            records.addChronologyEvent(actor, id, on, event);
            return records.fullChronology(actor, id);
        }, items -> {
            chronology.setAll(items);
            eventText.set("");
            context.dialogs().notice(text("chronology.added"));
        });
    }

    /** Reads the chronology again after a change elsewhere on the record (a note, the assessment, a plan). */
    private void refreshChronology() {
        long id = caseId();
        BackgroundTask.of(() -> records.fullChronology(actor, id))
                .onSuccess(items -> {
                    if (details.get() != null && details.get().row().id() == id) {
                        chronology.setAll(items);
                    }
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    /** Saves the chronology as a PDF the user names, in the user's language. */
    public void saveChronology() {
        CaseDetails shown = details.get();
        String name = "chronology-" + shown.row().familyCode() + ".pdf";
        context.dialogs().choosePdfToSave(text("chronology.printTitle"), name).ifPresent(file -> run(() -> {
            writeChronology(shown.row().id(), file);
            return file;
        }, saved -> context.dialogs().notice(text("plan.printed", saved.toString()))));
    }

    /** Renders the chronology and hands it to the system's print dialog. */
    public void printChronology() {
        long id = caseId();
        run(() -> {
            Path file = Files.createTempFile("markaz-chronology", ".pdf");
            writeChronology(id, file);
            return file;
        }, printer);
    }

    void writeChronology(long id, Path file) throws java.io.IOException {
        CaseDetails fresh = caseloads.details(actor, id).orElseThrow(() -> new ValidationException("error.noSuchCase"));
        List<ChronologyItem> items = records.fullChronology(actor, id);
        String centre = centres.current(actor).map(c -> c.name()).orElse("");
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (var out = Files.newOutputStream(partial)) {
            ChronologyPdf.write(fresh, items, centre, context.localization(), out);
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private long caseId() {
        return details.get().row().id();
    }

    // --- closing ---

    public void closeCase() {
        long id = caseId();
        Set<CaseOutcome> chosen = outcomes.isEmpty() ? Set.of() : EnumSet.copyOf(outcomes);
        LocalDate on = closedOn.get();
        String note = closingNote.get();
        run(() -> {
            caseloads.close(actor, id, on, chosen, note);
            return id;
        }, done -> {
            context.dialogs().notice(text("cases.closed"));
            open(done);
        });
    }

    // --- assessment ---

    private void showAssessment(AssessmentDetails assessment) {
        assessedOn.set(assessment == null ? today() : assessment.assessedOn());
        growDevelop.set(assessment == null ? "" : orEmpty(assessment.growDevelop()));
        careNeeds.set(assessment == null ? "" : orEmpty(assessment.careNeeds()));
        widerWorld.set(assessment == null ? "" : orEmpty(assessment.widerWorld()));
        childViews.set(assessment == null ? "" : orEmpty(assessment.childViews()));
        parentViews.set(assessment == null ? "" : orEmpty(assessment.parentViews()));
        for (Indicator each : Indicator.values()) {
            AssessmentDetails.Score score = assessment == null ? null : assessment.scores().get(each);
            scores.get(each).set(score == null ? null : score.score());
            scoreNotes.get(each).set(score == null ? "" : orEmpty(score.note()));
        }
    }

    public void saveAssessment() {
        long id = caseId();
        Map<Indicator, AssessmentDetails.Score> given = new EnumMap<>(Indicator.class);
        scores.forEach((each, score) -> {
            if (score.get() != null) {
                given.put(each, new AssessmentDetails.Score(score.get(), scoreNotes.get(each).get()));
            }
        });
        AssessmentDetails assessment = new AssessmentDetails(assessedOn.get(), growDevelop.get(), careNeeds.get(), widerWorld.get(),
                childViews.get(), parentViews.get(), given);
        run(() -> {
            records.saveAssessment(actor, id, assessment);
            return id;
        }, done -> {
            context.dialogs().notice(text("assessment.saved"));
            refreshChronology();
        });
    }

    /** The guidance for an indicator's score, in the user's language ("" when not scored). */
    public String guidance(Indicator each, Integer score) {
        return score == null ? "" : text(each.guidanceKey(score));
    }

    // --- care plan ---

    private void loadPlan(PlanSummary chosen) {
        if (chosen == null) {
            return;
        }
        run(() -> plans.plan(actor, chosen.id()).orElseThrow(() -> new ValidationException("error.noSuchPlan")), this::showPlan);
    }

    private void showPlan(CarePlan shown) {
        plan.set(shown);
        progress.clear();
        actions.setAll(shown == null ? List.of() : shown.actions());
        reasons.set(shown == null ? "" : orEmpty(shown.reasons()));
        contingency.set(shown == null ? "" : orEmpty(shown.contingency()));
        parentsAgreedOn.set(shown == null ? null : shown.parentsAgreedOn());
        selectedAction.set(null);
        showAction(null);
        if (shown == null) {
            planState.set(text("plan.none"));
        } else if (shown.status() == PlanStatus.APPROVED) {
            planState.set(text("plan.stateApproved", shown.version(), context.localization().formatDate(shown.approvedOn()),
                    context.localization().formatDate(shown.reviewDueOn())));
        } else {
            planState.set(text("plan.state", shown.version(), text(shown.status().nameKey())));
        }
    }

    /** A draft (or no plan yet) is edited; an approved or replaced version only read. */
    public boolean planEditable() {
        return mayEdit() && (plan.get() == null || plan.get().status() == PlanStatus.DRAFT);
    }

    private void showAction(PlanAction action) {
        indicator.set(action == null ? null : action.indicator());
        need.set(action == null ? "" : action.need());
        outcomeWanted.set(action == null ? "" : action.outcomeWanted());
        whatWeDo.set(action == null ? "" : action.whatWeDo());
        howWeKnow.set(action == null ? "" : action.howWeKnow());
        byWhen.set(action == null ? null : action.byWhen());
        who.set(action == null ? "" : action.who());
        actionProgress.set(action == null || action.id() == null ? null : progress.get(action.id()));
    }

    private PlanAction actionFromFields(Long id) {
        return new PlanAction(id, indicator.get(), need.get(), outcomeWanted.get(), whatWeDo.get(), howWeKnow.get(), byWhen.get(),
                who.get());
    }

    /** Adds the action in the fields as a new row of the draft (saved with the draft). */
    public void addAction() {
        actions.add(actionFromFields(null));
        selectedAction.set(null);
        showAction(null);
    }

    /** Puts the fields back into the selected row. */
    public void updateAction() {
        PlanAction chosen = selectedAction.get();
        int at = actions.indexOf(chosen);
        if (at >= 0) {
            actions.set(at, actionFromFields(chosen.id()));
        }
    }

    public void removeAction() {
        actions.remove(selectedAction.get());
    }

    public void saveDraft() {
        long id = caseId();
        PlanDraft draft = new PlanDraft(reasons.get(), contingency.get(), parentsAgreedOn.get(), new ArrayList<>(actions));
        run(() -> {
            plans.saveDraft(actor, id, draft);
            return plans.plans(actor, id);
        }, list -> {
            context.dialogs().notice(text("plan.draftSaved"));
            versions.setAll(list);
            version.set(list.get(0));
        });
    }

    public void approve() {
        CarePlan shown = plan.get();
        if (shown == null) {
            return;
        }
        long id = caseId();
        LocalDate on = today();
        run(() -> {
            plans.approve(actor, shown.id(), on);
            return plans.plans(actor, id);
        }, list -> {
            context.dialogs().notice(text("plan.approved", shown.version()));
            versions.setAll(list);
            version.set(list.get(0));
            refreshChronology();
        });
    }

    /** Records the review of the approved plan shown, with the progress chosen per action; shows the new draft. */
    public void recordReview() {
        CarePlan shown = plan.get();
        if (shown == null) {
            return;
        }
        long id = caseId();
        ReviewDetails review = new ReviewDetails(reviewHeldOn.get(), attendees.get(), decisions.get(), Map.copyOf(progress));
        run(() -> {
            plans.recordReview(actor, shown.id(), review);
            return plans.plans(actor, id);
        }, list -> {
            context.dialogs().notice(text("plan.reviewed", shown.version() + 1));
            refreshChronology();
            attendees.set("");
            decisions.set("");
            versions.setAll(list);
            version.set(list.get(0));
        });
    }

    /** Prints the version shown in the language chosen, to a PDF the user names. */
    public void print() {
        CarePlan shown = plan.get();
        if (shown == null) {
            return;
        }
        Localization language = new Localization(printLanguage.get(), context.clock().getZone());
        String name = "care-plan-" + details.get().row().familyCode() + "-v" + shown.version() + ".pdf";
        context.dialogs().choosePdfToSave(text("plan.printTitle"), name).ifPresent(file -> run(() -> {
            PlanPrint print = plans.printable(actor, shown.id());
            writePdf(List.of(print), file, language, ProgressListener.NONE);
            return file;
        }, saved -> context.dialogs().notice(text("plan.printed", saved.toString()))));
    }

    /** Renders the version shown in the language chosen and hands it to the system's print dialog. */
    public void printPlanOnPrinter() {
        CarePlan shown = plan.get();
        if (shown == null) {
            return;
        }
        Localization language = new Localization(printLanguage.get(), context.clock().getZone());
        run(() -> {
            Path file = Files.createTempFile("markaz-care-plan", ".pdf");
            writePdf(List.of(plans.printable(actor, shown.id())), file, language, ProgressListener.NONE);
            return file;
        }, printer);
    }

    void writePdf(List<PlanPrint> prints, Path file, Localization language, ProgressListener listener) throws java.io.IOException {
        String centre = centres.current(actor).map(c -> c.name()).orElse("");
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (var out = Files.newOutputStream(partial)) {
            CarePlanPdf.write(prints, centre, language, out, listener);
        }
        if (listener.isCancelled()) {
            Files.deleteIfExists(partial);
            return;
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    // --- notes ---

    private void loadNotes() {
        if (details.get() == null) {
            return;
        }
        long id = caseId();
        String typed = noteSearch.get();
        BackgroundTask.of(() -> records.notes(actor, id, typed))
                .onSuccess(found -> {
                    if (typed.equals(noteSearch.get())) {
                        notes.setAll(found);
                    }
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    public void addNote() {
        long id = caseId();
        Integer length;
        try {
            length = minutes.get().isBlank() ? null : Integer.valueOf(minutes.get().strip());
        } catch (NumberFormatException e) {
            errors.clear();
            errors.set("notes.minutes", text("error.minutesRange"));
            return;
        }
        KeyWorker forWorker = noteWorker.get();
        NoteDetails note = new NoteDetails(noteKind.get(), notedOn.get(), length, noteText.get(),
                forWorker == null ? null : forWorker.staffId());
        run(() -> {
            records.addNote(actor, id, note);
            return records.notes(actor, id, noteSearch.get());
        }, found -> {
            notes.setAll(found);
            noteText.set("");
            minutes.set("");
            noteWorker.set(null);
            context.dialogs().notice(text("notes.saved"));
            refreshChronology();
        });
    }

    // --- shared ---

    private <T> void run(Callable<T> work, Consumer<T> then) {
        errors.clear();
        message.set("");
        busy.set(true);
        BackgroundTask.of(work)
                .onSuccess(then)
                .onFailureException(failure -> {
                    errors.show(failure, context.localization());
                    return false;
                })
                .onFailure(message::set)
                .onFinished(() -> busy.set(false))
                .run(context.tasks(), context.localization());
    }

    private String describe(CaseDetails shown) {
        CaseRow row = shown.row();
        StringBuilder text = new StringBuilder(text("cases.summary", row.familyCode(), row.children(), text(row.type().nameKey()),
                context.localization().formatDate(row.openedOn()),
                row.keyWorkerName() == null ? text("cases.unassigned") : row.keyWorkerName()));
        if (row.closedOn() != null) {
            text.append('\n').append(text("cases.closedSummary", context.localization().formatDate(row.closedOn()),
                    String.join(", ", shown.outcomes().stream().map(o -> text(o.nameKey())).toList())));
        }
        if (row.programmeEndsOn() != null) {
            text.append('\n').append(shown.extensionReason() == null
                    ? text("cases.programmeEndLine", context.localization().formatDate(row.programmeEndsOn()))
                    : text("cases.extendedLine", context.localization().formatDate(row.programmeEndsOn()),
                    shown.extensionReason(), shown.extendedBy()));
        }
        if (!shown.coveredBy().isEmpty()) {
            text.append('\n').append(text("cases.coveredByLine", String.join(", ", shown.coveredBy())));
        }
        for (Assignment step : shown.history()) {
            text.append('\n').append(text("cases.historyLine", context.localization().formatDate(step.fromOn()),
                    step.keyWorkerName() == null ? text("cases.unassigned") : step.keyWorkerName(),
                    ProgramActor.shown(step.assignedBy(), context.localization())));
        }
        return text.toString();
    }

    private LocalDate today() {
        return LocalDate.now(context.clock());
    }

    private String text(String key, Object... arguments) {
        return context.localization().text(key, arguments);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public FieldErrors errors() { return errors; }
    public ObjectProperty<CaseDetails> detailsProperty() { return details; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public ObjectProperty<LocalDate> closedOnProperty() { return closedOn; }
    public ObservableList<CaseOutcome> outcomes() { return outcomes; }
    public StringProperty closingNoteProperty() { return closingNote; }
    public ObjectProperty<LocalDate> assessedOnProperty() { return assessedOn; }
    public StringProperty growDevelopProperty() { return growDevelop; }
    public StringProperty careNeedsProperty() { return careNeeds; }
    public StringProperty widerWorldProperty() { return widerWorld; }
    public StringProperty childViewsProperty() { return childViews; }
    public StringProperty parentViewsProperty() { return parentViews; }
    public ObjectProperty<Integer> scoreProperty(Indicator each) { return scores.get(each); }
    public StringProperty scoreNoteProperty(Indicator each) { return scoreNotes.get(each); }
    public ObservableList<PlanSummary> versions() { return versions; }
    public ObjectProperty<PlanSummary> versionProperty() { return version; }
    public ObjectProperty<CarePlan> planProperty() { return plan; }
    public ObservableList<PlanAction> actions() { return actions; }
    public ObjectProperty<PlanAction> selectedActionProperty() { return selectedAction; }
    public StringProperty reasonsProperty() { return reasons; }
    public StringProperty contingencyProperty() { return contingency; }
    public ObjectProperty<LocalDate> parentsAgreedOnProperty() { return parentsAgreedOn; }
    public ObjectProperty<Indicator> indicatorProperty() { return indicator; }
    public StringProperty needProperty() { return need; }
    public StringProperty outcomeWantedProperty() { return outcomeWanted; }
    public StringProperty whatWeDoProperty() { return whatWeDo; }
    public StringProperty howWeKnowProperty() { return howWeKnow; }
    public ObjectProperty<LocalDate> byWhenProperty() { return byWhen; }
    public StringProperty whoProperty() { return who; }
    public StringProperty planStateProperty() { return planState; }
    public ObjectProperty<LocalDate> reviewHeldOnProperty() { return reviewHeldOn; }
    public StringProperty attendeesProperty() { return attendees; }
    public StringProperty decisionsProperty() { return decisions; }
    public ObjectProperty<Progress> actionProgressProperty() { return actionProgress; }
    public ObjectProperty<Language> printLanguageProperty() { return printLanguage; }
    public ObservableList<CaseNote> notes() { return notes; }
    public ObservableList<KeyWorker> keyWorkers() { return keyWorkers; }
    public ObjectProperty<KeyWorker> coverWorkerProperty() { return coverWorker; }
    public ObjectProperty<LocalDate> extendedToProperty() { return extendedTo; }
    public StringProperty extensionReasonProperty() { return extensionReason; }
    public ObservableList<ChronologyItem> chronology() { return chronology; }
    public ObjectProperty<LocalDate> eventOnProperty() { return eventOn; }
    public StringProperty eventTextProperty() { return eventText; }
    public ObjectProperty<KeyWorker> noteWorkerProperty() { return noteWorker; }
    public StringProperty noteSearchProperty() { return noteSearch; }
    public ObjectProperty<NoteKind> noteKindProperty() { return noteKind; }
    public ObjectProperty<LocalDate> notedOnProperty() { return notedOn; }
    public StringProperty minutesProperty() { return minutes; }
    public StringProperty noteTextProperty() { return noteText; }
}
