package org.markaz.core.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.core.MarkazException;
import org.markaz.core.ProgressListener;
import org.markaz.core.i18n.Localization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work for the background with what to do on the UI thread when it ends. A refusal
 * ({@link MarkazException}) becomes a sentence in the user's language; anything else is logged
 * once and shown as a general error. Long work reports progress and can be cancelled through the
 * {@link Running} handle.
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
    private Predicate<Throwable> handles = failure -> false;
    private Runnable onFinished = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
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
    public BackgroundTask<T> onFailureException(Predicate<Throwable> handler) {
        this.handles = handler;
        return this;
    }

    /** Runs when the work ends, whichever way (a cancelled one too), e.g. to re-enable a button. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = handler;
        return this;
    }

    public Running run(TaskExecutor executor, Localization localization) {
        Running running = new Running(executor, localization);
        executor.inBackground(() -> {
            T result;
            try {
                result = work.run(running);
            } catch (Throwable failure) {
                executor.onUiThread(() -> {
                    onFinished.run();
                    if (!running.isCancelled() && !handles.test(failure)) {
                        onFailure.accept(describe(failure, localization));
                    }
                });
                return;
            }
            executor.onUiThread(() -> {
                onFinished.run();
                if (!running.isCancelled()) {
                    onSuccess.accept(result);
                }
            });
        });
        return running;
    }

    /** A task under way: its progress and message for a progress bar, and cancelling it. */
    public static final class Running implements ProgressListener {
        private final TaskExecutor executor;
        private final Localization localization;
        private final DoubleProperty progress = new SimpleDoubleProperty(-1);
        private final StringProperty message = new SimpleStringProperty("");
        private volatile boolean cancelled;

        private Running(TaskExecutor executor, Localization localization) {
            this.executor = executor;
            this.localization = localization;
        }

        @Override
        public void progress(long done, long total, String messageKey) {
            String text = localization.text(messageKey);
            executor.onUiThread(() -> {
                progress.set(total <= 0 ? -1 : (double) done / total);
                message.set(text);
            });
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        /** Asks the work to stop; it stops at its next look, and neither its result nor its failure is shown. */
        public void cancel() {
            cancelled = true;
        }

        public ReadOnlyDoubleProperty progressProperty() {
            return progress;
        }

        public ReadOnlyStringProperty messageProperty() {
            return message;
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
