package org.markaz.core.db;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.Table;
import org.markaz.db.Public;

/**
 * Which tables were written since a moment: for figures kept between screens (the export's
 * indicator tables) that are counted again only when a table they were counted from changed.
 * Every statement passes through here (all writes of the program go through jOOQ, the bulk
 * loads of the sample and scale data too), so a write nobody audits, a derived table's rows
 * among them, is seen as well.
 *
 * <p>A moment is a generation number. A transaction that wrote moves the generation on after it
 * ended (committed or rolled back), and marks its tables with the new generation; so what was
 * counted after reading generation {@code g} saw every write of a table marked {@code <= g}, and
 * a table marked later may hold rows the count did not see. A write statement whose table cannot
 * be told (plain SQL, DDL) marks every table.
 */
public final class TableWrites implements ExecuteListener {

    private static final Pattern WORDS = Pattern.compile("[^A-Za-z0-9_]+");
    private static final String EVERY_TABLE = "*";

    private final Set<String> tableNames = Public.PUBLIC.getTables().stream().map(Table::getName)
            .map(name -> name.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Long> writtenAt = new ConcurrentHashMap<>();
    /** The tables written by the transaction running on this thread (none: not in a transaction). */
    private final ThreadLocal<Set<String>> pending = new ThreadLocal<>();
    /** The tables read by the work being watched on this thread ({@link #readsOf}), or none. */
    private final ThreadLocal<Set<String>> reading = new ThreadLocal<>();

    /** The generation now: pass it to {@link #unchangedSince} later. Read it before counting. */
    public long now() {
        return generation.get();
    }

    /** Whether none of {@code tables} (names in any case) was written by a transaction ended after {@code moment}. */
    public boolean unchangedSince(Set<String> tables, long moment) {
        if (writtenAt.getOrDefault(EVERY_TABLE, 0L) > moment) {
            return false;
        }
        return tables.stream().allMatch(table -> writtenAt.getOrDefault(table.toUpperCase(Locale.ROOT), 0L) <= moment);
    }

    /** Runs {@code work} and returns what it returned with the tables its statements named (upper case). */
    public <T> Read<T> readsOf(Supplier<T> work) {
        Set<String> outer = reading.get();
        Set<String> tables = new HashSet<>();
        reading.set(tables);
        try {
            T result = work.get();
            if (outer != null) {
                outer.addAll(tables);
            }
            return new Read<>(result, Set.copyOf(tables));
        } finally {
            if (outer == null) {
                reading.remove();
            } else {
                reading.set(outer);
            }
        }
    }

    /** What a watched piece of work returned, and the tables it read. */
    public record Read<T>(T result, Set<String> tables) {
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        Set<String> readBy = reading.get();
        if (ctx.type() == ExecuteType.READ) {
            if (readBy != null) {
                readBy.addAll(tablesIn(ctx.sql()));
            }
            return;
        }
        Set<String> written = new HashSet<>();
        String[] batch = ctx.batchSQL();
        if (batch != null && batch.length > 0) {
            for (String sql : batch) {
                written.addAll(tablesIn(sql));
            }
        } else {
            written.addAll(tablesIn(ctx.sql()));
        }
        if (written.isEmpty() || ctx.type() == ExecuteType.DDL) {
            written.add(EVERY_TABLE);
        }
        if (readBy != null) {
            readBy.addAll(written);
        }
        Set<String> inTransaction = pending.get();
        if (inTransaction != null) {
            inTransaction.addAll(written);
        } else {
            mark(written); // a statement outside a transaction has committed by now
        }
    }

    private Set<String> tablesIn(String sql) {
        Set<String> named = new HashSet<>();
        if (sql == null) {
            return named;
        }
        for (String word : WORDS.split(sql)) {
            String upper = word.toUpperCase(Locale.ROOT);
            if (tableNames.contains(upper)) {
                named.add(upper);
            }
        }
        return named;
    }

    void transactionStarts() {
        pending.set(new HashSet<>());
    }

    /** After the outermost transaction ended, committed or not: its tables are marked written now. */
    void transactionEnds() {
        Set<String> written = pending.get();
        pending.remove();
        if (written != null && !written.isEmpty()) {
            mark(written);
        }
    }

    private void mark(Set<String> tables) {
        long moment = generation.incrementAndGet();
        tables.forEach(table -> writtenAt.merge(table, moment, Math::max));
    }
}
