package org.markaz.aid;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.children.ChildrenService;
import org.markaz.core.centre.CentreService;
import org.markaz.core.Validation;
import org.markaz.core.ValidationException;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.UiContext;
import org.markaz.shared.FamilyRow;

/**
 * Handing aid to a family: find the family (as the bookkeeper may see it: code, district, carers),
 * list the items and quantities, record it. Past a monthly limit a director is asked to confirm;
 * anyone else is told a director must record it. Below, the hand-outs of the last three months.
 */
public final class HandoutViewModel {

    private final UiContext context;
    private final Actor actor;
    private final AidService aid;
    private final ChildrenService children;
    private final CentreService centres;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Form form;
    private final Form listing;

    private final StringProperty familyQuery = new SimpleStringProperty("");
    private final ObservableList<FamilyRow> families = FXCollections.observableArrayList();
    private final ObjectProperty<FamilyRow> family = new SimpleObjectProperty<>();
    private final ObservableList<StockLevel> items = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> on = new SimpleObjectProperty<>();
    private final ObjectProperty<HandoutReason> reason = new SimpleObjectProperty<>(HandoutReason.CRISIS);
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty requestedBy = new SimpleStringProperty("");
    private final StringProperty approvedBy = new SimpleStringProperty("");
    private final StringProperty handedOverBy = new SimpleStringProperty("");
    private final BooleanProperty received = new SimpleBooleanProperty(true);
    private final ObjectProperty<StockLevel> lineItem = new SimpleObjectProperty<>();
    private final StringProperty lineQuantity = new SimpleStringProperty("1");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<HandoutRow> recent = FXCollections.observableArrayList();
    private final ObjectProperty<HandoutRow> selected = new SimpleObjectProperty<>();

    public HandoutViewModel(UiContext context, Actor actor, AidService aid, ChildrenService children, CentreService centres) {
        this.context = context;
        this.actor = actor;
        this.aid = aid;
        this.children = children;
        this.centres = centres;
        this.form = new Form(context, busy);
        this.listing = new Form(context, busy);
        on.set(LocalDate.now(context.clock()));
        handedOverBy.set(actor.fullName());
    }

    /** An item and how many of it, as listed before the hand-out is recorded. */
    public record Line(StockLevel item, int quantity) {
    }

    public boolean mayKeep() {
        return actor.may(Permission.KEEP_AID);
    }

    /** The items with their stock, and the recent hand-outs. */
    public void load() {
        LocalDate today = LocalDate.now(context.clock());
        listing.run(() -> new Loaded(aid.stock(actor), aid.handouts(actor, today.minusMonths(3), today)), loaded -> {
            items.setAll(loaded.stock());
            recent.setAll(loaded.recent());
        });
    }

    private record Loaded(List<StockLevel> stock, List<HandoutRow> recent) {
    }

    public void searchFamilies() {
        String typed = familyQuery.get();
        form.run(() -> children.searchFamilies(actor, typed, false), families::setAll);
    }

    /** Fills the form from an approved request: its family, reason and what was asked, who asked and who approved. */
    public void startFrom(AidRequest request) {
        lines.clear();
        form.errors().clear();
        reason.set(request.reason());
        note.set(request.what());
        requestedBy.set(request.requestedByName());
        approvedBy.set(actor.fullName());
        familyQuery.set(request.familyCode());
        form.run(() -> children.searchFamilies(actor, request.familyCode(), false), found -> {
            families.setAll(found);
            family.set(found.stream().filter(row -> row.id() == request.familyId()).findFirst().orElse(null));
        });
    }

    public void addLine() {
        form.errors().clear();
        form.messageProperty().set("");
        if (lineItem.get() == null) {
            form.errors().set("aid.field.item", context.localization().text("error.required",
                    new Validation.FieldName("aid.field.item")));
            return;
        }
        int quantity;
        try {
            quantity = Integer.parseInt(lineQuantity.get().strip());
        } catch (NumberFormatException e) {
            quantity = 0;
        }
        if (quantity <= 0) {
            form.errors().set("aid.field.quantity", context.localization().text("error.aidNotPositive",
                    new Validation.FieldName("aid.field.quantity")));
            return;
        }
        long itemId = lineItem.get().item().id();
        lines.removeIf(line -> line.item().item().id() == itemId);
        lines.add(new Line(lineItem.get(), quantity));
        lineQuantity.set("1");
    }

    public void removeLine(Line line) {
        lines.remove(line);
    }

    public void record() {
        record(false);
    }

    private void record(boolean limitConfirmed) {
        FamilyRow chosen = family.get();
        Handout handout = new Handout(chosen == null ? 0 : chosen.id(), on.get(), reason.get(), note.get(), requestedBy.get(),
                approvedBy.get(), handedOverBy.get(), received.get(),
                lines.stream().map(line -> new Handout.Line(line.item().item().id(), line.quantity())).toList());
        form.run(() -> {
            if (chosen == null) {
                throw new ValidationException("error.required", new Validation.FieldName("aid.field.family"));
            }
            return aid.handOut(actor, handout, limitConfirmed);
        }, result -> {
            if (result instanceof HandoutResult.OverMonthlyLimit over) {
                askAboutLimit(over);
                return;
            }
            lines.clear();
            note.set("");
            context.dialogs().notice(context.localization().text("aid.handedOut", chosen.code()));
            load();
        });
    }

    private void askAboutLimit(HandoutResult.OverMonthlyLimit over) {
        Localization text = context.localization();
        String passed = over.items().stream().map(limit -> text.text("aid.limitLine", itemName(limit.itemId()),
                limit.limit(), limit.alreadyThisMonth(), limit.asked())).collect(Collectors.joining("\n"));
        if (!actor.may(Permission.CONFIRM_EXCEPTIONS)) {
            form.messageProperty().set(text.text("aid.limitNeedsDirector", passed));
            return;
        }
        if (context.dialogs().confirm(text.text("aid.limitConfirm", passed))) {
            record(true);
        }
    }

    private String itemName(long itemId) {
        return items.stream().filter(level -> level.item().id() == itemId).findFirst()
                .map(level -> level.item().name(actor.language())).orElse("#" + itemId);
    }

    public void confirmReceived() {
        HandoutRow row = selected.get();
        if (row == null) {
            return;
        }
        listing.run(() -> {
            aid.confirmReceived(actor, row.id());
            return row;
        }, done -> load());
    }

    /** Saves the selected hand-out's receipt as a PDF for the carer to sign, their names printed on it. */
    public void printReceipt() {
        HandoutRow row = selected.get();
        if (row == null) {
            listing.messageProperty().set(context.localization().text("aid.chooseHandout"));
            return;
        }
        Localization text = context.localization();
        context.dialogs().choosePdfToSave(text.text("aid.receipt.save"), "aid-receipt-" + row.id() + ".pdf")
                .ifPresent(file -> listing.run(() -> {
                    String carers = children.searchFamilies(actor, row.familyCode(), false).stream()
                            .filter(family -> family.id() == row.familyId()).findFirst()
                            .map(family -> family.carers().stream().map(FamilyRow.Carer::fullName)
                                    .collect(Collectors.joining(", "))).orElse("");
                    try (var out = java.nio.file.Files.newOutputStream(file)) {
                        HandoutReceiptPdf.write(row, carers, centres.name(), text, out);
                    }
                    return file;
                }, saved -> context.dialogs().notice(text.text("aid.report.saved", saved.toString()))));
    }

    /** Reverses the selected hand-out, asking why. */
    public void reverse() {
        HandoutRow row = selected.get();
        if (row == null) {
            return;
        }
        context.dialogs().askText(context.localization().text("aid.reverseWhy")).ifPresent(why -> listing.run(() -> {
            aid.reverseHandout(actor, row.id(), why);
            return row;
        }, done -> {
            context.dialogs().notice(context.localization().text("aid.reversed"));
            load();
        }));
    }

    public Form form() {
        return form;
    }

    public Form listing() {
        return listing;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty familyQueryProperty() {
        return familyQuery;
    }

    public ObservableList<FamilyRow> families() {
        return families;
    }

    public ObjectProperty<FamilyRow> familyProperty() {
        return family;
    }

    public ObservableList<StockLevel> items() {
        return items;
    }

    public ObjectProperty<LocalDate> onProperty() {
        return on;
    }

    public ObjectProperty<HandoutReason> reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty requestedByProperty() {
        return requestedBy;
    }

    public StringProperty approvedByProperty() {
        return approvedBy;
    }

    public StringProperty handedOverByProperty() {
        return handedOverBy;
    }

    public BooleanProperty receivedProperty() {
        return received;
    }

    public ObjectProperty<StockLevel> lineItemProperty() {
        return lineItem;
    }

    public StringProperty lineQuantityProperty() {
        return lineQuantity;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObservableList<HandoutRow> recent() {
        return recent;
    }

    public ObjectProperty<HandoutRow> selectedProperty() {
        return selected;
    }
}
