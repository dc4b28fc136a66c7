package org.markaz.signin;

import org.markaz.core.centre.CentreService;
import org.markaz.core.staff.AccountService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Actor;
import org.markaz.core.staff.SignInResult;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.UiContext;

/** The sign-in form: a name, a password, and what went wrong, said plainly. */
public final class SignInViewModel {

    private final UiContext context;
    private final AccountService accountService;
    private final CentreService centreService;
    private final Consumer<Actor> onSignedIn;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<Language> language;
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty centreName = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SignInViewModel(UiContext context, AccountService accountService, CentreService centreService, Consumer<Actor> onSignedIn) {
        this.context = context;
        this.accountService = accountService;
        this.centreService = centreService;
        this.onSignedIn = onSignedIn;
        this.language = new SimpleObjectProperty<>(context.localization().language());
    }

    /** Reads the centre's name in the background; the form is usable meanwhile. */
    public void loadCentreName() {
        BackgroundTask.of(() -> centreService.name())
                .onSuccess(centreName::set)
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        if (username.get().isBlank() || password.get().isEmpty()) {
            message.set(context.localization().text("signIn.enterBoth"));
            return;
        }
        busy.set(true);
        message.set("");
        char[] typed = password.get().toCharArray();
        BackgroundTask.of(() -> accountService.signIn(username.get(), typed))
                .onFinished(() -> busy.set(false))
                .onSuccess(this::show)
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    private void show(SignInResult result) {
        var text = context.localization();
        if (result instanceof SignInResult.SignedIn signedIn) {
            password.set("");
            onSignedIn.accept(signedIn.actor());
        } else if (result instanceof SignInResult.WrongPassword wrong) {
            password.set("");
            message.set(text.text("signIn.wrong", wrong.attemptsLeft()));
        } else if (result instanceof SignInResult.Locked locked) {
            password.set("");
            String until = DateTimeFormatter.ofPattern("HH:mm").format(locked.until().atZone(ZoneId.systemDefault()));
            message.set(text.text("signIn.locked", until));
        } else {
            message.set(text.text("signIn.inactive"));
        }
    }

    /** The name and password typed in {@code before}, the form in the language the user just left: choosing a language wipes nothing. */
    public void keepTyped(SignInViewModel before) {
        username.set(before.username.get());
        password.set(before.password.get());
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty centreNameProperty() {
        return centreName;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
