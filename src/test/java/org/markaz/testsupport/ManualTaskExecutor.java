package org.markaz.testsupport;

import java.util.ArrayDeque;
import java.util.Deque;
import org.markaz.core.ui.TaskExecutor;

/**
 * Holds background work until the test runs it, in the order the test chooses: so a ViewModel
 * can be shown an older answer arriving after a newer one (a slow load overtaken by a quick one).
 * The results' UI callbacks run at once, on the test's thread, as the window would run them next.
 */
public final class ManualTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> waiting = new ArrayDeque<>();

    @Override
    public void inBackground(Runnable work) {
        waiting.add(work);
    }

    @Override
    public void onUiThread(Runnable then) {
        then.run();
    }

    @Override
    public boolean isIdle() {
        return waiting.isEmpty();
    }

    public int waiting() {
        return waiting.size();
    }

    /** Runs the newest work waiting (the one asked for last). */
    public void runNewest() {
        waiting.removeLast().run();
    }

    /** Runs the oldest work waiting. */
    public void runOldest() {
        waiting.removeFirst().run();
    }

    /** Runs everything waiting, oldest first, including what it starts. */
    public void runAll() {
        while (!waiting.isEmpty()) {
            runOldest();
        }
    }
}
