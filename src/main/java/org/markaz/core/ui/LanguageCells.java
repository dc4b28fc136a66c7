package org.markaz.core.ui;

import java.util.function.Consumer;
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

    /** The same, showing {@code current} and telling {@code onChosen} when the user picks another. */
    public static void install(ComboBox<Language> comboBox, Localization localization, Language current,
                               Consumer<Language> onChosen) {
        install(comboBox, localization);
        comboBox.setValue(current);
        comboBox.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != old) {
                onChosen.accept(chosen);
            }
        });
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
