package org.markaz.core.ui;

import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import org.markaz.core.i18n.Localization;

/**
 * The right-click menu of every text field under a screen or a dialog, in the user's language:
 * JavaFX's own (Cut, Copy, Paste...) follows the JVM's locale, and JavaFX has none in Russian or
 * Tajik. The same commands, enabled as JavaFX enables them; a password is never cut or copied.
 */
public final class TextMenus {

    private TextMenus() {
    }

    /** Gives the text fields under {@code root} (now and later) their menu in {@code text}'s language. */
    public static void install(Node root, Localization text) {
        root.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            TextInputControl field = fieldOf(event.getTarget());
            if (field == null || field.getContextMenu() != null) {
                return; // not a text field, or one with a menu of its own
            }
            menu(field, text).show(field, event.getScreenX(), event.getScreenY());
            event.consume();
        });
    }

    private static TextInputControl fieldOf(EventTarget target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl field) {
                return field;
            }
        }
        return null;
    }

    private static ContextMenu menu(TextInputControl field, Localization text) {
        boolean editable = field.isEditable() && !field.isDisabled();
        boolean selected = field.getSelection().getLength() > 0;
        boolean secret = field instanceof PasswordField;
        return new ContextMenu(
                item(text.text("textMenu.undo"), field::undo, editable && field.isUndoable()),
                item(text.text("textMenu.redo"), field::redo, editable && field.isRedoable()),
                new SeparatorMenuItem(),
                item(text.text("textMenu.cut"), field::cut, editable && selected && !secret),
                item(text.text("textMenu.copy"), field::copy, selected && !secret),
                item(text.text("textMenu.paste"), field::paste, editable && Clipboard.getSystemClipboard().hasString()),
                item(text.text("textMenu.delete"), () -> field.deleteText(field.getSelection()), editable && selected),
                new SeparatorMenuItem(),
                item(text.text("textMenu.selectAll"), field::selectAll, field.getLength() > 0));
    }

    private static MenuItem item(String label, Runnable command, boolean enabled) {
        MenuItem item = new MenuItem(label);
        item.setOnAction(event -> command.run());
        item.setDisable(!enabled);
        return item;
    }
}
