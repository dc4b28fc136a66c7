package org.markaz.beds;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.children.ChildrenService;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.FieldErrors;
import org.markaz.core.ui.UiContext;
import org.markaz.core.ui.UserAction;
import org.markaz.shared.ChildRow;

/**
 * The form that puts a child on the waiting list: the child found by typing, the unit, the first
 * night wanted and how many nights, the priority (1 most urgent) and the reason. The service
 * judges it; a refusal lands beside its field and nothing is written.
 */
public final class RequestFormViewModel implements SavingForm {

    static final List<Integer> PRIORITIES = List.of(1, 2, 3);

    private final UiContext context;
    private final Actor actor;
    private final BedsService beds;
    private final ChildrenService children;
    private final Consumer<String> onSaved;
    private final FieldErrors errors = new FieldErrors();
    private final StringProperty childSearch = new SimpleStringProperty("");
    private final ObservableList<ChildRow> childMatches = FXCollections.observableArrayList();
    private final ObjectProperty<ChildRow> child = new SimpleObjectProperty<>();
    private final ObjectProperty<BedUnit> unit = new SimpleObjectProperty<>(BedUnit.RESPITE);
    private final ObjectProperty<LocalDate> wantedFrom = new SimpleObjectProperty<>();
    private final StringProperty nights = new SimpleStringProperty("3");
    private final ObjectProperty<Integer> priority = new SimpleObjectProperty<>(2);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty saved = new SimpleBooleanProperty();
    private final UserAction action;

    RequestFormViewModel(UiContext context, Actor actor, BedsService beds, ChildrenService children, Consumer<String> onSaved) {
        this.context = context;
        this.actor = actor;
        this.beds = beds;
        this.children = children;
        this.onSaved = onSaved;
        this.action = new UserAction(context, busy, message);
        wantedFrom.set(LocalDate.now(context.clock()).plusDays(1));
        childSearch.addListener((obs, old, typed) -> search(typed));
    }

    private void search(String typed) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        BackgroundTask.of(() -> children.search(actor, typed, false))
                .onSuccess(found -> {
                    if (typed.equals(childSearch.get())) {
                        childMatches.setAll(found.size() > 50 ? found.subList(0, 50) : found);
                        // the best match is chosen as the user types; the list offers the others
                        if (!childMatches.isEmpty() && !childMatches.contains(child.get())) {
                            child.set(childMatches.get(0));
                        }
                    }
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    /** Puts the request on the list; the dialog closes once it is saved. */
    @Override
    public void save() {
        BedRequest request = request();
        action.run(() -> beds.request(actor, request), id -> {
            saved.set(true);
            onSaved.accept(context.localization().text("beds.waiting.added"));
        }, errors);
    }

    /** Nights typed that are not a whole number go as 0, which the service refuses beside the field. */
    BedRequest request() {
        int typedNights;
        try {
            typedNights = Integer.parseInt(nights.get() == null ? "" : nights.get().trim());
        } catch (NumberFormatException notANumber) {
            typedNights = 0;
        }
        return new BedRequest(child.get() == null ? null : child.get().id(), unit.get(), wantedFrom.get(), typedNights,
                priority.get() == null ? 0 : priority.get(), reason.get());
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty childSearchProperty() {
        return childSearch;
    }

    public ObservableList<ChildRow> childMatches() {
        return childMatches;
    }

    public ObjectProperty<ChildRow> childProperty() {
        return child;
    }

    public ObjectProperty<BedUnit> unitProperty() {
        return unit;
    }

    public ObjectProperty<LocalDate> wantedFromProperty() {
        return wantedFrom;
    }

    public StringProperty nightsProperty() {
        return nights;
    }

    public ObjectProperty<Integer> priorityProperty() {
        return priority;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    @Override
    public StringProperty messageProperty() {
        return message;
    }

    @Override
    public BooleanProperty busyProperty() {
        return busy;
    }

    @Override
    public BooleanProperty savedProperty() {
        return saved;
    }
}
