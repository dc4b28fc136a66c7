package org.markaz.aid;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.UiContext;

/**
 * A family's aid history, for the tab on the children screen's card; and for a key worker the
 * requests they made for the family, with their answers, and a form to ask for aid.
 */
public final class FamilyAidViewModel {

    private final UiContext context;
    private final Actor actor;
    private final AidService aid;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Form form;
    private final Form request;
    private final ObservableList<HandoutRow> history = FXCollections.observableArrayList();
    private final ObservableList<AidRequest> requests = FXCollections.observableArrayList();
    private final ObjectProperty<HandoutReason> reason = new SimpleObjectProperty<>(HandoutReason.CRISIS);
    private final StringProperty what = new SimpleStringProperty("");
    private long shownFamily;

    public FamilyAidViewModel(UiContext context, Actor actor, AidService aid) {
        this.context = context;
        this.actor = actor;
        this.aid = aid;
        this.form = new Form(context, new SimpleBooleanProperty());
        this.request = new Form(context, busy);
    }

    /** Whether this user asks for aid (key workers, the director) and so sees the request form. */
    public boolean mayRequest() {
        return actor.may(Permission.REQUEST_AID);
    }

    /** Reads the family's hand-outs (and this user's requests for it); none shown for no family. */
    public void show(Long familyId) {
        history.clear();
        requests.clear();
        request.errors().clear();
        request.messageProperty().set("");
        if (familyId == null) {
            shownFamily = 0;
            return;
        }
        shownFamily = familyId;
        form.run(() -> new Loaded(aid.familyHistory(actor, familyId), mayRequest()
                ? aid.myRequests(actor).stream().filter(r -> r.familyId() == familyId).toList() : List.of()), loaded -> {
            if (shownFamily == familyId) {
                history.setAll(loaded.history());
                requests.setAll(loaded.requests());
            }
        });
    }

    private record Loaded(List<HandoutRow> history, List<AidRequest> requests) {
    }

    /** Sends a request for aid for the family shown. */
    public void sendRequest() {
        long familyId = shownFamily;
        HandoutReason why = reason.get();
        String needed = what.get();
        request.run(() -> aid.requestAid(actor, familyId, why, needed), id -> {
            what.set("");
            context.dialogs().notice(context.localization().text("aid.request.sent"));
            show(familyId);
        });
    }

    public ObservableList<HandoutRow> history() {
        return history;
    }

    public ObservableList<AidRequest> requests() {
        return requests;
    }

    public Form form() {
        return form;
    }

    public Form request() {
        return request;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<HandoutReason> reasonProperty() {
        return reason;
    }

    public StringProperty whatProperty() {
        return what;
    }
}
