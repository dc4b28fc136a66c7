package org.markaz.core.ui;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;

/** Table cells that show a short text and keep the long one in a tooltip, for names too long for a column. */
public final class Cells {

    private Cells() {
    }

    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> shortWithTooltip(Function<T, String> shortText,
                                                                                     Function<T, String> fullText) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(shortText.apply(item));
                String full = fullText.apply(item);
                setTooltip(full.equals(getText()) ? null : new Tooltip(full));
            }
        };
    }
}
