package org.markaz.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.core.security.Actor;
import org.markaz.core.support.SupportService;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.UiContext;

/** Settings > About: what support asks first, read off the JavaFX thread, and the text to copy for them. */
public final class AboutViewModel {

    private final UiContext context;
    private final Actor actor;
    private final SupportService support;
    private final StringProperty details = new SimpleStringProperty("");

    public AboutViewModel(UiContext context, Actor actor, SupportService support) {
        this.context = context;
        this.actor = actor;
        this.support = support;
    }

    public void load() {
        BackgroundTask.of(() -> String.join("\n", support.info(actor).lines(context.localization())))
                .onSuccess(details::set)
                .onFailure(details::set)
                .run(context.tasks(), context.localization());
    }

    /** Called once the details are on the clipboard: says so where the user looks. */
    public void copied() {
        context.dialogs().notice(context.localization().text("about.copied"));
    }

    /** The lines shown, and copied as they are. */
    public StringProperty detailsProperty() {
        return details;
    }
}
