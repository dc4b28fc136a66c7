package org.markaz.core.feature;

import java.util.Map;

/**
 * A feature's part of the 10-year scale dataset (docs/design.md §5.1): the same rows for the same
 * seed on the same day, written in large batches. Returns the rows it wrote per table.
 */
@FunctionalInterface
public interface ScaleShare {
    Map<String, Integer> generate(ScaleContext context);
}
