package org.markaz.core.ui;

/**
 * Runs background work and its result at once, on the caller's thread: a ViewModel tested with it
 * needs no screen and no waiting, and its state can be read as soon as a command returns.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    @Override
    public void inBackground(Runnable work) {
        work.run();
    }

    @Override
    public void onUiThread(Runnable then) {
        then.run();
    }

    @Override
    public boolean isIdle() {
        return true;
    }
}
