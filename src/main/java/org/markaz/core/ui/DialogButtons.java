package org.markaz.core.ui;

import javafx.scene.control.ButtonType;
import org.markaz.core.i18n.Localization;

/**
 * A dialog's OK and Cancel in the user's language. JavaFX's own {@link ButtonType#OK} and
 * {@link ButtonType#CANCEL} take their text from the JVM's locale, and JavaFX has none in Russian
 * or Tajik: a Tajik dialog said "Cancel".
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    public static ButtonType ok(Localization text) {
        return new ButtonType(text.text("dialog.ok"), ButtonType.OK.getButtonData());
    }

    public static ButtonType cancel(Localization text) {
        return new ButtonType(text.text("dialog.cancel"), ButtonType.CANCEL.getButtonData());
    }
}
