package org.markaz.core.feature;

/**
 * A feature's part of the sample centre (sample-data/khujand/), written through the feature's own
 * services so it obeys every rule and is audited. Runs inside the sample's one transaction, after
 * the shares of the features listed before it, whose records it finds in the context.
 */
@FunctionalInterface
public interface SampleShare {
    void load(SampleContext context);
}
