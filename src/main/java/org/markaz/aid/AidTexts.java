package org.markaz.aid;

import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.markaz.core.i18n.Localization;
import org.markaz.shared.FamilyRow;

/** How the aid screens write items, quantities, families and hand-outs in the user's language. */
final class AidTexts {

    private final Localization text;

    AidTexts(Localization text) {
        this.text = text;
    }

    String name(AidItem item) {
        return item.name(text.language());
    }

    /** "12 packs" style: the number and the item's unit. */
    String quantity(int quantity, AidUnit unit) {
        return text.text("aid.quantityOf", quantity, text.text(unit.nameKey()));
    }

    String stock(StockLevel level) {
        return text.text("aid.itemWithStock", name(level.item()), quantity(level.onHand(), level.item().details().unit()));
    }

    String family(FamilyRow family) {
        String carers = family.carers().stream().map(FamilyRow.Carer::fullName).collect(Collectors.joining(", "));
        return family.code() + " · " + family.district() + (carers.isEmpty() ? "" : " · " + carers);
    }

    String items(HandoutRow row) {
        return row.items().stream().map(item -> name(item.item()) + " × " + item.quantity()).collect(Collectors.joining(", "));
    }

    String state(HandoutRow row) {
        if (row.reversed()) {
            return text.text("aid.state.reversed");
        }
        return text.text(row.receivedConfirmed() ? "aid.state.received" : "aid.state.notConfirmed");
    }

    String money(long diram) {
        return Money.format(diram);
    }

    /** A list's or table's text while it is empty, wrapped so that it is never cut. */
    static javafx.scene.control.Label placeholder(String shown) {
        javafx.scene.control.Label label = new javafx.scene.control.Label(shown);
        label.setWrapText(true);
        label.setPadding(new javafx.geometry.Insets(4));
        return label;
    }

    static <T> void cells(ListView<T> list, Function<T, String> shown) {
        list.setCellFactory(view -> cell(shown));
    }

    static <T> void cells(ComboBox<T> combo, Function<T, String> shown) {
        combo.setCellFactory(view -> cell(shown));
        combo.setButtonCell(cell(shown));
    }

    private static <T> ListCell<T> cell(Function<T, String> shown) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : shown.apply(item));
            }
        };
    }
}
