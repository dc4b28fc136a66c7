package org.markaz.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.core.ProgressListener;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.TaskExecutor;

/**
 * The screen the window opens on while the centre is opened (and, on a first start with
 * {@code --sample}, the sample centre created) off the JavaFX thread: what is being done and how
 * far it has come, or, if it failed, why, with a button to close Markaz.
 */
public final class StartingViewModel implements ProgressListener {

    /** What a progress bar shows as "working, how long unknown" (ProgressBar.INDETERMINATE_PROGRESS). */
    static final double INDETERMINATE = -1;

    private final Localization localization;
    private final TaskExecutor tasks;
    private final Runnable onClose;
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(INDETERMINATE);
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();

    /** {@code onClose} ends the program (the window's close button, or Close after a failure). */
    public StartingViewModel(Localization localization, TaskExecutor tasks, Runnable onClose) {
        this.localization = localization;
        this.tasks = tasks;
        this.onClose = onClose;
        message.set(localization.text("starting.opening"));
    }

    /** Called from the opening thread; the screen follows on the JavaFX thread. */
    @Override
    public void progress(long done, long total, String messageKey) {
        String text = localization.text(messageKey);
        tasks.onUiThread(() -> {
            progress.set(total <= 0 ? INDETERMINATE : (double) done / total);
            message.set(text);
        });
    }

    /** Opening failed: {@code why} is already in the user's language. Call on the JavaFX thread. */
    public void failed(String why) {
        failure.set(why);
        failed.set(true);
        progress.set(0);
    }

    public void close() {
        onClose.run();
    }

    public Localization localization() {
        return localization;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}
