package org.markaz.core.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * One thing the user asked for, done in the background: refused while another is under way
 * ({@code busy}), the screen's message cleared first and set to the refusal if there is one.
 */
public final class UserAction {

    private final UiContext context;
    private final BooleanProperty busy;
    private final StringProperty message;

    public UserAction(UiContext context, BooleanProperty busy, StringProperty message) {
        this.context = context;
        this.busy = busy;
        this.message = message;
    }

    /**
     * The same, for a form: its field errors cleared first, and a refusal that names one of its
     * fields shown next to that field (and in the message, so it is read out in any case).
     */
    public <T> void run(Callable<T> work, Consumer<T> then, FieldErrors fields) {
        fields.clear();
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        BackgroundTask.of(work)
                .onFinished(() -> busy.set(false))
                .onSuccess(then)
                .onFailureException(failure -> {
                    fields.show(failure, context.localization());
                    return false;
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    public <T> void run(Callable<T> work, Consumer<T> then) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        BackgroundTask.of(work)
                .onFinished(() -> busy.set(false))
                .onSuccess(then)
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }
}
