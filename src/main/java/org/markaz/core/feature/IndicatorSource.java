package org.markaz.core.feature;

import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.markaz.core.security.Actor;

/**
 * A feature's indicators for headquarters (ADR 0020): the feature that owns the records counts
 * them, in one place, so the export, its screen and the tests cannot disagree about a definition.
 * A feature publishes its sources with {@link Feature#indicators}; the export asks each in turn.
 */
public interface IndicatorSource {

    /** The indicators this source computes, in the order of the export's table. */
    List<IndicatorDefinition> definitions();

    /**
     * Puts every value of {@link #definitions()} for the period into {@code values}, reading in the
     * caller's transaction ({@code tx}): one snapshot for the whole table. {@code actor} is who
     * asked, for a source that reuses a service checking its own permission.
     */
    void compute(DSLContext tx, Actor actor, IndicatorPeriod period, IndicatorValues values);

    /**
     * The tables this source reads only through rows dated in the period (a register mark by its
     * day), so that its figures kept for a period stay current after a write dated outside it
     * (core.db.TableWrites#dated). A table missing here is taken as read whole: safe, only slower.
     */
    default Set<String> tablesReadByDate() {
        return Set.of();
    }
}
