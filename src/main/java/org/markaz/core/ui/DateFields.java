package org.markaz.core.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.markaz.core.i18n.Localization;

/** Date pickers that read and write dates the way the user's language does (dd.MM.yyyy). */
public final class DateFields {

    private DateFields() {
    }

    public static void install(DatePicker picker, Localization localization) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return localization.formatDate(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), localization.dateFormat());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
    }
}
