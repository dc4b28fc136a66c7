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

    public TodayViewModel(UiContext context, Actor actor) {
        this.context = context;
        var text = context.localization();
        date.set(text.text("today.date", text.formatDate(LocalDate.now(context.services().clock()))));
        signedIn.set(text.text("today.signedIn", actor.fullName(), text.text(actor.role().nameKey())));
    }

    public void load() {
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
