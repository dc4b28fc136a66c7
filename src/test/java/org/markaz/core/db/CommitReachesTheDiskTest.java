package org.markaz.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut loses what the operating system still holds in memory. So, when a transaction's
 * commit returns, every byte written to the database file must have been forced to the disk
 * (fsync). The database runs on a file system that counts the writes not yet forced.
 */
class CommitReachesTheDiskTest {

    private static final AtomicInteger UNFORCED_WRITES = new AtomicInteger();
    private static final AtomicInteger FORCES = new AtomicInteger();

    static {
        FilePath.register(new ForceCountingPath());
    }

    @TempDir
    Path temp;

    @Test
    void everyCommittedTransactionIsForcedToTheDisk() {
        try (Database database = Database.openUrl("jdbc:h2:" + ForceCountingPath.SCHEME + ":"
                + temp.resolve("markaz").toAbsolutePath() + Database.DURABLE_OPTIONS)) {
            for (int i = 0; i < 5; i++) {
                int forcesBefore = FORCES.get();
                String name = "test." + i;
                database.transactions().run(tx -> tx
                        .execute("insert into setting (name, setting_value) values (?, ?)", name, "1"));
                assertEquals(0, UNFORCED_WRITES.get(), "bytes of commit " + i + " were still only in memory");
                assertTrue(FORCES.get() > forcesBefore, "commit " + i + " forced nothing");
            }
            int forcesBefore = FORCES.get();
            database.transactions().run(tx -> tx.fetch("select * from setting"));
            assertEquals(forcesBefore, FORCES.get(), "a transaction that only read waits for no disk");
        }
    }

    @Test
    void nestedTransactionsForceTheDiskOnceWhenTheOutermostCommits() {
        try (Database database = Database.openUrl("jdbc:h2:" + ForceCountingPath.SCHEME + ":"
                + temp.resolve("nested").toAbsolutePath() + Database.DURABLE_OPTIONS)) {
            Transactions transactions = database.transactions();
            int forcesBefore = FORCES.get();
            int[] forcesInside = new int[1];
            transactions.run(tx -> {
                tx.execute("insert into setting (name, setting_value) values ('a', '1')");
                transactions.run(inner -> inner.execute("insert into setting (name, setting_value) values ('b', '1')"));
                transactions.run(inner -> inner.execute("insert into setting (name, setting_value) values ('c', '1')"));
                forcesInside[0] = FORCES.get();
            });
            assertEquals(forcesBefore, forcesInside[0], "a nested commit forced the disk before the outermost one");
            assertEquals(0, UNFORCED_WRITES.get());
            assertEquals(forcesBefore + 1, FORCES.get(), "the outermost commit forces exactly once");
        }
    }

    /** Opens files through {@link ForceCountingChannel}. */
    public static final class ForceCountingPath extends FilePathWrapper {
        static final String SCHEME = "forcecount";

        @Override
        public String getScheme() {
            return SCHEME;
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            return new ForceCountingChannel(getBase().open(mode));
        }
    }

    /** Passes everything to the real file, counting writes since the last force. */
    static final class ForceCountingChannel extends FileBase {
        private final FileChannel base;

        ForceCountingChannel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            UNFORCED_WRITES.incrementAndGet();
            return base.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            UNFORCED_WRITES.incrementAndGet();
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
            UNFORCED_WRITES.set(0);
            FORCES.incrementAndGet();
        }

        @Override
        public java.nio.channels.FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
