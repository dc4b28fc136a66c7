package org.markaz.core.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.markaz.core.i18n.Localization;

/** Fills a combo box with values shown by their names in the user's language. */
public final class Choices {

    private Choices() {
    }

    public static <T> void install(ComboBox<T> comboBox, List<T> values, Function<T, String> text) {
        comboBox.getItems().setAll(values);
        Supplier<ListCell<T>> cells = () -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
        comboBox.setCellFactory(list -> cells.get());
        comboBox.setButtonCell(cells.get());
    }

    /** For enums that carry a message key. */
    public static <T> void installKeys(ComboBox<T> comboBox, T[] values, Function<T, String> nameKey, Localization localization) {
        install(comboBox, List.of(values), value -> localization.text(nameKey.apply(value)));
    }
}
