package org.markaz.beds;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.DialogButtons;
import org.markaz.core.ui.TextMenus;

/** The end every beds dialog shares: the form's message under its fields, and OK that saves first. */
final class SavingDialogs {

    private SavingDialogs() {
    }

    /**
     * Adds the form's message on {@code row} of the grid, OK and Cancel; OK saves, and the dialog
     * closes once the form has saved, not before, so a refusal stays on screen beside its field.
     */
    static void finish(Dialog<ButtonType> dialog, GridPane grid, int row, SavingForm form, String messageId,
                       String okId, Localization text) {
        Label message = new Label();
        message.setId(messageId);
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.setMaxWidth(460);
        message.textProperty().bind(form.messageProperty());
        grid.add(message, 0, row, 2, 1);

        dialog.getDialogPane().setContent(grid);
        TextMenus.install(dialog.getDialogPane(), text);
        ButtonType okType = DialogButtons.ok(text);
        dialog.getDialogPane().getButtonTypes().addAll(okType, DialogButtons.cancel(text));
        Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
        ok.setId(okId);
        ok.disableProperty().bind(form.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.save();
        });
        form.savedProperty().addListener((obs, was, saved) -> {
            if (saved) {
                dialog.setResult(okType);
                dialog.close();
            }
        });
    }
}
