package org.markaz.audit;

import org.markaz.core.audit.AuditFilter;
import org.markaz.core.audit.AuditService;
import org.markaz.core.audit.AuditEntry;
import org.markaz.core.audit.FieldChange;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.security.Actor;
import org.markaz.core.security.ProgramActor;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.ChangeWatch;
import org.markaz.core.ui.UiContext;

/**
 * The audit trail, newest first, a page at a time, filtered by dates, user and record. The
 * selected entry shows its values before and after.
 */
public final class AuditLogViewModel {

    private final UiContext context;
    private final AuditService auditService;
    /** Every audited table's records named in the user's words: the core's and each feature's. */
    private final java.util.Map<String, String> tableNames;
    private final Actor actor;
    private final ChangeWatch changes;
    private long latestRequest;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<String> user = new SimpleObjectProperty<>();
    private final ObjectProperty<String> table = new SimpleObjectProperty<>();
    private final StringProperty recordId = new SimpleStringProperty("");
    private final ObservableList<String> users = FXCollections.observableArrayList();
    private final ObservableList<String> tables = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>();
    private final ObservableList<ChangeRow> details = FXCollections.observableArrayList();
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty hasPrevious = new SimpleBooleanProperty();
    private final BooleanProperty hasNext = new SimpleBooleanProperty();
    private int pageIndex;

    public AuditLogViewModel(UiContext context, Actor actor, AuditService auditService,
                             java.util.Map<String, String> tableNames) {
        this.tableNames = tableNames;
        this.context = context;
        this.auditService = auditService;
        this.actor = actor;
        this.changes = new ChangeWatch(auditService, actor);
        selected.addListener((obs, old, entry) -> showChanges(entry));
    }

    /** Fills the filter choices and shows the newest entries. */
    public void load() {
        BackgroundTask.of(() -> {
                    changes.changedSinceLastLook(); // what is loaded now is what a later look compares with
                    return new Choices(auditService.actors(actor), auditService.tableNames(actor));
                })
                .onSuccess(choices -> {
                    users.setAll(choices.users());
                    tables.setAll(choices.tables());
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
        search();
    }

    /** Back on the screen: the filter choices and the page again, if anything was written meanwhile. */
    public void refreshIfChanged() {
        changes.reloadIfChanged(context, this::load, message::set);
    }

    /** Who acted, in the user's words (the program's own actions are stored in English). */
    public String actorName(String stored) {
        return ProgramActor.shown(stored, context.localization());
    }

    private record Choices(List<String> users, List<String> tables) {
    }

    public void search() {
        pageIndex = 0;
        fetch();
    }

    public void nextPage() {
        pageIndex++;
        fetch();
    }

    public void previousPage() {
        pageIndex = Math.max(0, pageIndex - 1);
        fetch();
    }

    public void clearFilters() {
        from.set(null);
        to.set(null);
        user.set(null);
        table.set(null);
        recordId.set("");
        search();
    }

    private void fetch() {
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            message.set(context.localization().text("error.datesReversed"));
            return;
        }
        String id = recordId.get() == null || recordId.get().isBlank() ? null : recordId.get().strip();
        AuditFilter filter = new AuditFilter(from.get(), to.get(), user.get(), table.get(), id);
        int requested = pageIndex;
        long request = ++latestRequest;
        message.set("");
        BackgroundTask.of(() -> auditService.search(actor, filter, requested))
                .onSuccess(page -> {
                    if (request != latestRequest) {
                        return; // a newer search (filters change quickly) is on its way
                    }
                    entries.setAll(page.entries());
                    var text = context.localization();
                    pageText.set(text.text("audit.page", page.pageIndex() + 1, page.pageCount(),
                            text.formatNumber(page.totalCount())));
                    hasPrevious.set(page.pageIndex() > 0);
                    hasNext.set(page.pageIndex() + 1 < page.pageCount());
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    /** A changed field as the screen lists it: its name, and its values before and after, in the user's words. */
    public record ChangeRow(String field, String before, String after) {
    }

    private void showChanges(AuditEntry entry) {
        details.clear();
        if (entry == null) {
            return;
        }
        BackgroundTask.of(() -> auditService.changes(actor, entry.id()))
                .onSuccess(changes -> {
                    if (entry.equals(selected.get())) {
                        details.setAll(changes.stream().map(this::row).toList());
                    }
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    private ChangeRow row(FieldChange change) {
        return new ChangeRow(label(change.table(), change.column()), shown(change.before()), shown(change.after()));
    }

    /** The field's name: the table's own word for it (the centre's name) if there is one, else the general one. */
    private String label(String table, String column) {
        var text = context.localization();
        String field = camel(column.toLowerCase(java.util.Locale.ROOT));
        String own = "field." + camel(table) + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return text.has(own) ? text.text(own) : text.has("field." + field) ? text.text("field." + field) : column;
    }

    private static String camel(String snake) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    private String shown(FieldChange.Value value) {
        var text = context.localization();
        if (value instanceof FieldChange.Text plain) {
            return plain.text();
        }
        if (value instanceof FieldChange.Who who) {
            return ProgramActor.shown(who.stored(), text); // the program itself in the user's words ("sample data")
        }
        if (value instanceof FieldChange.Coded coded) {
            return text.text(coded.nameKey());
        }
        if (value instanceof FieldChange.Day day) {
            return text.formatDate(day.date());
        }
        if (value instanceof FieldChange.Moment moment) {
            return text.formatDateTime(moment.instant());
        }
        if (value instanceof FieldChange.YesNo yesNo) {
            return text.text(yesNo.yes() ? "dialog.yes" : "dialog.no");
        }
        return "—";
    }

    /** Each audited table in the user's words; a test keeps every table of the schema here. */
    /** The core's own audited tables; each feature names its own (Feature#auditedTables). */
    public static final java.util.Map<String, String> CORE_TABLE_NAMES = java.util.Map.of(
            "centre", "audit.table.centre",
            "staff", "audit.table.staff",
            "app_user", "audit.table.appUser",
            "restore_log", "audit.table.restoreLog",
            "setting", "audit.table.setting");

    public String tableName(String table) {
        String key = table == null ? null : tableNames.get(table);
        return key == null ? table : context.localization().text(key);
    }

    public String actionName(AuditEntry entry) {
        return context.localization().text(entry.action().nameKey());
    }

    public String time(AuditEntry entry) {
        return context.localization().formatDateTime(entry.occurredAt());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<String> userProperty() {
        return user;
    }

    public ObjectProperty<String> tableProperty() {
        return table;
    }

    public StringProperty recordIdProperty() {
        return recordId;
    }

    public ObservableList<String> users() {
        return users;
    }

    public ObservableList<String> tables() {
        return tables;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ObjectProperty<AuditEntry> selectedProperty() {
        return selected;
    }

    /** The fields the selected entry changed. */
    public ObservableList<ChangeRow> details() {
        return details;
    }

    public StringProperty pageTextProperty() {
        return pageText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty hasPreviousProperty() {
        return hasPrevious;
    }

    public BooleanProperty hasNextProperty() {
        return hasNext;
    }
}
