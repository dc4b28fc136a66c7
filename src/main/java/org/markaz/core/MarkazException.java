package org.markaz.core;

import java.util.Arrays;

/**
 * A refusal the user should read: carries a message-bundle key and its arguments, never a
 * sentence, so the screen can say it in the user's language.
 */
public class MarkazException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public MarkazException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public MarkazException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + messageKey + " " + Arrays.toString(arguments) + "]";
    }
}
