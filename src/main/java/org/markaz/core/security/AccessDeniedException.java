package org.markaz.core.security;

import org.markaz.core.MarkazException;

/** The actor's role does not allow the action; nothing was done. */
public class AccessDeniedException extends MarkazException {
    public AccessDeniedException(Permission permission) {
        super("error.accessDenied", permission.name());
    }
}
