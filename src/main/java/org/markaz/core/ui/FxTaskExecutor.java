package org.markaz.core.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** Two daemon threads for background work; results go back through {@link Platform#runLater}. */
public final class FxTaskExecutor implements TaskExecutor {

    private final AtomicInteger threads = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "markaz-background-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void inBackground(Runnable work) {
        pending.incrementAndGet();
        executor.execute(() -> {
            try {
                work.run();
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    @Override
    public void onUiThread(Runnable then) {
        pending.incrementAndGet();
        Platform.runLater(() -> {
            // counted until it starts: a callback may ask the user something and wait in a dialog
            pending.decrementAndGet();
            then.run();
        });
    }

    @Override
    public boolean isIdle() {
        return pending.get() == 0;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
