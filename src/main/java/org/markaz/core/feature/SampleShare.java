package org.markaz.core.feature;

/**
 * A feature's part of the sample centre (sample-data/khujand/), written through the feature's own
 * services so it obeys every rule and is audited. Runs after the shares of the features listed
 * before it, whose records it finds in the context.
 */
@FunctionalInterface
public interface SampleShare {
    void load(SampleContext context);

    /**
     * The earlier share after which this one may be written, when it reads nothing the shares
     * between them write (none: it follows every share before it). At a first start the sample
     * centre is built aside, and such a share is written there on a second thread, in its own
     * transaction, beside the shares between: the sample has a bar of 3 s on a two-core PC.
     */
    default Class<? extends SampleShare> readsOnlyUpTo() {
        return null;
    }
}
