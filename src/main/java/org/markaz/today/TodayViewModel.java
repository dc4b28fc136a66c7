package org.markaz.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.ChangeWatch;
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
    private final ChangeWatch changes;
    /** The day the absences shown were counted for. */
    private LocalDate absencesDay;

    public TodayViewModel(UiContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
        this.changes = new ChangeWatch(context.services().audit(), actor);
        var text = context.localization();
        signedIn.set(text.text("today.signedIn", actor.fullName(), text.text(actor.role().nameKey())));
    }

    /** Each time Today is shown: the date (the window may stay open overnight), absences and the last backup. */
    public void load() {
        var text = context.localization();
        date.set(text.text("today.date", text.formatDate(LocalDate.now(context.services().clock()))));
        loadAbsences();
        BackgroundTask.of(() -> context.services().backups().lastBackup(actor))
                .onSuccess(last -> {
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
        return actor.may(org.markaz.core.security.Permission.VIEW_REGISTER);
    }

    private void loadAbsences() {
        if (!seesAbsences()) {
            return;
        }
        LocalDate today = LocalDate.now(context.services().clock());
        boolean newDay = !today.equals(absencesDay);
        // counted again only on a new day or after a write (a mark, an admission, the setting)
        BackgroundTask.of(() -> changes.changedSinceLastLook() || newDay
                        ? Optional.of(new Absences(context.services().register().absenceAlertDays(actor),
                        context.services().register().absentInARow(actor, today))) : Optional.<Absences>empty())
                .onSuccess(counted -> counted.ifPresent(found -> {
                    absencesDay = today;
                    var text = context.localization();
                    absencesTitle.set(text.text("today.absences.title", found.days()));
                    absences.setAll(found.alerts().isEmpty() ? java.util.List.of(text.text("today.absences.none"))
                            : found.alerts().stream().map(a -> text.text("today.absences.line", a.childName(),
                                    text.text(a.service().nameKey()), a.absentDays(), text.formatDate(a.since()))).toList());
                }))
                .onFailure(message -> {
                    changes.forget();
                    absencesTitle.set(message);
                })
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
