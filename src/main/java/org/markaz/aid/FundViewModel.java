package org.markaz.aid;

import java.time.LocalDate;
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
 * The fund: its balance (from the ledger), the ledger of the last twelve months, money received
 * (a grant or a donation, in somoni and, if it came so, in another currency with the rate) and the
 * reversal of a line entered by mistake.
 */
public final class FundViewModel {

    public static final int MONTHS_SHOWN = 12;

    private final UiContext context;
    private final Actor actor;
    private final AidService aid;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Form moneyIn;
    private final Form ledger;
    private final StringProperty balance = new SimpleStringProperty("");
    private final ObservableList<FundEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<FundEntry> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<FundEntryKind> kind = new SimpleObjectProperty<>(FundEntryKind.GRANT);
    private final ObjectProperty<LocalDate> on = new SimpleObjectProperty<>();
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<ForeignCurrency> currency = new SimpleObjectProperty<>();
    private final StringProperty originalAmount = new SimpleStringProperty("");
    private final StringProperty rate = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");

    public FundViewModel(UiContext context, Actor actor, AidService aid) {
        this.context = context;
        this.actor = actor;
        this.aid = aid;
        this.moneyIn = new Form(context, busy);
        this.ledger = new Form(context, busy);
        on.set(LocalDate.now(context.clock()));
    }

    public boolean mayKeep() {
        return actor.may(Permission.KEEP_AID);
    }

    public void load() {
        LocalDate today = LocalDate.now(context.clock());
        ledger.run(() -> new Loaded(aid.fundBalance(actor), aid.fundEntries(actor, today.minusMonths(MONTHS_SHOWN), today)),
                loaded -> {
                    balance.set(context.localization().text("aid.balance", Money.format(loaded.balance())));
                    entries.setAll(loaded.entries());
                });
    }

    private record Loaded(long balance, java.util.List<FundEntry> entries) {
    }

    public void recordMoneyIn() {
        FundEntryKind chosenKind = kind.get();
        LocalDate date = on.get();
        String from = source.get();
        String typedAmount = amount.get();
        ForeignCurrency foreign = currency.get();
        String typedOriginal = originalAmount.get();
        String typedRate = rate.get();
        String ref = reference.get();
        moneyIn.run(() -> aid.recordMoneyIn(actor, new MoneyIn(chosenKind, date, from,
                Money.parse(typedAmount, "aid.field.amountTjs"), foreign,
                foreign == null ? null : Money.parse(typedOriginal, "aid.field.originalAmount"),
                foreign == null ? null : Money.parse(typedRate, "aid.field.rate"), ref)), id -> {
                    source.set("");
                    amount.set("");
                    currency.set(null);
                    originalAmount.set("");
                    rate.set("");
                    reference.set("");
                    context.dialogs().notice(context.localization().text("aid.moneyRecorded"));
                    load();
                });
    }

    /** Reverses the selected line, asking why; a purchase's goods leave the stock with it. */
    public void reverse() {
        FundEntry entry = selected.get();
        if (entry == null) {
            return;
        }
        context.dialogs().askText(context.localization().text("aid.reverseWhy")).ifPresent(why -> ledger.run(
                () -> aid.reverseFundEntry(actor, entry.id(), why), id -> {
                    context.dialogs().notice(context.localization().text("aid.reversed"));
                    load();
                }));
    }

    public Form moneyIn() {
        return moneyIn;
    }

    public Form ledger() {
        return ledger;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty balanceProperty() {
        return balance;
    }

    public ObservableList<FundEntry> entries() {
        return entries;
    }

    public ObjectProperty<FundEntry> selectedProperty() {
        return selected;
    }

    public ObjectProperty<FundEntryKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> onProperty() {
        return on;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<ForeignCurrency> currencyProperty() {
        return currency;
    }

    public StringProperty originalAmountProperty() {
        return originalAmount;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty referenceProperty() {
        return reference;
    }
}
