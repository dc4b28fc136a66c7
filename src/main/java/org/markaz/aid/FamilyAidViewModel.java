package org.markaz.aid;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.UiContext;

/** A family's aid history, for the tab on the children screen's card. */
public final class FamilyAidViewModel {

    private final Actor actor;
    private final AidService aid;
    private final Form form;
    private final ObservableList<HandoutRow> history = FXCollections.observableArrayList();
    private long shownFamily;

    public FamilyAidViewModel(UiContext context, Actor actor, AidService aid) {
        this.actor = actor;
        this.aid = aid;
        this.form = new Form(context, new SimpleBooleanProperty());
    }

    /** Reads the family's hand-outs; none shown for no family. */
    public void show(Long familyId) {
        history.clear();
        if (familyId == null) {
            shownFamily = 0;
            return;
        }
        shownFamily = familyId;
        form.run(() -> aid.familyHistory(actor, familyId), rows -> {
            if (shownFamily == familyId) {
                history.setAll(rows);
            }
        });
    }

    public ObservableList<HandoutRow> history() {
        return history;
    }

    public Form form() {
        return form;
    }
}
