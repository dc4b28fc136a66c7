package org.markaz.beds;

import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
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
import org.markaz.core.ui.DialogButtons;
import org.markaz.core.ui.TextMenus;
import org.markaz.shared.DischargeOutcome;

/**
 * Asks the day the child left and, when leaving that day ends the admission, where the child went:
 * the outcome comes first, chosen by the user (none is assumed), and the dialog is not confirmed
 * without it. Leaving on the planned morning keeps the admission open only when the child's next
 * stay begins that night; leaving another day always ends it.
 */
final class CheckOutDialog {

    record Answer(LocalDate leftOn, DischargeOutcome outcome, String note) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final DatePicker leftOn = new DatePicker();
    private final ComboBox<DischargeOutcome> outcome = new ComboBox<>();
    private final TextField note = new TextField();
    private final BooleanBinding endsAdmission;
    private final ButtonType ok;

    /**
     * @param plannedLeaving the morning after the booking's last night
     * @param endsOnPlannedDay whether leaving that morning ends the admission (no stay follows that night)
     */
    CheckOutDialog(Localization text, Window owner, LocalDate today, LocalDate plannedLeaving, boolean endsOnPlannedDay) {
        ok = DialogButtons.ok(text);
        dialog.initOwner(owner);
        dialog.setTitle(text.text("beds.checkOutTitle"));
        DateFields.install(leftOn, text);
        leftOn.setValue(today);
        leftOn.setId("leftOn");
        outcome.setId("checkOutOutcome");
        note.setId("checkOutNote");
        Choices.installKeys(outcome, DischargeOutcome.values(), DischargeOutcome::nameKey, text);
        outcome.setValue(null);
        outcome.setPromptText(text.text("beds.chooseOutcome"));
        endsAdmission = Bindings.createBooleanBinding(
                () -> endsOnPlannedDay || !plannedLeaving.equals(leftOn.getValue()), leftOn.valueProperty());
        Label explain = new Label(text.text("beds.checkOutEndsAdmission"));
        explain.setWrapText(true);
        explain.setMaxWidth(420);
        Label outcomeLabel = label(text.text("field.outcome"));
        Label noteLabel = label(text.text("field.dischargeNote"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(explain, 0, 0, 2, 1);
        grid.addRow(1, outcomeLabel, outcome);
        grid.addRow(2, noteLabel, note);
        grid.addRow(3, label(text.text("beds.field.leftOn")), leftOn);
        for (Node asked : new Node[] {explain, outcomeLabel, outcome, noteLabel, note}) {
            asked.visibleProperty().bind(endsAdmission);
            asked.managedProperty().bind(endsAdmission);
        }
        endsAdmission.addListener((obs, old, now) -> {
            if (dialog.getDialogPane().getScene() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        dialog.getDialogPane().setContent(grid);
        TextMenus.install(dialog.getDialogPane(), text);
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(text));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(leftOn.valueProperty().isNull()
                .or(endsAdmission.and(outcome.valueProperty().isNull())));
        dialog.setOnShown(event -> Platform.runLater(() -> (endsAdmission.get() ? outcome : leftOn).requestFocus()));
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    Optional<Answer> ask() {
        return dialog.showAndWait().filter(button -> button == ok)
                .map(ok -> new Answer(leftOn.getValue(), endsAdmission.get() ? outcome.getValue() : null,
                        endsAdmission.get() ? note.getText() : null));
    }
}
