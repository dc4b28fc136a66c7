package org.markaz.core.support;

import org.markaz.core.backup.BackupService;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/** Settings > About: the program, its data and its last backup, for anyone signed in. */
public final class SupportService {

    private final DataDirectory dataDirectory;
    private final BackupService backups;

    public SupportService(DataDirectory dataDirectory, BackupService backups) {
        this.dataDirectory = dataDirectory;
        this.backups = backups;
    }

    public SupportInfo info(Actor actor) {
        actor.require(Permission.VIEW_CENTRE);
        return SupportInfo.of(dataDirectory, backups.lastBackup(actor));
    }
}
