package org.markaz.settings;

import org.markaz.core.staff.AccountService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.UiContext;

/** Every user's own account: a new password. */
public final class MyAccountViewModel {

    private final UiContext context;
    private final AccountService accountService;
    private final Actor actor;
    private final StringProperty currentPassword = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty newPasswordAgain = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public MyAccountViewModel(UiContext context, Actor actor, AccountService accountService) {
        this.context = context;
        this.accountService = accountService;
        this.actor = actor;
    }

    public String who() {
        return context.localization().text("account.who", actor.fullName(), actor.username(),
                context.localization().text(actor.role().nameKey()));
    }

    public void changePassword() {
        if (busy.get()) {
            return;
        }
        if (!newPassword.get().equals(newPasswordAgain.get())) {
            message.set(context.localization().text("error.passwordsDiffer"));
            return;
        }
        busy.set(true);
        char[] current = currentPassword.get().toCharArray();
        char[] chosen = newPassword.get().toCharArray();
        BackgroundTask.of(() -> {
                    accountService.changeOwnPassword(actor, current, chosen);
                    return Boolean.TRUE;
                })
                .onFinished(() -> busy.set(false))
                .onSuccess(done -> {
                    currentPassword.set("");
                    newPassword.set("");
                    newPasswordAgain.set("");
                    message.set(context.localization().text("account.passwordChanged"));
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    public StringProperty currentPasswordProperty() {
        return currentPassword;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty newPasswordAgainProperty() {
        return newPasswordAgain;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
