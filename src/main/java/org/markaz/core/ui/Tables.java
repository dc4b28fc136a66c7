package org.markaz.core.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.TextAlignment;

/** What every table of the program does alike. */
public final class Tables {

    private Tables() {
    }

    /**
     * A column's name takes two lines when the column is narrow ("Анҷоми пешбинишуда"), rather
     * than losing its end: JavaFX's own header label never wraps, so each gets one that does.
     */
    public static void wrapHeaders(TableView<?> table) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (column.getGraphic() != null || column.getText() == null) {
                continue;
            }
            Label header = new Label(column.getText());
            header.setWrapText(true);
            header.setTextAlignment(TextAlignment.CENTER);
            header.setAlignment(Pos.CENTER);
            header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            header.prefWidthProperty().bind(column.widthProperty().subtract(8));
            column.setGraphic(header);
            column.setText(null);
        }
    }
}
