package org.markaz.aid;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.Validation;
import org.markaz.core.ValidationException;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.UiContext;

/**
 * The requests key workers made, waiting for those who keep the fund: approve one (the hand-out
 * form opens filled in from it) or decline it with a reason the key worker will read.
 */
public final class RequestsViewModel {

    private final UiContext context;
    private final Actor actor;
    private final AidService aid;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Form form;
    private final ObservableList<AidRequest> pending = FXCollections.observableArrayList();
    private final ObjectProperty<AidRequest> selected = new SimpleObjectProperty<>();
    private final StringProperty declineReason = new SimpleStringProperty("");
    /** What approving leads to: the hand-out form, filled in from the request. */
    private Consumer<AidRequest> onApproved = request -> { };

    public RequestsViewModel(UiContext context, Actor actor, AidService aid) {
        this.context = context;
        this.actor = actor;
        this.aid = aid;
        this.form = new Form(context, busy);
    }

    public void setOnApproved(Consumer<AidRequest> onApproved) {
        this.onApproved = onApproved;
    }

    public void load() {
        form.run(() -> aid.pendingRequests(actor), pending::setAll);
    }

    /** Approves the selected request and opens the hand-out form for it. */
    public void approve() {
        AidRequest request = selected.get();
        form.run(() -> {
            aid.decideRequest(actor, chosen(request).id(), true, null);
            return request;
        }, approved -> {
            load();
            onApproved.accept(approved);
        });
    }

    /** Declines the selected request with the reason typed. */
    public void decline() {
        AidRequest request = selected.get();
        String why = declineReason.get();
        form.run(() -> {
            aid.decideRequest(actor, chosen(request).id(), false, why);
            return request;
        }, declined -> {
            declineReason.set("");
            context.dialogs().notice(context.localization().text("aid.request.declinedNotice", declined.familyCode()));
            load();
        });
    }

    private static AidRequest chosen(AidRequest request) {
        if (request == null) {
            throw new ValidationException("error.aidChooseRequest", new Validation.FieldName("aid.field.request"));
        }
        return request;
    }

    public Form form() {
        return form;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<AidRequest> pending() {
        return pending;
    }

    public ObjectProperty<AidRequest> selectedProperty() {
        return selected;
    }

    public StringProperty declineReasonProperty() {
        return declineReason;
    }
}
