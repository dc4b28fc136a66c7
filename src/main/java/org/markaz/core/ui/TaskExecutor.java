package org.markaz.core.ui;

/**
 * Where work runs: database and file work off the JavaFX thread, and what to do with its result
 * back on it. The window uses {@link FxTaskExecutor}; ViewModel tests use
 * {@link SameThreadTaskExecutor}, which runs both at once on the test's thread, with no screen.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Runs {@code work} away from the UI thread. */
    void inBackground(Runnable work);

    /** Runs {@code then} on the UI thread. */
    void onUiThread(Runnable then);

    /** True when no background work or UI callback is running or waiting (tests and the benchmark wait for this). */
    boolean isIdle();

    @Override
    default void close() {
    }
}
