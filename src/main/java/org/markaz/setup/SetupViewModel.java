package org.markaz.setup;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Role;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.UiContext;
import org.markaz.core.centre.CentreDetails;
import org.markaz.core.staff.NewAccount;
import org.markaz.core.staff.StaffDetails;

/** First start: describe the centre and its first administrator, or open the sample centre. */
public final class SetupViewModel {

    private final UiContext context;
    private final SetupService setupService;
    private final Runnable loadSample;
    private final Runnable onDone;

    private final StringProperty centreName = new SimpleStringProperty("");
    private final StringProperty centreCode = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty directorName = new SimpleStringProperty("");
    private final StringProperty adminFullName = new SimpleStringProperty("");
    private final StringProperty adminUsername = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final ObjectProperty<Language> language;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** {@code loadSample} writes the sample centre (every feature's share of it) into this data folder. */
    public SetupViewModel(UiContext context, SetupService setupService, Runnable loadSample, Runnable onDone) {
        this.context = context;
        this.setupService = setupService;
        this.loadSample = loadSample;
        this.onDone = onDone;
        this.language = new SimpleObjectProperty<>(context.localization().language());
    }

    /** What was typed, carried to the form shown again in another language (the password too: it is on screen). */
    public record Typed(String centreName, String centreCode, String region, String address, String directorName,
                        String adminFullName, String adminUsername, String password, String passwordAgain) {
    }

    public Typed typed() {
        return new Typed(centreName.get(), centreCode.get(), region.get(), address.get(), directorName.get(),
                adminFullName.get(), adminUsername.get(), password.get(), passwordAgain.get());
    }

    public void fill(Typed typed) {
        centreName.set(typed.centreName());
        centreCode.set(typed.centreCode());
        region.set(typed.region());
        address.set(typed.address());
        directorName.set(typed.directorName());
        adminFullName.set(typed.adminFullName());
        adminUsername.set(typed.adminUsername());
        password.set(typed.password());
        passwordAgain.set(typed.passwordAgain());
    }

    public void createCentre() {
        if (!password.get().equals(passwordAgain.get())) {
            message.set(context.localization().text("error.passwordsDiffer"));
            return;
        }
        CentreDetails centre = new CentreDetails(centreName.get(), centreCode.get(), region.get(), address.get(),
                directorName.get());
        StaffDetails administrator = new StaffDetails(adminFullName.get(), null, null, true);
        NewAccount account = new NewAccount(adminUsername.get(), Role.ADMINISTRATOR, language.get(),
                password.get().toCharArray());
        run(() -> setupService.createCentre(centre, administrator, account));
    }

    public void openSampleCentre() {
        run(loadSample);
        if (busy.get()) {
            // a month of the register is written one mark at a time: say why it takes a few seconds
            message.set(context.localization().text("setup.sample.loading"));
        }
    }

    private void run(Runnable work) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        BackgroundTask.of(() -> {
                    work.run();
                    return Boolean.TRUE;
                })
                .onFinished(() -> busy.set(false))
                .onSuccess(done -> {
                    password.set("");
                    passwordAgain.set("");
                    onDone.run();
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    public StringProperty centreNameProperty() {
        return centreName;
    }

    public StringProperty centreCodeProperty() {
        return centreCode;
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

    public StringProperty adminFullNameProperty() {
        return adminFullName;
    }

    public StringProperty adminUsernameProperty() {
        return adminUsername;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
