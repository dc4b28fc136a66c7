package org.markaz.core.ui;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Callback;

/** Table cells for texts longer than their column: shortened with a tooltip, or wrapped over lines. */
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

    /** Text that wraps over as many lines as it needs within the column, for names that must be read whole. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> wrapping() {
        return column -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("wrapping-cell-text");
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
            }
        };
    }
}
