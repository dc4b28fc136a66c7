package org.markaz.core.ui;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Callback;

/** Table cells for texts longer than their column: wrapped over lines, the short ones with a tooltip saying more. */
public final class Cells {

    private Cells() {
    }

    /**
     * A short text (the column's value, so that {@link Tables#keepValuesWhole} measures what is
     * shown), wrapped over lines when the column is narrower, with the row's full text in a
     * tooltip when it says more.
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> shortWithTooltip(Function<S, String> fullText) {
        return column -> new WrappingCell<>(column) {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                S row = empty || item == null || getIndex() < 0 || getIndex() >= getTableView().getItems().size()
                        ? null : getTableView().getItems().get(getIndex());
                String full = row == null ? null : fullText.apply(row);
                setTooltip(full == null || full.equals(item) ? null : new Tooltip(full));
            }
        };
    }

    /** Text that wraps over as many lines as it needs within the column, for names that must be read whole. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> wrapping() {
        return WrappingCell::new;
    }

    private static class WrappingCell<S> extends TableCell<S, String> {
        private final Text text = new Text();

        WrappingCell(TableColumn<S, String> column) {
            text.getStyleClass().add("wrapping-cell-text");
            // centred on its letters as the cells' own text is, not on the line's box (2 px higher)
            text.setBoundsType(javafx.scene.text.TextBoundsType.LOGICAL_VERTICAL_CENTER);
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
    }
}
