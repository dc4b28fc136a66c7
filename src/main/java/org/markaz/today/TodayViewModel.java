package org.markaz.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.UiContext;

/**
 * What needs attention today. For now: who is signed in and whether the data is backed up;
 * later areas add their own items.
 */
public final class TodayViewModel {

    /** A backup older than this is worth a warning on the Today screen. */
    static final Duration BACKUP_WARNING_AGE = Duration.ofDays(2);

    private final UiContext context;
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty signedIn = new SimpleStringProperty("");
    private final StringProperty backup = new SimpleStringProperty("");
    private final BooleanProperty backupNeedsAttention = new SimpleBooleanProperty();
    private final Actor actor;
    private final javafx.collections.ObservableList<String> absences = javafx.collections.FXCollections.observableArrayList();
    private final StringProperty absencesTitle = new SimpleStringProperty("");

    public TodayViewModel(UiContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
        var text = context.localization();
        date.set(text.text("today.date", text.formatDate(LocalDate.now(context.services().clock()))));
        signedIn.set(text.text("today.signedIn", actor.fullName(), text.text(actor.role().nameKey())));
    }

    public void load() {
        loadAbsences();
        BackgroundTask.of(() -> context.services().backups().lastBackup())
                .onSuccess(last -> {
                    var text = context.localization();
                    Instant now = context.services().clock().instant();
                    if (last.isEmpty()) {
                        backup.set(text.text("today.backup.none"));
                        backupNeedsAttention.set(true);
                    } else {
                        backup.set(text.text("today.backup.last", text.formatDateTime(last.get())));
                        backupNeedsAttention.set(Duration.between(last.get(), now).compareTo(BACKUP_WARNING_AGE) > 0);
                    }
                })
                .onFailure(backup::set)
                .run(context.tasks(), context.localization());
    }

    /** Whether this user sees the register's absence alerts. */
    public boolean seesAbsences() {
        return actor.may(org.markaz.core.security.Permission.MARK_REGISTER);
    }

    private void loadAbsences() {
        if (!seesAbsences()) {
            return;
        }
        LocalDate today = LocalDate.now(context.services().clock());
        BackgroundTask.of(() -> new Absences(context.services().register().absenceAlertDays(),
                        context.services().register().absentInARow(actor, today)))
                .onSuccess(found -> {
                    var text = context.localization();
                    absencesTitle.set(text.text("today.absences.title", found.days()));
                    absences.setAll(found.alerts().isEmpty() ? java.util.List.of(text.text("today.absences.none"))
                            : found.alerts().stream().map(a -> text.text("today.absences.line", a.childName(),
                                    text.text(a.service().nameKey()), a.absentDays(), text.formatDate(a.since()))).toList());
                })
                .onFailure(absencesTitle::set)
                .run(context.tasks(), context.localization());
    }

    private record Absences(int days, java.util.List<org.markaz.register.AbsenceAlert> alerts) {
    }

    public javafx.collections.ObservableList<String> absences() {
        return absences;
    }

    public StringProperty absencesTitleProperty() {
        return absencesTitle;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty signedInProperty() {
        return signedIn;
    }

    public StringProperty backupProperty() {
        return backup;
    }

    public BooleanProperty backupNeedsAttentionProperty() {
        return backupNeedsAttention;
    }
}
