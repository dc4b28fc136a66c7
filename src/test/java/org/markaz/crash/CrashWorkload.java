package org.markaz.crash;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.markaz.core.feature.Services;
import org.markaz.core.backup.BackupRestorer;
import org.markaz.core.ProgressListener;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.db.DatabaseLock;
import org.markaz.core.security.Actor;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.security.ProgramActor;
import org.markaz.core.staff.StaffDetails;

/**
 * The process {@link CrashTest} kills: opens a centre (migrating it if it is older) and works on it
 * as an office does, saying on standard output each thing it has finished, the moment it has:
 * {@code SAVED name} (a small save), {@code BACKUP file} (a daily backup), {@code COMPACTED} (the
 * compaction on close, and opening again), {@code RESTORING file} and {@code RESTORED file}.
 */
public final class CrashWorkload {

    private static final Actor ACTOR = ProgramActor.commandLine();

    private final DataDirectory dataDirectory;
    private final PrintStream out = System.out;
    private Database database;
    private Services services;

    private CrashWorkload(DataDirectory dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public static void main(String[] args) {
        DataDirectory dataDirectory = new DataDirectory(Path.of(args[0]));
        long seed = Long.parseLong(args[1]);
        try (DatabaseLock lock = DatabaseLock.acquire(dataDirectory)) {
            new CrashWorkload(dataDirectory).run(seed);
        }
    }

    private void run(long seed) {
        open();
        say("READY");
        Random random = new Random(seed);
        for (int n = 0; ; n++) {
            int roll = random.nextInt(100);
            if (roll < 82) {
                String name = "crash-" + seed + "-" + n;
                services.staff().addStaffMember(ACTOR, new StaffDetails(name, null, null, true), null);
                say("SAVED " + name);
            } else if (roll < 92) {
                Path made = services.backups().backUpOnExit();
                say("BACKUP " + made.getFileName());
            } else if (roll < 97) {
                database.closeCompacted();
                open();
                say("COMPACTED");
            } else {
                restoreNewest();
            }
        }
    }

    private void restoreNewest() {
        List<Path> backups = services.backups().automaticBackups();
        if (backups.isEmpty()) {
            return;
        }
        Path newest = backups.get(0);
        say("RESTORING " + newest.getFileName());
        BackupRestorer.PreparedRestore prepared = services.restorer().prepare(ACTOR, BackupRestorer.Request.of(newest),
                database, ProgressListener.NONE);
        database.close();
        services.restorer().swapIn(prepared);
        open();
        say("RESTORED " + newest.getFileName());
    }

    private void open() {
        database = Database.open(dataDirectory);
        services = Services.create(dataDirectory, database, Clock.systemDefaultZone(), new PasswordHasher(1_000),
                org.markaz.app.Features.all());
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
