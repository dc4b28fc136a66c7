package org.markaz.core.ui;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * An area's screen as the shell keeps it: built the first time it is needed, then kept for the
 * rest of the sign-in and left as the user left it. Each time it is shown the keys go back to
 * where the user left them in it, or to {@code keysStart} the first time; then {@code onShown}
 * reloads what may have changed meanwhile, so showing a screen again costs little.
 */
public record AreaView(Parent root, Node keysStart, Runnable onShown) {

    /** A screen whose data changes only through itself: nothing to reload when shown again. */
    public static AreaView changedOnlyByItself(Parent root, Node keysStart) {
        return new AreaView(root, keysStart, () -> { });
    }
}
