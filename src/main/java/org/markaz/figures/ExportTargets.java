package org.markaz.figures;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user where to save a file of figures. The window asks with its file chooser
 * ({@link FileChooserTargets}); a test answers itself through {@link SaveTargets}.
 */
@FunctionalInterface
public interface ExportTargets {

    /** The file chosen, or empty when the user cancelled. {@code suggestedName} carries the period. */
    Optional<Path> choose(ExportFormat format, String suggestedName);
}
