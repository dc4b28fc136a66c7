package org.markaz.core.ui;

import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;

/** Shows each language by its own name in a combo box. */
public final class LanguageCells {

    private LanguageCells() {
    }

    public static void install(ComboBox<Language> comboBox, Localization localization) {
        Choices.installKeys(comboBox, Language.values(), Language::nameKey, localization);
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
}
