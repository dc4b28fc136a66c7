package org.markaz.core.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Short confirmations ("Saved", "Printed to …") that appear at the foot of the window, in the
 * middle, and go away by themselves (ControlsFX notifications): the user sees the action worked
 * without a dialog to close, and a refusal never looks like one of them (refusals stay next to
 * their field). A notice is a window of its own and takes the clicks meant for what it lies over:
 * not by the lower right corner, where they were first and lay over the buttons screens keep
 * there ("Open case", "Save") for four seconds, nor at the top, over the screens' search fields;
 * at the foot's middle lie the status line and the ends of lists.
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
                .position(Pos.BOTTOM_CENTER)
                .hideAfter(SHOWN_FOR)
                .hideCloseButton()
                .styleClass("markaz-notice")
                .show();
    }
}
