package org.markaz.core.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;

/** Shows each language by its own name in a combo box. */
public final class LanguageCells {

    private LanguageCells() {
    }

    public static void install(ComboBox<Language> comboBox, Localization localization) {
        comboBox.getItems().setAll(Language.values());
        comboBox.setCellFactory(list -> cell(localization));
        comboBox.setButtonCell(cell(localization));
    }

    private static ListCell<Language> cell(Localization localization) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Language item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : localization.text(item.nameKey()));
            }
        };
    }
}
