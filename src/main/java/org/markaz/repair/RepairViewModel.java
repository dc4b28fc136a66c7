package org.markaz.repair;

import org.markaz.core.backup.RepairService;
import org.markaz.core.backup.BackupRestorer;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.UiContext;

/**
 * The screen Markaz opens on instead of sign-in when its database is damaged: what was found,
 * the newest good backup and how much work since it would be lost, and putting it back.
 */
public final class RepairViewModel {

    private final UiContext context;
    private final RepairService repair;
    private final java.nio.file.Path dataFolder;
    private final Consumer<BackupRestorer.PreparedRestore> onRestore;
    private final StringProperty found = new SimpleStringProperty("");
    private final StringProperty offer = new SimpleStringProperty("");
    private final BooleanProperty canRestore = new SimpleBooleanProperty();
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private BackupRestorer.PreparedRestore newest;

    public RepairViewModel(UiContext context, RepairService repair, java.nio.file.Path dataFolder, List<String> problems,
                           Consumer<BackupRestorer.PreparedRestore> onRestore) {
        this.dataFolder = dataFolder;
        this.context = context;
        this.repair = repair;
        this.onRestore = onRestore;
        found.set(context.localization().text("repair.found", String.join("\n", problems)));
    }

    /** Looks for the newest backup that checks out, in the background. */
    public void search() {
        var text = context.localization();
        searching.set(true);
        offer.set(text.text("repair.searching"));
        BackgroundTask.of(repair::newestGoodBackup)
                .onFinished(() -> searching.set(false))
                .onSuccess(prepared -> {
                    newest = prepared.orElse(null);
                    canRestore.set(newest != null);
                    if (newest == null) {
                        offer.set(text.text("repair.noBackup", dataFolder.toString()));
                        return;
                    }
                    Duration age = Duration.between(newest.madeAt(), context.clock().instant());
                    offer.set(text.text("repair.offer", text.formatDateTime(newest.madeAt()), text.formatAge(age)));
                })
                .onFailure(offer::set)
                .run(context.tasks(), text);
    }

    public void restore() {
        if (newest != null && context.dialogs().confirmDangerous(context.localization().text("repair.confirm"))) {
            onRestore.accept(newest);
        }
    }

    public StringProperty foundProperty() {
        return found;
    }

    public StringProperty offerProperty() {
        return offer;
    }

    public BooleanProperty canRestoreProperty() {
        return canRestore;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }
}
