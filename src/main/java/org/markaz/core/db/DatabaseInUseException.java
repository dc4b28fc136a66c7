package org.markaz.core.db;

import org.markaz.core.MarkazException;

/** Another copy of Markaz has this data directory open. */
public class DatabaseInUseException extends MarkazException {
    public DatabaseInUseException(java.nio.file.Path dataDirectory) {
        super("error.alreadyOpen", dataDirectory.toString());
    }
}
