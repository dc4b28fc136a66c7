package org.markaz.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.audit.AuditService;
import org.markaz.core.feature.TodayItem;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.ChangeWatch;
import org.markaz.core.ui.UiContext;

/**
 * What needs attention today: the cards every feature puts here for this user. Read again when
 * the screen is shown after a write, on a new day, or five minutes on (a backup grows old).
 */
public final class TodayViewModel {

    private static final Duration FRESH_FOR = Duration.ofMinutes(5);

    private final UiContext context;
    private final Actor actor;
    private final List<TodayItem> items;
    private final ChangeWatch changes;
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty signedIn = new SimpleStringProperty("");
    private final ObservableList<TodayItem.Card> cards = FXCollections.observableArrayList();
    private LocalDate readOn;
    private Instant readAt;

    public TodayViewModel(UiContext context, Actor actor, AuditService audit, List<TodayItem> items) {
        this.context = context;
        this.actor = actor;
        this.items = items.stream().filter(item -> item.isShownTo(actor)).toList();
        this.changes = new ChangeWatch(audit, actor);
        var text = context.localization();
        signedIn.set(text.text("today.signedIn", actor.fullName(), text.text(actor.role().nameKey())));
    }

    /** Each time Today is shown: the date (the window may stay open overnight), then the cards if anything moved. */
    public void load() {
        var text = context.localization();
        LocalDate today = LocalDate.now(context.clock());
        Instant now = context.clock().instant();
        date.set(text.text("today.date", text.formatDate(today)));
        boolean stale = readAt == null || !today.equals(readOn) || Duration.between(readAt, now).compareTo(FRESH_FOR) > 0;
        BackgroundTask.of(() -> changes.changedSinceLastLook() || stale
                        ? Optional.of(items.stream().map(item -> item.read(actor, text, today)).toList())
                        : Optional.<List<TodayItem.Card>>empty())
                .onSuccess(read -> read.ifPresent(fresh -> {
                    readOn = today;
                    readAt = now;
                    cards.setAll(fresh);
                }))
                .onFailure(message -> {
                    changes.forget();
                    cards.setAll(new TodayItem.Card("error", text.text("dialog.error"), List.of(message), true));
                })
                .run(context.tasks(), text);
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty signedInProperty() {
        return signedIn;
    }

    public ObservableList<TodayItem.Card> cards() {
        return cards;
    }
}
