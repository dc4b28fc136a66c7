package org.markaz.core.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.markaz.core.ProgramVersion;
import org.markaz.core.backup.BackupRetention;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.i18n.Localization;

/**
 * What someone helping a centre on the phone asks first: the program's version, where its data
 * is, how big the database is, when the last backup was made, and which Java and system run it.
 * Read from files only, so `markaz --version` works while the window holds the database.
 */
public record SupportInfo(String version, Path dataFolder, long databaseBytes, Optional<Instant> lastBackup,
                          String javaVersion, String system) {

    /** With the last backup the centre recorded (to a USB stick too), as the window knows it. */
    public static SupportInfo of(DataDirectory dataDirectory, Optional<Instant> lastBackup) {
        return new SupportInfo(ProgramVersion.current(), dataDirectory.root().toAbsolutePath(),
                databaseBytes(dataDirectory), lastBackup,
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    /** With the newest automatic backup in the data folder, for the command line, which does not open the database. */
    public static SupportInfo fromFiles(DataDirectory dataDirectory) {
        return of(dataDirectory, newestAutomaticBackup(dataDirectory));
    }

    /** "Label: value" lines in the user's language: shown on Settings > About and copied for support. */
    public List<String> lines(Localization text) {
        return List.of(
                text.text("about.version") + ": " + version,
                text.text("about.dataFolder") + ": " + dataFolder,
                text.text("about.databaseSize") + ": " + text.text("about.megabytes", databaseBytes / 1_048_576.0),
                text.text("about.lastBackup") + ": " + lastBackup.map(text::formatDateTime).orElse(text.text("about.noBackup")),
                text.text("about.java") + ": " + javaVersion,
                text.text("about.system") + ": " + system);
    }

    private static long databaseBytes(DataDirectory dataDirectory) {
        try {
            return Files.isRegularFile(dataDirectory.databaseFile()) ? Files.size(dataDirectory.databaseFile()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Instant> newestAutomaticBackup(DataDirectory dataDirectory) {
        if (!Files.isDirectory(dataDirectory.backups())) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dataDirectory.backups())) {
            List<Path> newestFirst = BackupRetention.newestFirst(files.toList());
            return newestFirst.isEmpty() ? Optional.empty()
                    : Optional.of(Files.getLastModifiedTime(newestFirst.get(0)).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
