package org.markaz.core.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.core.MarkazException;
import org.markaz.core.Validation;
import org.markaz.core.i18n.Localization;

/**
 * What is wrong with each field of a form, by the field's message key ("field.fullName"): a
 * refusal that names a field lands next to that field (the View decorates it), not far below the
 * button. A form's ViewModel keeps one and clears it before each try.
 */
public final class FieldErrors {

    private final Map<String, StringProperty> errors = new LinkedHashMap<>();

    /** The error shown next to a field ("" when none); the View binds its decoration to it. */
    public StringProperty of(String fieldKey) {
        return errors.computeIfAbsent(fieldKey, key -> new SimpleStringProperty(""));
    }

    public void clear() {
        errors.values().forEach(error -> error.set(""));
    }

    /** Puts a refusal next to the field it names, if it names one (the View marks the fields it shows). */
    public void show(Throwable failure, Localization text) {
        if (failure instanceof MarkazException refusal) {
            for (Object argument : refusal.arguments()) {
                if (argument instanceof Validation.FieldName field) {
                    of(field.key()).set(text.message(refusal));
                    return;
                }
            }
        }
    }

    /** Sets a field's error from the ViewModel's own checks (two passwords that differ, say). */
    public void set(String fieldKey, String message) {
        of(fieldKey).set(message);
    }

    public boolean any() {
        return errors.values().stream().anyMatch(error -> !error.get().isEmpty());
    }
}
