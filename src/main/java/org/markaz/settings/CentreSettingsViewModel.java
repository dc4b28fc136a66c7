package org.markaz.settings;

import org.markaz.core.centre.CentreService;
import org.markaz.core.centre.CentreDetails;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.UiContext;

/** The centre's details: shown to everyone, changed by administrators. */
public final class CentreSettingsViewModel {

    private final UiContext context;
    private final CentreService centreService;
    private final Actor actor;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty directorName = new SimpleStringProperty("");
    private final StringProperty absenceAlertDays = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public CentreSettingsViewModel(UiContext context, Actor actor, CentreService centreService) {
        this.context = context;
        this.centreService = centreService;
        this.actor = actor;
    }

    public boolean mayEdit() {
        return actor.may(Permission.EDIT_CENTRE);
    }

    public void load() {
        BackgroundTask.of(() -> centreService.absenceAlertDays(actor))
                .onSuccess(days -> absenceAlertDays.set(Integer.toString(days)))
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
        BackgroundTask.of(() -> centreService.current(actor))
                .onSuccess(centre -> centre.ifPresent(this::show))
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        CentreDetails typed = new CentreDetails(name.get(), code.get(), region.get(), address.get(), directorName.get());
        BackgroundTask.of(() -> centreService.update(actor, typed))
                .onFinished(() -> busy.set(false))
                .onSuccess(saved -> {
                    show(saved);
                    message.set(context.localization().text("settings.saved"));
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    /** Saves after how many days absent in a row a child shows on Today. */
    public void saveAbsenceAlertDays() {
        int days;
        try {
            days = Integer.parseInt(absenceAlertDays.get().strip());
        } catch (NumberFormatException e) {
            message.set(context.localization().text("error.absenceDaysRange", 1, 30));
            return;
        }
        busy.set(true);
        BackgroundTask.of(() -> {
                    centreService.setAbsenceAlertDays(actor, days);
                    return Boolean.TRUE;
                })
                .onFinished(() -> busy.set(false))
                .onSuccess(done -> message.set(context.localization().text("settings.saved")))
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    public StringProperty absenceAlertDaysProperty() {
        return absenceAlertDays;
    }

    private void show(CentreDetails centre) {
        name.set(centre.name());
        code.set(centre.code());
        region.set(centre.region());
        address.set(centre.address());
        directorName.set(centre.directorName() == null ? "" : centre.directorName());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty directorNameProperty() {
        return directorName;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
