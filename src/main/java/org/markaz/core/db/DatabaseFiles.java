package org.markaz.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.markaz.core.FileTrees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database folder's changes that take more than one step on disk, each announced by a marker
 * file written (and forced to the disk) before it starts and removed when it is done: creating a
 * new database, migrating one to a new schema, swapping a restored one in, building a new one
 * aside (the sample centre, the scale dataset). A power cut in the middle leaves the marker; the
 * next start finds it, finishes or undoes the step, and says so ({@link #recover}).
 */
public final class DatabaseFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFiles.class);

    static final String CREATING = "db-creating.marker";
    static final String MIGRATING = "db-migrating.marker";
    static final String SWAPPING = "db-swapping.marker";
    static final String COPY_BEFORE_MIGRATION = "db-before-migration";
    /** Folders where a whole new database is built before it replaces db/ in one rename. */
    static final String BUILDING_PREFIX = "db-building-";

    private final DataDirectory dataDirectory;

    public DatabaseFiles(DataDirectory dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /**
     * Finishes or undoes whatever a killed process left half done; returns what happened as
     * message keys for the user (empty when there was nothing to do).
     */
    public List<String> recover() {
        List<String> notices = new ArrayList<>();
        Path root = dataDirectory.root();
        if (!Files.isDirectory(root)) {
            return notices;
        }
        if (Files.exists(root.resolve(SWAPPING))) {
            finishSwap(notices);
        }
        if (Files.exists(root.resolve(MIGRATING))) {
            Path copy = root.resolve(COPY_BEFORE_MIGRATION);
            if (Files.exists(copy.resolve(dataDirectory.databaseFile().getFileName()))) {
                FileTrees.delete(dataDirectory.databaseFolder());
                move(copy, dataDirectory.databaseFolder());
                notices.add("startup.migrationUndone");
                LOG.warn("An interrupted migration was found; the copy made before it was put back");
            }
            delete(root.resolve(MIGRATING));
        }
        if (Files.exists(root.resolve(CREATING))) {
            FileTrees.delete(dataDirectory.databaseFolder());
            delete(root.resolve(CREATING));
            notices.add("startup.creationUndone");
            LOG.warn("A database whose creation was interrupted was removed; it is created again");
        }
        try (Stream<Path> entries = Files.list(root)) {
            for (Path left : entries.filter(p -> p.getFileName().toString().startsWith(BUILDING_PREFIX)).toList()) {
                FileTrees.delete(left);
                notices.add("startup.buildDiscarded");
                LOG.warn("An interrupted bulk load was discarded: {}", left.getFileName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileTrees.delete(root.resolve(COPY_BEFORE_MIGRATION));
        return notices;
    }

    /** A restore swaps two folders; whichever rename the cut fell between, the restored database goes in. */
    private void finishSwap(List<String> notices) {
        Path root = dataDirectory.root();
        Path restored = Path.of(read(root.resolve(SWAPPING)));
        if (!Files.exists(dataDirectory.databaseFolder()) && Files.exists(restored)) {
            move(restored, dataDirectory.databaseFolder());
            notices.add("startup.restoreFinished");
            LOG.warn("An interrupted restore was finished");
        }
        delete(root.resolve(SWAPPING));
    }

    /** Runs the creation of a new database under the creating marker. */
    public void creating(Runnable create) {
        under(CREATING, "", create);
    }

    /**
     * Runs a migration of the existing database under the migrating marker, with a copy of the
     * database file made first; the copy goes when the migration is done.
     */
    public void migrating(Runnable migrate) {
        Path copy = dataDirectory.root().resolve(COPY_BEFORE_MIGRATION);
        FileTrees.delete(copy);
        try {
            Files.createDirectories(copy);
            Path file = copy.resolve(dataDirectory.databaseFile().getFileName());
            Files.copy(dataDirectory.databaseFile(), file, StandardCopyOption.COPY_ATTRIBUTES);
            force(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        under(MIGRATING, "", migrate);
        FileTrees.delete(copy);
    }

    /**
     * Puts {@code restored} (a checked database folder, closed) in place of db/, keeping the
     * current one in {@code aside}. Its files are forced to the disk first, so a power cut after
     * the rename cannot leave a file the system had not yet written (a database built aside does
     * not force its commits). Under the swapping marker: a cut between the two renames is
     * finished by the next start.
     */
    public void swapIn(Path restored, Path aside) throws IOException {
        List<Path> files;
        try (var listed = Files.list(restored)) {
            files = listed.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            force(file);
        }
        Path current = dataDirectory.databaseFolder();
        writeMarker(dataDirectory.root().resolve(SWAPPING), restored.toString());
        boolean hadDatabase = Files.exists(current);
        if (hadDatabase) {
            Files.move(current, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(restored, current, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadDatabase) {
                Files.move(aside, current, StandardCopyOption.ATOMIC_MOVE);
            }
            delete(dataDirectory.root().resolve(SWAPPING));
            throw e;
        }
        delete(dataDirectory.root().resolve(SWAPPING));
    }

    /** A folder beside db/ in which a whole new database is built; left over after a cut, {@link #recover} removes it. */
    public Path buildingFolder(String purpose) {
        return dataDirectory.root().resolve(BUILDING_PREFIX + purpose);
    }

    private void under(String marker, String content, Runnable work) {
        Path file = dataDirectory.root().resolve(marker);
        writeMarker(file, content);
        work.run();
        delete(file);
    }

    private static void writeMarker(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            force(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
