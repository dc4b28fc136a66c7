package org.markaz.core.ui;

import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.markaz.core.MarkazException;
import org.markaz.core.backup.ProgressListener;
import org.markaz.core.i18n.Localization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work for the background with what to do on the JavaFX thread when it ends. A refusal
 * ({@link MarkazException}) becomes a sentence in the user's language; anything else is logged
 * once and shown as a general error.
 */
public final class BackgroundTask<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    /** Work that may report progress and notice cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressListener progress) throws Exception;
    }

    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<String> onFailure = message -> { };
    private java.util.function.Predicate<Throwable> handles = failure -> false;
    private Runnable onFinished = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public static <T> BackgroundTask<T> of(java.util.concurrent.Callable<T> work) {
        return new BackgroundTask<>(progress -> work.call());
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    /** Receives the message to show, already in the user's language. */
    public BackgroundTask<T> onFailure(Consumer<String> handler) {
        this.onFailure = handler;
        return this;
    }

    /**
     * Sees a failure first, as the exception: returns true when it dealt with it (a refusal that
     * asks the user something and tries again), and the message is then not shown.
     */
    public BackgroundTask<T> onFailureException(java.util.function.Predicate<Throwable> handler) {
        this.handles = handler;
        return this;
    }

    /** Runs after success or failure, e.g. to re-enable a button. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = handler;
        return this;
    }

    public Task<T> run(TaskExecutor executor, Localization localization) {
        WorkTask<T> task = new WorkTask<>(work, localization);
        task.setOnSucceeded(event -> {
            onFinished.run();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            onFinished.run();
            if (!handles.test(task.getException())) {
                onFailure.accept(describe(task.getException(), localization));
            }
        });
        task.setOnCancelled(event -> onFinished.run());
        return executor.execute(task);
    }

    private static final class WorkTask<T> extends Task<T> {
        private final Work<T> work;
        private final Localization localization;

        WorkTask(Work<T> work, Localization localization) {
            this.work = work;
            this.localization = localization;
        }

        @Override
        protected T call() throws Exception {
            return work.run(new ProgressListener() {
                @Override
                public void progress(long done, long total, String messageKey) {
                    updateProgress(done, total);
                    updateMessage(localization.text(messageKey));
                }

                @Override
                public boolean isCancelled() {
                    return WorkTask.this.isCancelled();
                }
            });
        }
    }

    public static String describe(Throwable failure, Localization localization) {
        if (failure instanceof MarkazException refusal) {
            return localization.message(refusal);
        }
        LOG.error("Unexpected failure", failure);
        return localization.text("error.unexpected");
    }
}
