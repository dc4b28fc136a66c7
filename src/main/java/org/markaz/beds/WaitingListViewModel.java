package org.markaz.beds;

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
import org.markaz.core.security.Permission;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.UiContext;
import org.markaz.core.ui.UserAction;
import org.markaz.shared.ServiceType;

/**
 * The waiting list, most urgent first, and the short stays that need a bed. A respite request
 * becomes a booking on the first bed free for its nights; a withdrawn one leaves the list.
 */
public final class WaitingListViewModel {

    private final UiContext context;
    private final Actor actor;
    private final BedsService beds;
    private final ChildrenService children;
    private final Runnable onBooked;
    private final ObservableList<WaitingRequest> requests = FXCollections.observableArrayList();
    private final ObservableList<NeedsBed> needingBeds = FXCollections.observableArrayList();
    private final ObjectProperty<WaitingRequest> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final UserAction action;

    public WaitingListViewModel(UiContext context, Actor actor, BedsService beds, ChildrenService children, Runnable onBooked) {
        this.context = context;
        this.actor = actor;
        this.beds = beds;
        this.children = children;
        this.onBooked = onBooked;
        this.action = new UserAction(context, busy, message);
    }

    public boolean mayBook() {
        return actor.may(Permission.BOOK_BEDS);
    }

    public void load() {
        BackgroundTask.of(() -> new Lists(beds.waitingList(actor), beds.needsABed(actor)))
                .onSuccess(lists -> {
                    requests.setAll(lists.requests());
                    needingBeds.setAll(lists.needingBeds());
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    private record Lists(java.util.List<WaitingRequest> requests, java.util.List<NeedsBed> needingBeds) {
    }

    /** A blank request form; once it is saved the list is read again and the user is told. */
    public RequestFormViewModel newRequest() {
        return new RequestFormViewModel(context, actor, beds, children, text -> {
            context.dialogs().notice(text);
            load();
        });
    }

    /** Books the chosen respite request on the first bed free for its nights. */
    public void bookFirstFreeBed() {
        WaitingRequest request = selected.get();
        if (request == null) {
            return;
        }
        if (request.unit() == BedUnit.MOTHER_AND_BABY) {
            message.set(context.localization().text("beds.waiting.motherInCalendar"));
            return;
        }
        action.run(() -> beds.bookFromRequest(actor, request.id(), ServiceType.RESIDENTIAL_RESPITE, BookingPurpose.FAMILY_RESPITE,
                null), booked -> {
                    if (booked.isEmpty()) {
                        message.set(context.localization().text("beds.waiting.noFreeBed", request.nights()));
                        return;
                    }
                    context.dialogs().notice(context.localization().text("beds.saved"));
                    load();
                    onBooked.run();
                });
    }

    public void withdraw() {
        WaitingRequest request = selected.get();
        if (request == null || !context.dialogs().confirmDangerous(context.localization().text("beds.waiting.confirmWithdraw",
                request.childName()))) {
            return;
        }
        action.run(() -> {
            beds.withdraw(actor, request.id());
            return null;
        }, done -> load());
    }

    public String unitText(BedUnit unit) {
        return context.localization().text(unit.nameKey());
    }

    public String dateText(java.time.LocalDate date) {
        return date == null ? "" : context.localization().formatDate(date);
    }

    public ObservableList<WaitingRequest> requests() {
        return requests;
    }

    public ObservableList<NeedsBed> needingBeds() {
        return needingBeds;
    }

    public ObjectProperty<WaitingRequest> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
