package org.markaz.aid;

import java.time.LocalDate;
import java.util.List;
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
 * The items and their stock: every item with what is on the shelf; the selected item's batches;
 * its catalogue entry (a new one, or a change); and, on a batch, a stock-take or a write-off.
 */
public final class StockViewModel {

    private final UiContext context;
    private final Actor actor;
    private final AidService aid;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Form item;
    private final Form correction;
    private final ObservableList<StockLevel> stock = FXCollections.observableArrayList();
    private final ObjectProperty<StockLevel> selected = new SimpleObjectProperty<>();
    private final ObservableList<Batch> batches = FXCollections.observableArrayList();
    private final ObjectProperty<Batch> batch = new SimpleObjectProperty<>();

    private final StringProperty nameEn = new SimpleStringProperty("");
    private final StringProperty nameRu = new SimpleStringProperty("");
    private final StringProperty nameTg = new SimpleStringProperty("");
    private final ObjectProperty<AidCategory> category = new SimpleObjectProperty<>(AidCategory.FOOD);
    private final ObjectProperty<AidUnit> unit = new SimpleObjectProperty<>(AidUnit.PIECE);
    private final BooleanProperty tracksExpiry = new SimpleBooleanProperty();
    private final StringProperty monthlyLimit = new SimpleStringProperty("");

    private final StringProperty quantity = new SimpleStringProperty("");
    private final ObjectProperty<WriteOffCause> cause = new SimpleObjectProperty<>(WriteOffCause.EXPIRED);
    private final StringProperty reason = new SimpleStringProperty("");

    public StockViewModel(UiContext context, Actor actor, AidService aid) {
        this.context = context;
        this.actor = actor;
        this.aid = aid;
        this.item = new Form(context, busy);
        this.correction = new Form(context, busy);
        selected.addListener((obs, old, level) -> show(level));
    }

    public boolean mayKeep() {
        return actor.may(Permission.KEEP_AID);
    }

    public void load() {
        Long keep = selected.get() == null ? null : selected.get().item().id();
        item.run(() -> aid.stock(actor), levels -> {
            stock.setAll(levels);
            levels.stream().filter(level -> keep != null && level.item().id() == keep).findFirst().ifPresent(selected::set);
        });
    }

    private void show(StockLevel level) {
        item.errors().clear();
        correction.errors().clear();
        batches.clear();
        batch.set(null);
        if (level == null) {
            return;
        }
        ItemDetails details = level.item().details();
        nameEn.set(details.nameEn());
        nameRu.set(details.nameRu());
        nameTg.set(details.nameTg());
        category.set(details.category());
        unit.set(details.unit());
        tracksExpiry.set(details.tracksExpiry());
        monthlyLimit.set(details.monthlyLimit() == null ? "" : details.monthlyLimit().toString());
        long itemId = level.item().id();
        correction.run(() -> aid.batches(actor, itemId), found -> {
            batches.setAll(found);
            if (found.size() == 1) {
                batch.set(found.get(0));
            }
        });
    }

    /** Empties the item form for a new item. */
    public void newItem() {
        selected.set(null);
        nameEn.set("");
        nameRu.set("");
        nameTg.set("");
        category.set(AidCategory.FOOD);
        unit.set(AidUnit.PIECE);
        tracksExpiry.set(false);
        monthlyLimit.set("");
    }

    public void saveItem() {
        Long itemId = selected.get() == null ? null : selected.get().item().id();
        String typedLimit = monthlyLimit.get();
        ItemDetails details = new ItemDetails(nameEn.get(), nameRu.get(), nameTg.get(), category.get(), unit.get(),
                tracksExpiry.get(), null);
        item.run(() -> {
            Integer limit = typedLimit == null || typedLimit.isBlank() ? null : ReceiptsViewModel.wholeNumber(typedLimit);
            return aid.saveItem(actor, itemId, new ItemDetails(details.nameEn(), details.nameRu(), details.nameTg(),
                    details.category(), details.unit(), details.tracksExpiry(), limit));
        }, id -> {
            context.dialogs().notice(context.localization().text("aid.itemSaved"));
            selected.set(null);
            item.run(() -> aid.stock(actor), levels -> {
                stock.setAll(levels);
                levels.stream().filter(level -> level.item().id() == id).findFirst().ifPresent(selected::set);
            });
        });
    }

    /** Writes the count of the selected batch (the quantity field) against what the ledger expects. */
    public void stockTake() {
        StockLevel level = selected.get();
        Batch chosen = batch.get();
        String typed = quantity.get();
        String why = reason.get();
        LocalDate today = LocalDate.now(context.clock());
        correction.run(() -> {
            int counted;
            try {
                counted = Integer.parseInt(typed.strip());
            } catch (NumberFormatException e) {
                throw new ValidationException("error.aidCountedNegative", new Validation.FieldName("aid.field.quantity"));
            }
            return aid.stockTake(actor, new StockTake(today, itemOf(level), expiryOf(chosen), counted, why));
        }, this::corrected);
    }

    public void writeOff() {
        StockLevel level = selected.get();
        Batch chosen = batch.get();
        String typed = quantity.get();
        WriteOffCause why = cause.get();
        String note = reason.get();
        LocalDate today = LocalDate.now(context.clock());
        correction.run(() -> aid.writeOff(actor, new WriteOff(today, itemOf(level), expiryOf(chosen),
                ReceiptsViewModel.wholeNumber(typed), why, note)), this::corrected);
    }

    private void corrected(long moveId) {
        quantity.set("");
        reason.set("");
        context.dialogs().notice(context.localization().text("aid.stockCorrected"));
        load();
    }

    private static long itemOf(StockLevel level) {
        if (level == null) {
            throw new ValidationException("error.required", new Validation.FieldName("aid.field.item"));
        }
        return level.item().id();
    }

    private static LocalDate expiryOf(Batch chosen) {
        return chosen == null ? null : chosen.expiresOn();
    }


    public Form item() {
        return item;
    }

    public Form correction() {
        return correction;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<StockLevel> stock() {
        return stock;
    }

    public ObjectProperty<StockLevel> selectedProperty() {
        return selected;
    }

    public ObservableList<Batch> batches() {
        return batches;
    }

    public ObjectProperty<Batch> batchProperty() {
        return batch;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public StringProperty nameRuProperty() {
        return nameRu;
    }

    public StringProperty nameTgProperty() {
        return nameTg;
    }

    public ObjectProperty<AidCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<AidUnit> unitProperty() {
        return unit;
    }

    public BooleanProperty tracksExpiryProperty() {
        return tracksExpiry;
    }

    public StringProperty monthlyLimitProperty() {
        return monthlyLimit;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public ObjectProperty<WriteOffCause> causeProperty() {
        return cause;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
