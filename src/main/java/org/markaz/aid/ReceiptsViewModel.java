package org.markaz.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.MarkazException;
import org.markaz.core.Validation;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.UiContext;

/**
 * Goods coming in: a purchase (one supplier's receipt, its lines, paid from the fund) and a
 * donation in kind (goods given, with their estimated value).
 */
public final class ReceiptsViewModel {

    private final UiContext context;
    private final Actor actor;
    private final AidService aid;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Form purchase;
    private final Form donation;
    private final ObservableList<AidItem> items = FXCollections.observableArrayList();

    private final ObjectProperty<LocalDate> purchasedOn = new SimpleObjectProperty<>();
    private final StringProperty supplier = new SimpleStringProperty("");
    private final StringProperty receiptNumber = new SimpleStringProperty("");
    private final ObjectProperty<AidItem> lineItem = new SimpleObjectProperty<>();
    private final StringProperty lineQuantity = new SimpleStringProperty("");
    private final StringProperty linePrice = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> lineExpiresOn = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty total = new SimpleStringProperty("");

    private final ObjectProperty<LocalDate> donatedOn = new SimpleObjectProperty<>();
    private final StringProperty donor = new SimpleStringProperty("");
    private final ObjectProperty<AidItem> donatedItem = new SimpleObjectProperty<>();
    private final StringProperty donatedQuantity = new SimpleStringProperty("");
    private final StringProperty donatedValue = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> donatedExpiresOn = new SimpleObjectProperty<>();

    public ReceiptsViewModel(UiContext context, Actor actor, AidService aid) {
        this.context = context;
        this.actor = actor;
        this.aid = aid;
        this.purchase = new Form(context, busy);
        this.donation = new Form(context, busy);
        purchasedOn.set(LocalDate.now(context.clock()));
        donatedOn.set(LocalDate.now(context.clock()));
        lines.addListener((javafx.collections.ListChangeListener<Line>) change -> total.set(context.localization()
                .text("aid.total", Money.format(lines.stream().mapToLong(Line::totalDiram).sum()))));
        total.set(context.localization().text("aid.total", Money.format(0)));
    }

    /** A line of the purchase being entered. */
    public record Line(AidItem item, int quantity, BigDecimal unitPrice, LocalDate expiresOn) {
        public long totalDiram() {
            return unitPrice.movePointRight(2).longValue() * quantity;
        }
    }

    public void load() {
        purchase.run(() -> aid.items(actor), items::setAll);
    }

    /** Checks the line here (a whole positive number, a price with at most two decimals) and adds it to the purchase. */
    public void addLine() {
        purchase.errors().clear();
        purchase.messageProperty().set("");
        try {
            AidItem item = lineItem.get();
            if (item == null) {
                throw new org.markaz.core.ValidationException("error.required", new Validation.FieldName("aid.field.item"));
            }
            int quantity = wholeNumber(lineQuantity.get());
            BigDecimal price = Money.parse(linePrice.get(), "aid.field.unitPrice");
            Money.positiveDiram(price, "aid.field.unitPrice");
            lines.add(new Line(item, quantity, price, item.details().tracksExpiry() ? lineExpiresOn.get() : null));
            lineQuantity.set("");
            linePrice.set("");
        } catch (MarkazException refused) {
            purchase.errors().show(refused, context.localization());
            purchase.messageProperty().set(context.localization().message(refused));
        }
    }

    public void removeLine(Line line) {
        lines.remove(line);
    }

    public void recordPurchase() {
        Purchase bought = new Purchase(purchasedOn.get(), supplier.get(), receiptNumber.get(), lines.stream()
                .map(line -> new Purchase.Line(line.item().id(), line.quantity(), line.unitPrice(), line.expiresOn())).toList());
        purchase.run(() -> aid.recordPurchase(actor, bought), id -> {
            lines.clear();
            receiptNumber.set("");
            context.dialogs().notice(context.localization().text("aid.purchaseRecorded"));
        });
    }

    public void recordDonation() {
        AidItem item = donatedItem.get();
        LocalDate date = donatedOn.get();
        String from = donor.get();
        String typedQuantity = donatedQuantity.get();
        String typedValue = donatedValue.get();
        LocalDate expires = donatedExpiresOn.get();
        donation.run(() -> {
            if (item == null) {
                throw new org.markaz.core.ValidationException("error.required", new Validation.FieldName("aid.field.item"));
            }
            return aid.recordDonationInKind(actor, new Donation(date, from, item.id(), wholeNumber(typedQuantity),
                    Money.parse(typedValue, "aid.field.estimatedValue"), expires));
        }, id -> {
            donatedQuantity.set("");
            donatedValue.set("");
            context.dialogs().notice(context.localization().text("aid.donationRecorded"));
        });
    }

    /** A quantity typed: a whole number above zero. */
    static int wholeNumber(String typed) {
        try {
            int quantity = Integer.parseInt(typed == null ? "" : typed.strip());
            if (quantity > 0) {
                return quantity;
            }
        } catch (NumberFormatException e) {
            // refused below, with the field named
        }
        throw new org.markaz.core.ValidationException("error.aidNotPositive", new Validation.FieldName("aid.field.quantity"));
    }

    public ObservableList<AidItem> items() {
        return items;
    }

    public Form purchase() {
        return purchase;
    }

    public Form donation() {
        return donation;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<LocalDate> purchasedOnProperty() {
        return purchasedOn;
    }

    public StringProperty supplierProperty() {
        return supplier;
    }

    public StringProperty receiptNumberProperty() {
        return receiptNumber;
    }

    public ObjectProperty<AidItem> lineItemProperty() {
        return lineItem;
    }

    public StringProperty lineQuantityProperty() {
        return lineQuantity;
    }

    public StringProperty linePriceProperty() {
        return linePrice;
    }

    public ObjectProperty<LocalDate> lineExpiresOnProperty() {
        return lineExpiresOn;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty totalProperty() {
        return total;
    }

    public ObjectProperty<LocalDate> donatedOnProperty() {
        return donatedOn;
    }

    public StringProperty donorProperty() {
        return donor;
    }

    public ObjectProperty<AidItem> donatedItemProperty() {
        return donatedItem;
    }

    public StringProperty donatedQuantityProperty() {
        return donatedQuantity;
    }

    public StringProperty donatedValueProperty() {
        return donatedValue;
    }

    public ObjectProperty<LocalDate> donatedExpiresOnProperty() {
        return donatedExpiresOn;
    }
}
