package org.markaz.testsupport;

import java.util.Map;
import org.markaz.app.Features;
import org.markaz.core.demo.Samples;

/**
 * The whole scale dataset (every feature's share, seed 42), generated once per test JVM and shared
 * by the feature tests that check their share of it: generating ten years takes seconds, and the
 * tests only read it. Nothing may write to it.
 */
public final class ScaleDataset {

    public static final long SEED = 42;

    private static TestServices shared;
    private static Map<String, Integer> written;

    private ScaleDataset() {
    }

    public static synchronized TestServices services() {
        if (shared == null) {
            shared = TestServices.inMemory();
            written = Map.copyOf(Samples.generateScaleDataset(shared.services(), Features.all(), SEED));
        }
        return shared;
    }

    /** The rows written per table, as the generator reported them. */
    public static synchronized Map<String, Integer> written() {
        services();
        return written;
    }
}
