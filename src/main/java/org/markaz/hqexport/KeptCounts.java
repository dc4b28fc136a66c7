package org.markaz.hqexport;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.markaz.core.db.TableWrites;
import org.markaz.core.feature.IndicatorSource;
import org.markaz.core.feature.IndicatorValues;
import org.markaz.core.security.Actor;

/**
 * Each indicator source's values of a period, kept for the export screen until a table the
 * source read while counting them is written (ADR 0028). A register mark then counts again the
 * register's and reach's indicators only, and a screen opened again with nothing written counts
 * nothing. What was kept is always what a count now would give: the tables are the ones the
 * source's statements named ({@link TableWrites#readsOf}), not a list someone must keep up, and
 * a write is seen once its transaction has ended, whoever made it. A source reading a table only
 * by the period's dates ({@link IndicatorSource#tablesReadByDate}) keeps its figures after a write
 * dated outside the period: a register mark today leaves last quarter's figures kept.
 *
 * <p>The keys are few: a source and a period of the screen's list (at most some thirty periods
 * with the ones before them), each a few hundred values.
 */
final class KeptCounts {

    private record Kept(IndicatorValues values, Set<String> tables, long countedAt) {
    }

    private final TableWrites writes;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** One count of a source and period at a time: a second asker waits and takes the first one's values. */
    private final Map<String, Object> counting = new ConcurrentHashMap<>();

    KeptCounts(TableWrites writes) {
        this.writes = writes;
    }

    /** The moment to pass to {@link #values}: read before the transaction counting begins. */
    long now() {
        return writes.now();
    }

    /**
     * The source's values of the period: those kept if none of its tables was written since they
     * were counted, else counted now in {@code tx}, a transaction begun after {@code moment} was
     * read ({@link #now}): a write ending after that moment makes this count stale, seen or not.
     */
    IndicatorValues values(DSLContext tx, long moment, Actor actor, IndicatorSource source, ExportPeriod period) {
        String key = source.getClass().getName() + "|" + period.label();
        synchronized (counting.computeIfAbsent(key, k -> new Object())) {
            Kept found = kept.get(key);
            if (found != null && current(found, source, period)) {
                return found.values();
            }
            TableWrites.Read<IndicatorValues> read = writes.readsOf(() -> {
                IndicatorValues values = new IndicatorValues();
                source.compute(tx, actor, period.indicatorPeriod(), values);
                return values;
            });
            kept.put(key, new Kept(read.result(), read.tables(), moment));
            return read.result();
        }
    }

    /** Whether the source's values of the period are kept and still current (tests, the log). */
    boolean isCurrent(IndicatorSource source, ExportPeriod period) {
        Kept found = kept.get(source.getClass().getName() + "|" + period.label());
        return found != null && current(found, source, period);
    }

    private boolean current(Kept found, IndicatorSource source, ExportPeriod period) {
        return writes.unchangedSince(found.tables(), source.tablesReadByDate(), period.from(), period.to(), found.countedAt());
    }
}
