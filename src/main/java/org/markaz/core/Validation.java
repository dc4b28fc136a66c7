package org.markaz.core;

/** Small checks shared by services; each throws a {@link ValidationException} naming the field. */
public final class Validation {

    private Validation() {
    }

    /** Trims the value and refuses it when blank or longer than {@code maxLength}. */
    public static String required(String value, int maxLength, String fieldKey) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException("error.required", new FieldName(fieldKey));
        }
        return checkLength(trimmed, maxLength, fieldKey);
    }

    /** Trims the value; blank becomes null; refuses it when longer than {@code maxLength}. */
    public static String optional(String value, int maxLength, String fieldKey) {
        String trimmed = value == null ? "" : value.strip();
        return trimmed.isEmpty() ? null : checkLength(trimmed, maxLength, fieldKey);
    }

    private static String checkLength(String trimmed, int maxLength, String fieldKey) {
        if (trimmed.length() > maxLength) {
            throw new ValidationException("error.tooLong", new FieldName(fieldKey), maxLength);
        }
        return trimmed;
    }

    /** A message argument that is itself a bundle key (the name of a field), translated when shown. */
    public record FieldName(String key) {
    }
}
