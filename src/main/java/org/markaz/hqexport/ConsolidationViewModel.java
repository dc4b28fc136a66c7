package org.markaz.hqexport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.MarkazException;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.FieldErrors;
import org.markaz.core.ui.UiContext;

/**
 * The consolidation screen (a headquarters copy of Markaz): the packages chosen, the periods asked
 * for (none: those the packages hold, as the command line does), a passphrase for encrypted ones
 * and the folder to write in; a refusal is shown beside the list, in the user's language.
 */
public final class ConsolidationViewModel {

    /** The periods field, where a period that does not read is shown. */
    public static final String PERIODS_FIELD = "hq.consolidate.periods";

    private final UiContext context;
    private final Actor actor;
    private final ConsolidationService service;
    private final ObservableList<Path> packages = FXCollections.observableArrayList();
    private final ObjectProperty<Path> selected = new SimpleObjectProperty<>();
    private final StringProperty periods = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressMessage = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();

    public ConsolidationViewModel(UiContext context, Actor actor, ConsolidationService service) {
        this.context = context;
        this.actor = actor;
        this.service = service;
        errors.of(PERIODS_FIELD);
        errors.of(HqExportService.FOLDER_FIELD);
        errors.of(ConsolidationService.PACKAGES_FIELD);
    }

    /** Asks for package files (several at once) and adds those not in the list yet. */
    public void addPackages() {
        Localization text = context.localization();
        List<Path> chosen = context.dialogs().chooseFilesToOpen(text.text("hq.consolidate.choosePackages"),
                text.text("hq.consolidate.fileType"), "*.zip", true);
        chosen.stream().map(Path::toAbsolutePath).filter(file -> !packages.contains(file)).forEach(packages::add);
        if (!chosen.isEmpty()) {
            errors.of(ConsolidationService.PACKAGES_FIELD).set("");
            message.set("");
        }
    }

    public void removeSelected() {
        Path chosen = selected.get();
        if (chosen != null && !busy.get()) {
            packages.remove(chosen);
            message.set("");
        }
    }

    public void chooseFolder() {
        context.dialogs().chooseFolder(context.localization().text("hq.consolidate.chooseFolder"))
                .ifPresent(chosen -> folder.set(chosen.toString()));
    }

    /** Checks every package and writes the combined files in the background; nothing is written on a refusal. */
    public void consolidate() {
        if (busy.get()) {
            return;
        }
        Localization text = context.localization();
        errors.clear();
        message.set("");
        Optional<List<ExportPeriod>> asked = periods(text);
        if (asked.isEmpty()) {
            return;
        }
        Path to = folder.get().isBlank() ? null : Path.of(folder.get().strip());
        List<Path> files = List.copyOf(packages);
        char[] key = passphrase.get().isEmpty() ? null : passphrase.get().toCharArray();
        busy.set(true);
        BackgroundTask.Running running = BackgroundTask.of(steps -> {
                    try {
                        return service.consolidate(actor, files, asked.get(), key, to, text, steps);
                    } finally {
                        if (key != null) {
                            Arrays.fill(key, '\0');
                        }
                    }
                })
                .onFinished(() -> busy.set(false))
                .onSuccess(done -> context.dialogs().notice(text.text("hq.consolidate.done", done.packages().size(),
                        done.files().stream().map(Path::toString).collect(Collectors.joining("\n")))))
                .onFailureException(failure -> {
                    errors.show(failure, text);
                    return false;
                })
                .onFailure(message::set)
                .run(context.tasks(), text);
        progress.bind(running.progressProperty());
        progressMessage.bind(running.messageProperty());
    }

    /** The periods typed (2026Q3, 2026-09 or 2026, separated by spaces or commas); empty when one does not read. */
    private Optional<List<ExportPeriod>> periods(Localization text) {
        List<ExportPeriod> asked = new ArrayList<>();
        for (String label : periods.get().strip().split("[\\s,;]+")) {
            if (label.isEmpty()) {
                continue;
            }
            try {
                ExportPeriod period = ExportPeriod.parse(label);
                if (!asked.contains(period)) {
                    asked.add(period);
                }
            } catch (MarkazException refusal) {
                errors.set(PERIODS_FIELD, text.message(refusal));
                message.set(text.message(refusal));
                return Optional.empty();
            }
        }
        return Optional.of(asked);
    }

    public ObservableList<Path> packages() {
        return packages;
    }

    public ObjectProperty<Path> selectedProperty() {
        return selected;
    }

    public StringProperty periodsProperty() {
        return periods;
    }

    public StringProperty periodsErrorProperty() {
        return errors.of(PERIODS_FIELD);
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty folderErrorProperty() {
        return errors.of(HqExportService.FOLDER_FIELD);
    }

    public StringProperty packagesErrorProperty() {
        return errors.of(ConsolidationService.PACKAGES_FIELD);
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressMessageProperty() {
        return progressMessage;
    }
}
