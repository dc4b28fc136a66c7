package org.markaz.today;

import org.markaz.core.backup.BackupService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.markaz.core.feature.TodayItem;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/** Today's backup card: when the last backup was made, highlighted when it is older than two days. */
public final class BackupTodayItem implements TodayItem {

    /** A backup older than this is worth a warning on the Today screen. */
    static final Duration WARNING_AGE = Duration.ofDays(2);

    private final BackupService backups;
    private final Clock clock;

    public BackupTodayItem(BackupService backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @Override
    public boolean isShownTo(Actor actor) {
        return true;
    }

    @Override
    public Card read(Actor actor, Localization text, LocalDate today) {
        Optional<Instant> last = backups.lastBackup(actor);
        List<String> lines = new ArrayList<>();
        lines.add(last.map(at -> text.text("today.backup.last", text.formatDateTime(at))).orElse(text.text("today.backup.none")));
        if (actor.may(Permission.MAKE_BACKUP)) {
            lines.add(text.text("today.backup.hint"));
            if (!backups.hasPassphrase(actor)) {
                lines.add(text.text(actor.may(Permission.MANAGE_BACKUPS) ? "today.backup.setPassphrase"
                        : "today.backup.askForPassphrase"));
            }
        } else {
            lines.add(text.text("today.backup.hintOthers"));
        }
        boolean old = last.map(at -> Duration.between(at, clock.instant()).compareTo(WARNING_AGE) > 0).orElse(true);
        return new Card("backup", text.text("today.backup.title"), lines, old);
    }
}
