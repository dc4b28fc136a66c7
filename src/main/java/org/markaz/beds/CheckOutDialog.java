package org.markaz.beds;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.DateFields;
import org.markaz.shared.DischargeOutcome;

/** Asks the day the child left and, when the stay ends the admission, where the child went. */
final class CheckOutDialog {

    record Answer(LocalDate leftOn, DischargeOutcome outcome, String note) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final DatePicker leftOn = new DatePicker();
    private final ComboBox<DischargeOutcome> outcome = new ComboBox<>();
    private final TextField note = new TextField();
    private final boolean endsAdmission;

    CheckOutDialog(Localization text, Window owner, LocalDate today, boolean endsAdmission) {
        this.endsAdmission = endsAdmission;
        dialog.initOwner(owner);
        dialog.setTitle(text.text("beds.checkOutTitle"));
        DateFields.install(leftOn, text);
        leftOn.setValue(today);
        leftOn.setId("leftOn");
        outcome.setId("checkOutOutcome");
        note.setId("checkOutNote");
        Choices.installKeys(outcome, DischargeOutcome.values(), DischargeOutcome::nameKey, text);
        outcome.setValue(DischargeOutcome.RETURNED_TO_PARENTS);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label(text.text("beds.field.leftOn")), leftOn);
        if (endsAdmission) {
            Label explain = new Label(text.text("beds.checkOutEndsAdmission"));
            explain.setWrapText(true);
            explain.setMaxWidth(420);
            grid.add(explain, 0, 1, 2, 1);
            grid.addRow(2, label(text.text("field.outcome")), outcome);
            grid.addRow(3, label(text.text("field.dischargeNote")), note);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    Optional<Answer> ask() {
        return dialog.showAndWait().filter(button -> button == ButtonType.OK)
                .map(ok -> new Answer(leftOn.getValue(), endsAdmission ? outcome.getValue() : null, note.getText()));
    }
}
