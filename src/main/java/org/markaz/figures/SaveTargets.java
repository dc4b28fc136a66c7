package org.markaz.figures;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the figures screens of one open centre ask for a file to save to: the window's file
 * chooser, unless something else was put in its place. A native file chooser cannot be driven
 * by a UI test (and headless Monocle has none), so the tests put their own answer here.
 */
public final class SaveTargets {

    private volatile ExportTargets replacement;

    /** Answers instead of the file chooser from now on (UI tests). */
    public void answerWith(ExportTargets targets) {
        this.replacement = targets;
    }

    /** The targets to ask: the replacement if one was given, else {@code fileChooser}; looked up at each question. */
    ExportTargets orElse(ExportTargets fileChooser) {
        return (format, suggestedName) -> {
            ExportTargets answering = replacement;
            return (answering != null ? answering : fileChooser).choose(format, suggestedName);
        };
    }

    /** Never asks: for ViewModel tests that do not save. */
    static final ExportTargets NONE = (format, suggestedName) -> Optional.<Path>empty();
}
