package org.markaz.aid;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.core.ui.FieldErrors;
import org.markaz.core.ui.UiContext;
import org.markaz.core.ui.UserAction;

/**
 * One form of an aid screen: its field errors and the message under its button, so a refusal lands
 * beside the form that caused it and not under another one on the same screen.
 */
public final class Form {

    private final FieldErrors errors = new FieldErrors();
    private final StringProperty message = new SimpleStringProperty("");
    private final UserAction action;

    Form(UiContext context, BooleanProperty busy) {
        this.action = new UserAction(context, busy, message);
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Runs the form's work in the background; a refusal goes beside its field and under the button. */
    <T> void run(Callable<T> work, Consumer<T> then) {
        action.run(work, then, errors);
    }
}
