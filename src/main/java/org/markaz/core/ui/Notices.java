package org.markaz.core.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Short confirmations ("Saved", "Printed to …") that appear at the foot of the window, in the
 * middle, and go away by themselves (ControlsFX notifications): the user sees the action worked
 * without a dialog to close, and a refusal never looks like one of them (refusals stay next to
 * their field). A notice is a window of its own, and would take the clicks meant for what it lies
 * over (a field at the foot of a tab, a button in a corner) for its four seconds: so it steps aside
 * as soon as the pointer comes over it.
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
        List<Window> before = List.copyOf(Window.getWindows());
        Notifications.create()
                .owner(near.getScene().getWindow())
                .text(text)
                .position(Pos.BOTTOM_CENTER)
                .hideAfter(SHOWN_FOR)
                .hideCloseButton()
                .styleClass("markaz-notice")
                .show();
        // ControlsFX shows each notice in a popup of its own and does not hand it out: it is the new window
        Window.getWindows().stream()
                .filter(window -> window instanceof PopupWindow && !before.contains(window) && window.getScene() != null)
                .forEach(Notices::stepAsideForThePointer);
    }

    /**
     * Hides the notice when the pointer moves or presses over it; not when it merely appears under
     * a pointer standing still (some systems then say "entered"): the user just clicked there and
     * must see it.
     */
    private static void stepAsideForThePointer(Window notice) {
        for (javafx.event.EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_MOVED, MouseEvent.MOUSE_DRAGGED,
                MouseEvent.MOUSE_PRESSED)) {
            notice.getScene().addEventFilter(type, event -> {
                event.consume();
                notice.hide();
            });
        }
    }
}
