package org.markaz.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on a file in the data directory, held while one copy of Markaz (the
 * window or a command) works on the database. The OS releases it when the process dies, so a
 * power cut or kill never leaves a stale lock behind.
 */
public final class DatabaseLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link DatabaseInUseException} when another copy holds it. */
    public static DatabaseLock acquire(DataDirectory dataDirectory) {
        try {
            Files.createDirectories(dataDirectory.root());
            FileChannel channel = FileChannel.open(dataDirectory.lockFile(),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DatabaseInUseException(dataDirectory.root());
            }
            return new DatabaseLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
