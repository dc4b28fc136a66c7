package org.markaz.core.backup;

import org.markaz.core.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.markaz.core.MarkazException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.ProgramActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the start-up check finds damage: the newest automatic backup of this PC that passes every
 * check a restore makes, ready to be swapped in. Nobody can sign in to a damaged database, so the
 * program acts itself; it only ever puts back this PC's own sealed backup, and keeps the damaged
 * database aside.
 */
public final class RepairService {

    private static final Logger LOG = LoggerFactory.getLogger(RepairService.class);
    private static final Actor REPAIR = ProgramActor.REPAIR.actor();

    private final BackupService backups;
    private final BackupRestorer restorer;

    public RepairService(BackupService backups, BackupRestorer restorer) {
        this.backups = backups;
        this.restorer = restorer;
    }

    /** Tries the automatic backups newest first; the first that checks out, prepared. */
    public Optional<BackupRestorer.PreparedRestore> newestGoodBackup(ProgressListener progress) {
        List<Path> candidates = backups.automaticBackups();
        for (int i = 0; i < candidates.size(); i++) {
            if (progress.isCancelled()) {
                throw new BackupCancelledException();
            }
            progress.progress(i, candidates.size(), "repair.step.checking");
            try {
                return Optional.of(restorer.prepare(REPAIR, BackupRestorer.Request.of(candidates.get(i)), null,
                        ProgressListener.NONE));
            } catch (MarkazException refused) {
                LOG.warn("Backup {} cannot repair the database: {}", candidates.get(i).getFileName(), refused.messageKey());
            }
        }
        return Optional.empty();
    }
}
