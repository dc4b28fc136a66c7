package org.markaz.settings;

import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.markaz.core.backup.BackupRestorer.PreparedRestore;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.UiContext;

/**
 * Where automatic backups are kept, and restoring one (administrators): the backup is checked
 * in the background with progress; only then is the user asked to confirm the swap.
 */
public final class BackupsViewModel {

    private final UiContext context;
    private final Actor actor;
    private final BiConsumer<PreparedRestore, Localization> onRestoreReady;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressMessage = new SimpleStringProperty("");
    private Task<PreparedRestore> checking;

    public BackupsViewModel(UiContext context, Actor actor, BiConsumer<PreparedRestore, Localization> onRestoreReady) {
        this.context = context;
        this.actor = actor;
        this.onRestoreReady = onRestoreReady;
    }

    public String automaticBackupsText() {
        return context.localization().text("backups.automatic", context.services().dataDirectory().backups().toString());
    }

    public boolean mayRestore() {
        return actor.may(Permission.RESTORE_BACKUP);
    }

    public void restore() {
        if (working.get()) {
            return;
        }
        var text = context.localization();
        context.dialogs().chooseBackupFile(text.text("restore.chooseFile")).ifPresent(file -> {
            working.set(true);
            message.set("");
            checking = BackgroundTask.of(listener -> context.services().restorer().prepare(actor, file, listener))
                    .onFinished(() -> working.set(false))
                    .onSuccess(prepared -> {
                        long rows = prepared.rowCounts().values().stream().mapToLong(Long::longValue).sum();
                        if (context.dialogs().confirm(text.text("restore.confirm", file.getFileName().toString(),
                                text.formatNumber(rows)))) {
                            onRestoreReady.accept(prepared, text);
                        } else {
                            message.set(text.text("restore.notDone"));
                        }
                    })
                    .onFailure(message::set)
                    .run(context.tasks(), text);
            progress.bind(checking.progressProperty());
            progressMessage.bind(checking.messageProperty());
        });
    }

    public void cancel() {
        if (checking != null) {
            checking.cancel();
        }
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressMessageProperty() {
        return progressMessage;
    }
}
