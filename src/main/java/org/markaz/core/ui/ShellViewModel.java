package org.markaz.core.ui;

import org.markaz.core.centre.CentreService;
import org.markaz.core.backup.BackupService;
import org.markaz.core.audit.AuditService;
import org.markaz.core.staff.AccountService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.centre.CentreDetails;

/**
 * The main window around the areas: who is signed in, the last backup, "Back up to..." with its
 * progress, the language, and signing out.
 */
public final class ShellViewModel {

    private final UiContext context;
    private final AccountService accountService;
    private final AuditService auditService;
    private final BackupService backupService;
    private final CentreService centreService;
    private final Actor actor;
    private final Consumer<Actor> onLanguageChanged;
    private final Runnable onSignOut;
    private final ChangeWatch changes;

    private final List<NavigationArea> areas;
    private final ObjectProperty<NavigationArea> area = new SimpleObjectProperty<>();
    private final StringProperty signedIn = new SimpleStringProperty("");
    private final StringProperty lastBackup = new SimpleStringProperty("");
    private final StringProperty centreName = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressMessage = new SimpleStringProperty("");
    private BackgroundTask.Running backupTask;

    public ShellViewModel(UiContext context, Actor actor, AccountService accountService, AuditService auditService,
                          BackupService backupService, CentreService centreService, List<NavigationArea> areas,
                          Consumer<Actor> onLanguageChanged, Runnable onSignOut) {
        this.areas = areas;
        this.area.set(areas.get(0));
        this.context = context;
        this.accountService = accountService;
        this.auditService = auditService;
        this.backupService = backupService;
        this.centreService = centreService;
        this.actor = actor;
        this.onLanguageChanged = onLanguageChanged;
        this.onSignOut = onSignOut;
        this.changes = new ChangeWatch(auditService, actor);
        signedIn.set(context.localization().text("status.signedIn", actor.fullName(),
                context.localization().text(actor.role().nameKey())));
        refresh();
    }

    /** Reads the centre's name and the last backup time in the background. */
    public void refresh() {
        BackgroundTask.of(() -> {
                    changes.changedSinceLastLook(); // what is read now is what a later look compares with
                    return new Status(centreService.current(actor).map(CentreDetails::name).orElse(""),
                            backupService.lastBackup(actor).orElse(null));
                })
                .onSuccess(status -> {
                    centreName.set(status.centreName());
                    lastBackup.set(status.lastBackup() == null ? context.localization().text("status.noBackup")
                            : context.localization().text("status.lastBackup",
                            context.localization().formatDateTime(status.lastBackup())));
                })
                .run(context.tasks(), context.localization());
    }

    /** Another area shown: the status again if anything was written meanwhile (the centre's name, in Settings). */
    public void refreshIfChanged() {
        changes.reloadIfChanged(context, this::refresh, message -> { });
    }

    private record Status(String centreName, Instant lastBackup) {
    }

    /** A backup was made in the background: show its time, and show the area again if it speaks of backups. */
    public void backupMade() {
        refresh();
        NavigationArea shown = area.get();
        if (shown != null && shown.id().equals("today")) {
            area.set(null);
            area.set(shown);
        }
    }

    /** The areas this user may open, by their shortcut digit. */
    public List<NavigationArea> areas() {
        return areas;
    }

    public boolean mayBackUp() {
        return actor.may(Permission.MAKE_BACKUP);
    }

    public void backUpTo() {
        if (working.get()) {
            return;
        }
        context.dialogs().chooseFolder(context.localization().text("backup.chooseFolder")).ifPresent(folder -> {
            working.set(true);
            backupTask = BackgroundTask.of(listener -> backupService.backUpTo(actor, folder, listener))
                    .onFinished(() -> working.set(false))
                    .onSuccess(file -> {
                        backupMade();
                        context.dialogs().showInformation(context.localization().text("backup.done", file.toString()));
                    })
                    .onFailure(context.dialogs()::showError)
                    .run(context.tasks(), context.localization());
            progress.bind(backupTask.progressProperty());
            progressMessage.bind(backupTask.messageProperty());
        });
    }

    public void cancelWork() {
        if (backupTask != null) {
            backupTask.cancel();
        }
    }

    public void changeLanguage(Language language) {
        if (language == null || language == actor.language()) {
            return;
        }
        BackgroundTask.of(() -> accountService.changeOwnLanguage(actor, language))
                .onSuccess(onLanguageChanged)
                .onFailure(context.dialogs()::showError)
                .run(context.tasks(), context.localization());
    }

    public void signOut() {
        onSignOut.run();
    }

    public Actor actor() {
        return actor;
    }

    public ObjectProperty<NavigationArea> areaProperty() {
        return area;
    }

    public StringProperty signedInProperty() {
        return signedIn;
    }

    public StringProperty lastBackupProperty() {
        return lastBackup;
    }

    public StringProperty centreNameProperty() {
        return centreName;
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
