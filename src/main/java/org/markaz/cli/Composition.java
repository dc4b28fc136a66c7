package org.markaz.cli;

import java.util.List;
import java.util.function.Consumer;
import org.markaz.core.feature.Services;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.feature.Feature;

/**
 * What the command line gets from the application, which composes Markaz: the features (whose
 * services every command builds), how to open the window, and how to write the sample centre.
 */
public record Composition(List<Feature> features, Consumer<DataDirectory> openWindow, Consumer<Services> loadSample) {
}
