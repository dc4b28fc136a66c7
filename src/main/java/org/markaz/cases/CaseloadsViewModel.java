package org.markaz.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.audit.AuditService;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.ChangeWatch;
import org.markaz.core.ui.UiContext;

/**
 * The caseloads screen (issue 11 §2): a key worker's own open cases first, then the unassigned
 * ones, with the count against the caseload limit; for a director (and, read-only, an
 * administrator) every key worker side by side, every open case, and reassigning one or several.
 */
public final class CaseloadsViewModel {

    private final UiContext context;
    private final Actor actor;
    private final CaseloadService caseloads;
    private final ChangeWatch changes;
    /** Hands a rendered PDF to the system's print dialog (the view's; none in tests). */
    private Consumer<java.nio.file.Path> printer = file -> { };

    private final ObservableList<CaseRow> mine = FXCollections.observableArrayList();
    private final ObservableList<CaseRow> unassigned = FXCollections.observableArrayList();
    private final ObservableList<CaseRow> everyOpenCase = FXCollections.observableArrayList();
    private final ObservableList<KeyWorker> workers = FXCollections.observableArrayList();
    private final StringProperty count = new SimpleStringProperty("");
    private final BooleanProperty overLimit = new SimpleBooleanProperty();
    private final StringProperty limit = new SimpleStringProperty("");
    private final ObjectProperty<KeyWorker> reassignTo = new SimpleObjectProperty<>();
    private final ObservableList<CaseRow> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<CaseRow> selected = new SimpleObjectProperty<>();
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty limitError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> reviewWeek = new SimpleObjectProperty<>();
    private final javafx.beans.property.DoubleProperty printProgress = new javafx.beans.property.SimpleDoubleProperty(0);
    private final BooleanProperty printing = new SimpleBooleanProperty();
    private final StringProperty printMessage = new SimpleStringProperty("");
    private final CarePlanService plans;
    private final org.markaz.core.centre.CentreService centres;
    private BackgroundTask.Running running;

    public CaseloadsViewModel(UiContext context, Actor actor, CaseloadService caseloads, CarePlanService plans,
                              org.markaz.core.centre.CentreService centres, AuditService audit) {
        this.context = context;
        this.actor = actor;
        this.caseloads = caseloads;
        this.plans = plans;
        this.centres = centres;
        reviewWeek.set(LocalDate.now(context.clock()));
        this.changes = new ChangeWatch(audit, actor);
        selected.addListener((obs, old, row) -> details.set(row == null ? "" : describe(row)));
    }

    /** Every worker side by side: a director, and an administrator, who sees who is on whose caseload. */
    public boolean showsEveryWorker() {
        return actor.may(Permission.MANAGE_CASELOADS) || !actor.may(Permission.VIEW_CASES);
    }

    /** A case's record (assessment, plan, notes) opens only for those who may read it: not an administrator. */
    public boolean mayOpenCases() {
        return actor.may(Permission.VIEW_CASES);
    }

    /** A key worker opens the cases listed as theirs (held or covered), not the unassigned ones; a director any. */
    public boolean mayOpen(CaseRow row) {
        return mayOpenCases() && (mayReassign() || row.keyWorkerId() != null);
    }

    public boolean mayReassign() {
        return actor.may(Permission.MANAGE_CASELOADS);
    }

    /** Only someone who holds cases has "my cases". */
    public boolean hasOwnCaseload() {
        return !showsEveryWorker();
    }

    public void load() {
        busy.set(true);
        BackgroundTask.of(() -> {
                    changes.changedSinceLastLook();
                    return new Loaded(caseloads.openCases(actor), showsEveryWorker() ? caseloads.keyWorkers(actor) : List.of(),
                            caseloads.caseloadLimit(actor));
                })
                .onSuccess(this::show)
                .onFailure(text -> {
                    changes.forget();
                    message.set(text);
                })
                .onFinished(() -> busy.set(false))
                .run(context.tasks(), context.localization());
    }

    public void refreshIfChanged() {
        changes.reloadIfChanged(context, this::load, message::set);
    }

    private record Loaded(List<CaseRow> cases, List<KeyWorker> workers, int limit) {
    }

    private void show(Loaded loaded) {
        replaceIfChanged(mine, loaded.cases().stream().filter(row -> row.keyWorkerId() != null).toList());
        replaceIfChanged(unassigned, loaded.cases().stream().filter(row -> row.keyWorkerId() == null).toList());
        replaceIfChanged(everyOpenCase, loaded.cases());
        KeyWorker keep = reassignTo.get();
        if (replaceIfChanged(workers, loaded.workers())) {
            reassignTo.set(keep == null ? null : workers.stream().filter(w -> w.staffId() == keep.staffId()).findFirst().orElse(null));
        }
        limit.set(Integer.toString(loaded.limit()));
        int own = mine.size();
        overLimit.set(hasOwnCaseload() && own > loaded.limit());
        count.set(hasOwnCaseload() ? text("cases.countOfLimit", own, loaded.limit())
                : text("cases.openEverywhere", everyOpenCase.size(), loaded.limit()));
        message.set("");
    }

    /**
     * Reloaded after a change elsewhere (often one that does not touch the cases at all), the
     * tables and the chart are rebuilt only if what they show is different, and then only the rows
     * that differ: redrawing 800 rows and the chart took most of the reload.
     */
    private static <T> boolean replaceIfChanged(ObservableList<T> shown, List<T> loaded) {
        if (shown.equals(loaded)) {
            return false;
        }
        if (shown.size() != loaded.size()) {
            shown.setAll(loaded);
            return true;
        }
        // the same cases, a few of them changed (a mark in the register moves one row's absences):
        // only those rows are redrawn, and the selection stays
        for (int i = 0; i < loaded.size(); i++) {
            if (!shown.get(i).equals(loaded.get(i))) {
                shown.set(i, loaded.get(i));
            }
        }
        return true;
    }

    /** Gives the chosen cases to the chosen key worker (none chosen: back to unassigned), asking past the limit. */
    public void reassign() {
        if (chosen.isEmpty()) {
            message.set(text("error.noCaseChosen"));
            return;
        }
        Set<Long> ids = chosen.stream().map(CaseRow::id).collect(Collectors.toSet());
        KeyWorker worker = reassignTo.get();
        reassign(ids, worker, false);
    }

    private void reassign(Set<Long> ids, KeyWorker worker, boolean confirmed) {
        busy.set(true);
        BackgroundTask.of(() -> caseloads.reassign(actor, ids, worker == null ? null : worker.staffId(), confirmed))
                .onSuccess(result -> {
                    if (result instanceof CaseloadResult.OverLimit over) {
                        if (context.dialogs().confirm(text("cases.confirmOverLimit", over.workerName(), over.openCases(), over.limit()))) {
                            reassign(ids, worker, true);
                        }
                        return;
                    }
                    context.dialogs().notice(text("cases.reassigned", ids.size()));
                    load();
                })
                .onFailure(message::set)
                .onFinished(() -> busy.set(false))
                .run(context.tasks(), context.localization());
    }

    public boolean mayPrintReviews() {
        return actor.may(Permission.APPROVE_CARE_PLANS);
    }

    /**
     * Every plan due for review in the week of the date chosen, in one PDF for the review meeting,
     * in the user's language; with progress, and cancel (which leaves no file).
     */
    public void printReviewWeek() {
        LocalDate monday = reviewWeek.get().with(java.time.DayOfWeek.MONDAY);
        var text = context.localization();
        context.dialogs().choosePdfToSave(text.text("plan.printTitle"), "reviews-" + monday + ".pdf").ifPresent(chosen ->
                writeReviewWeek(monday, () -> chosen, (count, file) -> printMessage.set(count == 0 ? text.text("plan.noneDue")
                        : text.text("plan.batchPrinted", count, file.toString()))));
    }

    /** The same plans, handed to the system's print dialog rather than kept in a file. */
    public void printReviewWeekOnPrinter() {
        LocalDate monday = reviewWeek.get().with(java.time.DayOfWeek.MONDAY);
        writeReviewWeek(monday, CaseloadsViewModel::freshTemporaryPdf, (count, file) -> {
            if (count == 0) {
                printMessage.set(context.localization().text("plan.noneDue"));
            } else {
                printer.accept(file);
            }
        });
    }

    public void setPrinter(Consumer<java.nio.file.Path> printer) {
        this.printer = printer;
    }

    private record WeekWritten(int count, java.nio.file.Path file) {
    }

    /** A name for the printout's file, not yet made: a cancelled print leaves nothing behind (the print deletes it after). */
    private static java.nio.file.Path freshTemporaryPdf() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("markaz-reviews", ".pdf");
        java.nio.file.Files.delete(file);
        return file;
    }

    private void writeReviewWeek(LocalDate monday, java.util.concurrent.Callable<java.nio.file.Path> target,
                                 java.util.function.BiConsumer<Integer, java.nio.file.Path> then) {
        var text = context.localization();
        printing.set(true);
        printMessage.set("");
        printProgress.unbind(); // bound to the last printing's progress
        printProgress.set(0);
        running = BackgroundTask.of(progress -> {
                    List<Long> due = plans.dueForReview(actor, monday, monday.plusDays(6));
                    if (due.isEmpty()) {
                        return new WeekWritten(0, null);
                    }
                    List<PlanPrint> prints = new java.util.ArrayList<>();
                    for (long planId : due) {
                        if (progress.isCancelled()) {
                            return new WeekWritten(0, null);
                        }
                        prints.add(plans.printable(actor, planId));
                        progress.progress(prints.size(), due.size() * 2L, "plan.printing");
                    }
                    String centre = centres.current(actor).map(c -> c.name()).orElse("");
                    java.nio.file.Path file = target.call();
                    java.nio.file.Path partial = file.resolveSibling(file.getFileName() + ".part");
                    try (var out = java.nio.file.Files.newOutputStream(partial)) {
                        CarePlanPdf.write(prints, centre, text, out, new org.markaz.core.ProgressListener() {
                            @Override
                            public void progress(long done, long total, String messageKey) {
                                progress.progress(total + done, total * 2, messageKey);
                            }

                            @Override
                            public boolean isCancelled() {
                                return progress.isCancelled();
                            }
                        });
                    }
                    if (progress.isCancelled()) {
                        java.nio.file.Files.deleteIfExists(partial);
                        return new WeekWritten(0, null);
                    }
                    java.nio.file.Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    return new WeekWritten(prints.size(), file);
                })
                .onSuccess(written -> then.accept(written.count(), written.file()))
                .onFailure(printMessage::set)
                .onFinished(() -> printing.set(false))
                .run(context.tasks(), text);
        printProgress.bind(running.progressProperty());
    }

    public void cancelPrinting() {
        if (running != null) {
            running.cancel();
        }
    }

    public ObjectProperty<LocalDate> reviewWeekProperty() {
        return reviewWeek;
    }

    public javafx.beans.property.DoubleProperty printProgressProperty() {
        return printProgress;
    }

    public BooleanProperty printingProperty() {
        return printing;
    }

    public StringProperty printMessageProperty() {
        return printMessage;
    }

    public void saveLimit() {
        int value;
        try {
            value = Integer.parseInt(limit.get().strip());
        } catch (NumberFormatException e) {
            limitError.set(text("error.caseloadLimitRange", CaseloadService.MAX_LIMIT));
            return;
        }
        BackgroundTask.of(() -> {
                    caseloads.setCaseloadLimit(actor, value);
                    return value;
                })
                .onSuccess(saved -> {
                    limitError.set("");
                    context.dialogs().notice(text("cases.limitSaved", saved));
                    load();
                })
                .onFailure(limitError::set)
                .run(context.tasks(), context.localization());
    }

    // --- what the cells say ---

    public String typeText(CaseRow row) {
        return text(row.type().nameKey());
    }

    public String programmeEndText(CaseRow row) {
        if (row.programmeEndsOn() == null) {
            return "";
        }
        String date = context.localization().formatDate(row.programmeEndsOn());
        return row.programmeEnding(today()) ? text("cases.endingSoon", date) : date;
    }

    public String reviewText(CaseRow row) {
        if (row.nextReviewOn() == null) {
            return "";
        }
        String date = context.localization().formatDate(row.nextReviewOn());
        return row.reviewOverdue(today()) ? text("cases.overdue", date) : date;
    }

    public String dateText(LocalDate date) {
        return date == null ? "" : context.localization().formatDate(date);
    }

    public String statusText(CaseRow row) {
        String assessment = text(row.assessed() ? "cases.assessed" : "cases.notAssessed");
        String plan = row.planStatus() == null ? text("cases.noPlan") : text(row.planStatus().nameKey());
        return assessment + " · " + plan;
    }

    public String absencesText(CaseRow row) {
        return row.recentAbsences() == 0 ? "" : Integer.toString(row.recentAbsences());
    }

    public String daysText(CaseRow row) {
        return Long.toString(row.daysInProgramme(today()));
    }

    /** Whether the row wants attention: an overdue review, a programme near its end, absences. */
    public boolean needsAttention(CaseRow row) {
        return row.reviewOverdue(today()) || row.programmeEnding(today()) || row.recentAbsences() > 0;
    }

    public String workerText(KeyWorker worker) {
        return worker == null ? text("cases.unassigned") : worker.name();
    }

    private String describe(CaseRow row) {
        return text("cases.summary", row.familyCode(), row.children(), typeText(row),
                dateText(row.openedOn()), row.keyWorkerName() == null ? text("cases.unassigned") : row.keyWorkerName());
    }

    private LocalDate today() {
        return LocalDate.now(context.clock());
    }

    private String text(String key, Object... arguments) {
        return context.localization().text(key, arguments);
    }

    public ObservableList<CaseRow> mine() {
        return mine;
    }

    public ObservableList<CaseRow> unassigned() {
        return unassigned;
    }

    public ObservableList<CaseRow> everyOpenCase() {
        return everyOpenCase;
    }

    public ObservableList<KeyWorker> workers() {
        return workers;
    }

    public ObservableList<CaseRow> chosen() {
        return chosen;
    }

    public StringProperty countProperty() {
        return count;
    }

    public BooleanProperty overLimitProperty() {
        return overLimit;
    }

    public StringProperty limitProperty() {
        return limit;
    }

    public StringProperty limitErrorProperty() {
        return limitError;
    }

    public ObjectProperty<KeyWorker> reassignToProperty() {
        return reassignTo;
    }

    public ObjectProperty<CaseRow> selectedProperty() {
        return selected;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
