package org.markaz.core.backup;

/** Why a backup was made. Daily and on-exit backups stay in the data directory; manual ones go where the user says. */
public enum BackupKind {
    DAILY("daily"),
    ON_EXIT("exit"),
    MANUAL("manual");

    private final String fileSuffix;

    BackupKind(String fileSuffix) {
        this.fileSuffix = fileSuffix;
    }

    public String fileSuffix() {
        return fileSuffix;
    }
}
