package org.markaz.cli;

import java.util.List;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.feature.Feature;

/**
 * What the command line gets from the application, which composes Markaz: the features (whose
 * services every command builds) and how to open the window.
 */
public record Composition(List<Feature> features, WindowOpener openWindow) {

    /** Opens the window on a data folder and returns when it closes. */
    @FunctionalInterface
    public interface WindowOpener {
        /** {@code sampleIfEmpty}: the window first creates the sample centre if the folder has no centre. */
        void open(DataDirectory dataDirectory, boolean sampleIfEmpty);
    }
}
