package org.markaz.core;

/** Input the rules refuse; nothing was written. */
public class ValidationException extends MarkazException {
    public ValidationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
