package org.markaz.core.backup;

import org.markaz.core.MarkazException;

/** The backup is encrypted: ask the user for its passphrase and try again. */
public class PassphraseNeededException extends MarkazException {
    public PassphraseNeededException(String archive) {
        super("error.backupNeedsPassphrase", archive);
    }
}
