package org.markaz.core.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Short confirmations ("Saved", "Printed to …") that appear by the window's lower right corner
 * and go away by themselves (ControlsFX notifications): the user sees the action worked without
 * a dialog to close, and a refusal never looks like one of them (refusals stay next to their field).
 */
public final class Notices {

    private static final Duration SHOWN_FOR = Duration.seconds(4);

    private Notices() {
    }

    /** Shows a confirmation over the window that holds {@code near}; call on the JavaFX thread. */
    public static void confirm(Node near, String text) {
        if (near.getScene() == null || near.getScene().getWindow() == null) {
            return; // the screen was closed meanwhile: nobody is there to read it
        }
        Notifications.create()
                .owner(near.getScene().getWindow())
                .text(text)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR)
                .hideCloseButton()
                .styleClass("markaz-notice")
                .show();
    }
}
