package org.markaz.core.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.markaz.core.i18n.Localization;

/**
 * Marks a form's fields the way ControlsFX does (a small red sign on the field, its message in a
 * tooltip and under the field's name): a field left empty that must be filled, a date that is no
 * date, and whatever the ViewModel's {@link FieldErrors} say about a field after a save was refused.
 */
public final class FieldDecorations {

    private final ValidationSupport support = new ValidationSupport();
    private final Localization text;

    public FieldDecorations(Localization text) {
        this.text = text;
        // nothing is marked before the user has touched the form
        support.setErrorDecorationEnabled(true);
    }

    /** The field's message from the ViewModel (a refusal naming it), shown while it is not empty. */
    public void showErrors(Control field, ObservableStringValue error) {
        support.registerValidator(field, false, (Control control, Object value) ->
                ValidationResult.fromErrorIf(control, error.get(), !error.get().isEmpty()));
        error.addListener((obs, old, now) -> {
            support.revalidate(field);
            field.setTooltip(now.isEmpty() ? null : new Tooltip(now));
        });
    }

    /** A field that must be filled in: marked as soon as it is left empty. */
    public void required(TextInputControl field, String fieldKey) {
        support.registerValidator(field, false, Validator.createEmptyValidator(
                text.text("error.required", new org.markaz.core.Validation.FieldName(fieldKey)), Severity.WARNING));
    }

    /**
     * A date typed by hand: marked at once when it is no date (31.02.2024), where the picker would
     * otherwise forget it quietly.
     */
    public void date(DatePicker picker) {
        support.registerValidator(picker, false, (Control control, Object value) -> {
            String typed = picker.getEditor().getText();
            return ValidationResult.fromErrorIf(control, text.text("error.notADate", typed == null ? "" : typed.strip(),
                    text.formatDate(LocalDate.of(2025, 3, 14))), typed != null && !typed.isBlank() && !parses(typed));
        });
        picker.getEditor().textProperty().addListener((obs, old, now) -> support.revalidate(picker));
    }

    private boolean parses(String typed) {
        try {
            LocalDate.parse(typed.strip(), text.dateFormat());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Whether any field is marked as wrong now (a form may refuse to save before asking the service). */
    public boolean anyError() {
        return support.getValidationResult().getErrors().size() > 0;
    }
}
