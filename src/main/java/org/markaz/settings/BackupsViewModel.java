package org.markaz.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.markaz.core.feature.Services;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.core.backup.BackupRestorer;
import org.markaz.core.backup.BackupRestorer.PreparedRestore;
import org.markaz.core.backup.PassphraseNeededException;
import org.markaz.core.backup.UnverifiedBackupException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.UiContext;

/**
 * Where automatic backups are kept, the centre's backup passphrase, and restoring a backup
 * (administrators): the backup is checked in the background with progress, asking for its
 * passphrase if it is encrypted; only then is the user asked to confirm the swap, told how old
 * the backup is.
 */
public final class BackupsViewModel {

    private final UiContext context;
    private final Actor actor;
    private final Services services;
    private final Consumer<PreparedRestore> onRestoreReady;
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty passphraseMessage = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty passphraseAgain = new SimpleStringProperty("");
    private final StringProperty passphraseState = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressMessage = new SimpleStringProperty("");
    private BackgroundTask.Running checking;

    /** {@code services}: the backups, the restorer, and the database in use (a restore compares with it). */
    public BackupsViewModel(UiContext context, Actor actor, Services services, Consumer<PreparedRestore> onRestoreReady) {
        this.context = context;
        this.services = services;
        this.actor = actor;
        this.onRestoreReady = onRestoreReady;
    }

    public String automaticBackupsText() {
        return context.localization().text("backups.automatic", services.dataDirectory().backups().toString());
    }

    public boolean mayRestore() {
        return actor.may(Permission.RESTORE_BACKUP);
    }

    public boolean mayManagePassphrase() {
        return actor.may(Permission.MANAGE_BACKUPS);
    }

    /** Whether a passphrase is set, said in words. */
    public void load() {
        BackgroundTask.of(() -> services.backups().hasPassphrase(actor))
                .onSuccess(set -> passphraseState.set(context.localization().text(set ? "backups.passphrase.set"
                        : "backups.passphrase.notSet")))
                .onFailure(passphraseMessage::set)
                .run(context.tasks(), context.localization());
    }

    public void savePassphrase() {
        char[] typed = passphrase.get().toCharArray();
        char[] again = passphraseAgain.get().toCharArray();
        passphraseMessage.set("");
        BackgroundTask.of(() -> {
                    services.backups().setPassphrase(actor, typed, again);
                    return null;
                })
                .onSuccess(done -> {
                    passphrase.set("");
                    passphraseAgain.set("");
                    passphraseMessage.set(context.localization().text("backups.passphrase.saved"));
                    load();
                })
                .onFailure(passphraseMessage::set)
                .run(context.tasks(), context.localization());
    }

    public void restore() {
        if (working.get()) {
            return;
        }
        context.dialogs().chooseBackupFile(context.localization().text("restore.chooseFile"))
                .ifPresent(file -> check(BackupRestorer.Request.of(file)));
    }

    /** Checks the backup; an encrypted one asks for its passphrase, an unprovable one for the administrator's word. */
    private void check(BackupRestorer.Request request) {
        var text = context.localization();
        working.set(true);
        message.set("");
        checking = BackgroundTask.of(listener -> services.restorer().prepare(actor, request,
                        services.database(), listener))
                .onFinished(() -> working.set(false))
                .onSuccess(prepared -> confirm(prepared, request.archive()))
                .onFailureException(failure -> {
                    if (failure instanceof PassphraseNeededException) {
                        context.dialogs().askSecret(text.text("restore.askPassphrase", request.archive().getFileName()))
                                .ifPresent(secret -> check(new BackupRestorer.Request(request.archive(), secret, false)));
                        return true;
                    }
                    if (failure instanceof UnverifiedBackupException
                            && context.dialogs().confirmDangerous(text.text("restore.confirmUnverified",
                            request.archive().getFileName()))) {
                        check(new BackupRestorer.Request(request.archive(), request.passphrase(), true));
                        return true;
                    }
                    return false;
                })
                .onFailure(message::set)
                .run(context.tasks(), text);
        progress.bind(checking.progressProperty());
        progressMessage.bind(checking.messageProperty());
    }

    private void confirm(PreparedRestore prepared, Path file) {
        var text = context.localization();
        Duration age = Duration.between(prepared.madeAt(), context.clock().instant());
        if (context.dialogs().confirmDangerous(text.text("restore.confirm", file.getFileName().toString(),
                text.formatDateTime(prepared.madeAt()), text.formatAge(age), text.formatNumber(prepared.rows())))) {
            onRestoreReady.accept(prepared);
        } else {
            message.set(text.text("restore.notDone"));
        }
    }

    public void cancel() {
        if (checking != null) {
            checking.cancel();
        }
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty passphraseMessageProperty() {
        return passphraseMessage;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty passphraseAgainProperty() {
        return passphraseAgain;
    }

    public StringProperty passphraseStateProperty() {
        return passphraseState;
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
