package org.markaz.shared;

import java.util.Map;

/**
 * What the children's share of the sample centre leaves for the later ones: the ids of the
 * children by their names in children.csv and of the carers by their keys in carers.csv, by which
 * the other files refer to them.
 */
public record SampleChildren(Map<String, Long> childIds, Map<String, Long> carerIds) {
}
