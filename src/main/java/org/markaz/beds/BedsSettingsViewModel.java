package org.markaz.beds;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.FieldErrors;
import org.markaz.core.ui.UiContext;
import org.markaz.core.ui.UserAction;

/** The beds and rooms (administrator): the list, and a form for a new bed or the one chosen. */
public final class BedsSettingsViewModel {

    private final UiContext context;
    private final Actor actor;
    private final BedsService beds;
    private final Runnable onChanged;
    private final ObservableList<Bed> list = FXCollections.observableArrayList();
    private final ObjectProperty<Bed> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<BedUnit> unit = new SimpleObjectProperty<>(BedUnit.RESPITE);
    private final StringProperty room = new SimpleStringProperty("");
    private final StringProperty label = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> inUseFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> inUseTo = new SimpleObjectProperty<>();
    private final FieldErrors errors = new FieldErrors();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final UserAction action;

    public BedsSettingsViewModel(UiContext context, Actor actor, BedsService beds, Runnable onChanged) {
        this.context = context;
        this.actor = actor;
        this.beds = beds;
        this.onChanged = onChanged;
        this.action = new UserAction(context, busy, message);
        selected.addListener((obs, old, bed) -> show(bed));
        show(null);
    }

    public boolean mayManage() {
        return actor.may(Permission.MANAGE_BEDS);
    }

    public void load() {
        if (!mayManage()) {
            return;
        }
        BackgroundTask.of(() -> beds.beds(actor)).onSuccess(list::setAll).onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    private void show(Bed bed) {
        errors.clear();
        unit.set(bed == null ? BedUnit.RESPITE : bed.unit());
        room.set(bed == null ? "" : bed.room());
        label.set(bed == null ? "" : bed.label());
        inUseFrom.set(bed == null ? LocalDate.now(context.clock()) : bed.inUseFrom());
        inUseTo.set(bed == null ? null : bed.inUseTo());
    }

    /** Empties the form for a new bed. */
    public void newBed() {
        selected.set(null);
        show(null);
    }

    public void save() {
        Long id = selected.get() == null ? null : selected.get().id();
        BedDetails details = new BedDetails(unit.get(), room.get(), label.get(), inUseFrom.get(), inUseTo.get());
        action.run(() -> beds.saveBed(actor, id, details), savedId -> {
            context.dialogs().notice(context.localization().text("beds.bedSaved"));
            BackgroundTask.of(() -> beds.beds(actor)).onSuccess(all -> {
                list.setAll(all);
                selected.set(all.stream().filter(b -> b.id() == savedId).findFirst().orElse(null));
            }).onFailure(message::set).run(context.tasks(), context.localization());
            onChanged.run();
        }, errors);
    }

    public ObservableList<Bed> list() {
        return list;
    }

    public ObjectProperty<Bed> selectedProperty() {
        return selected;
    }

    public ObjectProperty<BedUnit> unitProperty() {
        return unit;
    }

    public StringProperty roomProperty() {
        return room;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<LocalDate> inUseFromProperty() {
        return inUseFrom;
    }

    public ObjectProperty<LocalDate> inUseToProperty() {
        return inUseTo;
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
