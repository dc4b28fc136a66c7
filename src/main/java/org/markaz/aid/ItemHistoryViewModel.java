package org.markaz.aid;

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
import org.markaz.core.security.Permission;
import org.markaz.core.ui.UiContext;

/**
 * One item's stock ledger, the newest line first, and reversing one line of it (a donation in
 * kind, a stock-take or a write-off entered by mistake) with a reason. Purchases and hand-outs are
 * reversed as a whole on their own tabs; the service says so when one is chosen here.
 */
public final class ItemHistoryViewModel {

    private final Actor actor;
    private final AidService aid;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Form form;
    private final ObservableList<AidItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<AidItem> item = new SimpleObjectProperty<>();
    private final ObservableList<StockMove> moves = FXCollections.observableArrayList();
    private final ObjectProperty<StockMove> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final UiContext context;

    public ItemHistoryViewModel(UiContext context, Actor actor, AidService aid) {
        this.context = context;
        this.actor = actor;
        this.aid = aid;
        this.form = new Form(context, busy);
        item.addListener((obs, old, chosen) -> loadMoves());
    }

    public boolean mayKeep() {
        return actor.may(Permission.KEEP_AID);
    }

    /** The catalogue, keeping the item shown if it is still there. */
    public void load() {
        form.run(() -> aid.items(actor), loaded -> {
            AidItem shown = item.get();
            items.setAll(loaded);
            item.set(shown == null ? null : loaded.stream().filter(i -> i.id() == shown.id()).findFirst().orElse(null));
            loadMoves();
        });
    }

    /** Shows one item's history (from the stock tab). */
    public void show(AidItem chosen) {
        item.set(items.stream().filter(i -> i.id() == chosen.id()).findFirst().orElse(chosen));
    }

    private void loadMoves() {
        AidItem chosen = item.get();
        if (chosen == null) {
            moves.clear();
            return;
        }
        form.run(() -> aid.itemMoves(actor, chosen.id()), loaded -> {
            if (chosen.equals(item.get())) {
                moves.setAll(loaded);
            }
        });
    }

    /** Reverses the selected line with the reason typed. */
    public void reverse() {
        StockMove move = selected.get();
        String why = reason.get();
        form.run(() -> {
            if (move == null) {
                throw new ValidationException("error.aidChooseLine", new Validation.FieldName("aid.field.line"));
            }
            return aid.reverseStockMove(actor, move.id(), why);
        }, reversal -> {
            reason.set("");
            context.dialogs().notice(context.localization().text("aid.reversed"));
            loadMoves();
        });
    }

    public Form form() {
        return form;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<AidItem> items() {
        return items;
    }

    public ObjectProperty<AidItem> itemProperty() {
        return item;
    }

    public ObservableList<StockMove> moves() {
        return moves;
    }

    public ObjectProperty<StockMove> selectedProperty() {
        return selected;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
