package org.markaz.core.ui;

import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** Runs database and file work off the JavaFX thread, on daemon threads. */
public final class TaskExecutor implements AutoCloseable {

    private final ThreadPoolExecutor executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(2, new java.util.concurrent.ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "markaz-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    public <T> Task<T> execute(Task<T> task) {
        executor.execute(task);
        return task;
    }

    /** True when no background work is running or waiting (the benchmark waits for this). */
    public boolean isIdle() {
        return executor.getActiveCount() == 0 && executor.getQueue().isEmpty();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
