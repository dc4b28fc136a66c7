package org.markaz.register;

import org.markaz.core.audit.AuditService;
import org.markaz.core.centre.CentreService;
import org.markaz.children.ChildrenService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.shared.ServiceType;
import org.markaz.shared.ChildRow;
import org.markaz.core.ValidationException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.security.ProgramActor;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.ChangeWatch;
import org.markaz.core.ui.UiContext;
import org.markaz.core.ui.UserAction;

/**
 * The daily register: a date (today to start with), every child expected, a mark in one
 * keystroke, the details of the selected child's mark, totals per service, unplanned visits
 * and closing the day.
 */
public final class RegisterViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final UiContext context;
    private final RegisterService registerService;
    private final ChildrenService childrenService;
    private final CentreService centreService;
    private final AuditService auditService;
    private final Actor actor;
    private final ChangeWatch changes;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObservableList<RegisterEntry> entries = FXCollections.observableArrayList();
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty dayState = new SimpleStringProperty("");
    private final BooleanProperty closed = new SimpleBooleanProperty();
    private final ObjectProperty<RegisterEntry> selected = new SimpleObjectProperty<>();

    private final BooleanProperty present = new SimpleBooleanProperty(true);
    private final StringProperty arrivedAt = new SimpleStringProperty("");
    private final StringProperty leftAt = new SimpleStringProperty("");
    private final StringProperty broughtBy = new SimpleStringProperty("");
    private final StringProperty collectedBy = new SimpleStringProperty("");
    private final ObjectProperty<AbsenceReason> absenceReason = new SimpleObjectProperty<>(AbsenceReason.UNKNOWN);
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<String> carers = FXCollections.observableArrayList();

    private final StringProperty visitorSearch = new SimpleStringProperty("");
    private final ObservableList<ChildRow> visitorMatches = FXCollections.observableArrayList();
    private final ObjectProperty<ChildRow> visitor = new SimpleObjectProperty<>();

    private final ObservableList<WeekRow> week = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> weekStart = new SimpleObjectProperty<>();
    private final BooleanProperty weekShown = new SimpleBooleanProperty();
    {
        weekShown.addListener((obs, was, shown) -> {
            if (shown) {
                loadWeek();
            }
        });
    }
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public RegisterViewModel(UiContext context, Actor actor, RegisterService registerService, ChildrenService childrenService, CentreService centreService, AuditService auditService) {
        this.context = context;
        this.registerService = registerService;
        this.childrenService = childrenService;
        this.centreService = centreService;
        this.auditService = auditService;
        this.actor = actor;
        this.changes = new ChangeWatch(auditService, actor);
        date.set(LocalDate.now(context.clock()));
        date.addListener((obs, old, day) -> load());
        selected.addListener((obs, old, entry) -> showDetails(entry));
        visitorSearch.addListener((obs, old, typed) -> searchVisitors(typed));
    }

    public boolean mayMark() {
        return actor.may(Permission.MARK_REGISTER);
    }

    public boolean mayClose() {
        return actor.may(Permission.CLOSE_REGISTER);
    }

    public void load() {
        LocalDate day = date.get();
        if (day == null) {
            return;
        }
        Long keep = selected.get() == null ? null : selected.get().childId();
        BackgroundTask.of(() -> {
                    changes.changedSinceLastLook(); // what is loaded now is what a later look compares with
                    return registerService.day(actor, day);
                })
                .onSuccess(sheet -> {
                    if (day.equals(date.get())) {
                        show(sheet, keep);
                    }
                })
                .onFailure(text -> {
                    changes.forget();
                    message.set(text);
                })
                .run(context.tasks(), context.localization());
        if (weekShown.get()) {
            loadWeek();
        }
    }

    /** Back on the register: the day again only if anything was written meanwhile. */
    public void refreshIfChanged() {
        changes.reloadIfChanged(context, this::load, message::set);
    }

    /** The week of the date shown; loaded only while the week is on screen (seven days' work). */
    public void loadWeek() {
        LocalDate day = date.get();
        LocalDate monday = day.with(java.time.DayOfWeek.MONDAY);
        BackgroundTask.of(() -> registerService.week(actor, monday))
                .onSuccess(rows -> {
                    if (day.equals(date.get())) {
                        weekStart.set(monday);
                        week.setAll(rows);
                    }
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    /** What the week's signs mean, under the week. */
    public String weekLegend() {
        return context.localization().text("register.weekLegend");
    }

    /** A week cell: present, absent, expected but not marked, or nothing when not expected. */
    public String weekCell(WeekRow row, LocalDate day) {
        Mark mark = row.marks().get(day);
        if (mark != null) {
            return mark.present() ? "✓" : "✗ " + context.localization().text(mark.absenceReason().nameKey());
        }
        return row.expectedDays().contains(day) ? "·" : "";
    }

    public ObservableList<WeekRow> week() {
        return week;
    }

    public BooleanProperty weekShownProperty() {
        return weekShown;
    }

    public ObjectProperty<LocalDate> weekStartProperty() {
        return weekStart;
    }

    private void show(DaySheet sheet, Long keepChild) {
        var text = context.localization();
        replaceChangedEntries(sheet.entries());
        closed.set(sheet.closed());
        boolean future = sheet.date().isAfter(LocalDate.now(context.clock()));
        dayState.set(future ? text.text("register.future") : sheet.closed() ? text.text("register.closedBy",
                ProgramActor.shown(sheet.closedBy(), text), text.formatDateTime(sheet.closedAt())) : text.text("register.open"));
        totals.set(sheet.totals().entrySet().stream().map(this::describe).collect(Collectors.joining("   ·   ")));
        if (keepChild != null) {
            entries.stream().filter(e -> e.childId() == keepChild).findFirst().ifPresent(selected::set);
        }
    }

    /**
     * The same children in the same order (the usual case: a day shown again after a few marks)
     * change only the rows that differ, so the list keeps its place and redraws little.
     */
    private void replaceChangedEntries(List<RegisterEntry> loaded) {
        boolean sameChildren = loaded.size() == entries.size();
        for (int i = 0; sameChildren && i < loaded.size(); i++) {
            sameChildren = loaded.get(i).childId() == entries.get(i).childId();
        }
        if (!sameChildren) {
            entries.setAll(loaded);
            return;
        }
        for (int i = 0; i < loaded.size(); i++) {
            if (!loaded.get(i).equals(entries.get(i))) {
                entries.set(i, loaded.get(i));
            }
        }
    }

    private String describe(Map.Entry<ServiceType, DaySheet.Totals> total) {
        var text = context.localization();
        String service = total.getKey() == null ? text.text("register.unplanned") : text.text(total.getKey().nameKey());
        DaySheet.Totals t = total.getValue();
        return text.text("register.totals", service, t.present(), t.children(), t.absent(), t.unmarked());
    }

    public void previousDay() {
        date.set(date.get().minusDays(1));
    }

    public void nextDay() {
        LocalDate today = LocalDate.now(context.clock());
        if (date.get().isBefore(today)) {
            date.set(date.get().plusDays(1));
        }
    }

    /**
     * A key typed in the list, whatever the keyboard's layout: P (З on a Russian or Tajik one) marks
     * present, A (Ф) absent, and the next child is selected; any other key does nothing. Returns
     * whether the key was one of them. A day that cannot be marked now says why and keeps the
     * selection on the child.
     */
    public boolean keyTyped(String character, RegisterEntry entry) {
        boolean present = PRESENT_KEYS.contains(character);
        if (entry == null || !present && !ABSENT_KEYS.contains(character)) {
            return false;
        }
        if (!mayMarkThisDay()) {
            return true;
        }
        if (present) {
            markPresent(entry);
        } else {
            markAbsent(entry);
        }
        int next = entries.indexOf(entry) + 1;
        if (next < entries.size()) {
            selected.set(entries.get(next));
        }
        return true;
    }

    private static final java.util.Set<String> PRESENT_KEYS = java.util.Set.of("p", "P", "з", "З");
    private static final java.util.Set<String> ABSENT_KEYS = java.util.Set.of("a", "A", "ф", "Ф");

    /** Whether this user can mark the day shown now: not a day to come, and a closed day only by a director. */
    private boolean mayMarkThisDay() {
        var text = context.localization();
        if (!mayMark()) {
            return false;
        }
        if (date.get().isAfter(LocalDate.now(context.clock()))) {
            message.set(text.text("error.registerFuture"));
            return false;
        }
        if (closed.get() && !actor.may(Permission.CONFIRM_EXCEPTIONS)) {
            message.set(text.text("error.dayClosed"));
            return false;
        }
        return true;
    }

    /** One keystroke: present, arriving now if the day is today. */
    public void markPresent(RegisterEntry entry) {
        LocalDate day = date.get();
        LocalTime now = day.equals(LocalDate.now(context.clock()))
                ? LocalTime.now(context.clock()).withSecond(0).withNano(0) : null;
        Mark earlier = entry.mark();
        Mark mark = earlier != null && earlier.present() ? earlier
                : new Mark(true, now, null, null, null, null, earlier == null ? null : earlier.note());
        save(entry, mark);
    }

    /** One keystroke: absent, for a reason to be told later ("not known" until then). */
    public void markAbsent(RegisterEntry entry) {
        Mark earlier = entry.mark();
        save(entry, earlier != null && !earlier.present() ? earlier : Mark.absent(AbsenceReason.UNKNOWN));
    }

    /** Saves the details typed for the selected child. */
    public void saveDetails() {
        RegisterEntry entry = selected.get();
        if (entry == null) {
            return;
        }
        try {
            save(entry, new Mark(present.get(), time(arrivedAt.get()), time(leftAt.get()), broughtBy.get(), collectedBy.get(),
                    present.get() ? null : absenceReason.get(), note.get()));
        } catch (ValidationException e) {
            message.set(context.localization().message(e));
        }
    }

    private void save(RegisterEntry entry, Mark mark) {
        LocalDate day = date.get();
        run(() -> {
            registerService.mark(actor, entry.childId(), day, entry.unplanned(), mark);
            return Boolean.TRUE;
        }, done -> load());
    }

    public void addVisitor() {
        ChildRow child = visitor.get();
        if (child == null) {
            message.set(context.localization().text("register.chooseVisitor"));
            return;
        }
        LocalDate day = date.get();
        LocalTime now = day.equals(LocalDate.now(context.clock()))
                ? LocalTime.now(context.clock()).withSecond(0).withNano(0) : null;
        run(() -> {
            registerService.mark(actor, child.id(), day, true, Mark.present(now));
            return Boolean.TRUE;
        }, done -> {
            visitorSearch.set("");
            visitor.set(null);
            load();
        });
    }

    /** Saves the day's register as a PDF to print for signatures. */
    public void printDay() {
        LocalDate day = date.get();
        var text = context.localization();
        context.dialogs().choosePdfToSave(text.text("register.printTitle"), "register-" + day + ".pdf").ifPresent(file ->
                run(() -> {
                    DaySheet sheet = registerService.day(actor, day);
                    String centre = centreService.current(actor).map(c -> c.name()).orElse("");
                    try (var out = java.nio.file.Files.newOutputStream(file)) {
                        DaySheetPdf.write(sheet, centre, text, out);
                    }
                    return file;
                }, saved -> message.set(text.text("register.printed", saved.toString()))));
    }

    public void closeDay() {
        LocalDate day = date.get();
        long unmarked = entries.stream().filter(e -> e.mark() == null).count();
        var text = context.localization();
        if (!context.dialogs().confirmDangerous(unmarked == 0 ? text.text("register.confirmClose", text.formatDate(day))
                : text.text("register.confirmCloseUnmarked", text.formatDate(day), unmarked))) {
            return;
        }
        run(() -> {
            registerService.closeDay(actor, day);
            return Boolean.TRUE;
        }, done -> load());
    }

    private void searchVisitors(String typed) {
        if (typed == null || typed.isBlank()) {
            visitorMatches.clear();
            return;
        }
        BackgroundTask.of(() -> childrenService.search(actor, typed, false))
                .onSuccess(rows -> visitorMatches.setAll(rows.stream().limit(20).toList()))
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    private void showDetails(RegisterEntry entry) {
        Mark mark = entry == null ? null : entry.mark();
        present.set(mark == null || mark.present());
        arrivedAt.set(mark == null || mark.arrivedAt() == null ? "" : TIME.format(mark.arrivedAt()));
        leftAt.set(mark == null || mark.leftAt() == null ? "" : TIME.format(mark.leftAt()));
        broughtBy.set(mark == null || mark.broughtBy() == null ? "" : mark.broughtBy());
        collectedBy.set(mark == null || mark.collectedBy() == null ? "" : mark.collectedBy());
        absenceReason.set(mark == null || mark.absenceReason() == null ? AbsenceReason.UNKNOWN : mark.absenceReason());
        note.set(mark == null || mark.note() == null ? "" : mark.note());
        carers.setAll(entry == null ? List.of() : entry.carers());
        message.set("");
    }

    private static LocalTime time(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(typed.strip().replace('.', ':'), DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeParseException e) {
            throw new ValidationException("error.timeFormat", typed.strip());
        }
    }

    /** What the mark column shows for a child. */
    public String markText(RegisterEntry entry) {
        var text = context.localization();
        Mark mark = entry.mark();
        if (mark == null) {
            return "";
        }
        if (!mark.present()) {
            return text.text("register.absent") + " (" + text.text(mark.absenceReason().nameKey()) + ")";
        }
        return text.text("register.present") + (mark.arrivedAt() == null ? "" : " " + TIME.format(mark.arrivedAt()))
                + (mark.leftAt() == null ? "" : " - " + TIME.format(mark.leftAt()));
    }

    /** The service's short name, for the list's narrow column. */
    public String serviceText(RegisterEntry entry) {
        return context.localization().text(entry.service() == null ? "register.unplanned" : entry.service().shortNameKey());
    }

    /** The service's full name, for the tooltip over its short one. */
    public String serviceFullText(RegisterEntry entry) {
        return context.localization().text(entry.service() == null ? "register.unplanned" : entry.service().nameKey());
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> then) {
        new UserAction(context, busy, message).run(work, then);
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObservableList<RegisterEntry> entries() {
        return entries;
    }

    public StringProperty totalsProperty() {
        return totals;
    }

    public StringProperty dayStateProperty() {
        return dayState;
    }

    public BooleanProperty closedProperty() {
        return closed;
    }

    public ObjectProperty<RegisterEntry> selectedProperty() {
        return selected;
    }

    public BooleanProperty presentProperty() {
        return present;
    }

    public StringProperty arrivedAtProperty() {
        return arrivedAt;
    }

    public StringProperty leftAtProperty() {
        return leftAt;
    }

    public StringProperty broughtByProperty() {
        return broughtBy;
    }

    public StringProperty collectedByProperty() {
        return collectedBy;
    }

    public ObjectProperty<AbsenceReason> absenceReasonProperty() {
        return absenceReason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableList<String> carers() {
        return carers;
    }

    public StringProperty visitorSearchProperty() {
        return visitorSearch;
    }

    public ObservableList<ChildRow> visitorMatches() {
        return visitorMatches;
    }

    public ObjectProperty<ChildRow> visitorProperty() {
        return visitor;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
