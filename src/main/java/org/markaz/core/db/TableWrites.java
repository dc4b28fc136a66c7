package org.markaz.core.db;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
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
 *
 * <p>A write may also be dated ({@link #dated}): every row it writes has that date as the row's
 * date of its table (a register mark's day). Figures that read the table only through rows dated
 * in a period are then still current after a write dated outside it: the register marked today
 * leaves last quarter's figures as they were.
 */
public final class TableWrites implements ExecuteListener {

    private static final Pattern WORDS = Pattern.compile("[^A-Za-z0-9_]+");
    private static final String EVERY_TABLE = "*";
    private static final int REMEMBERED_STATEMENTS = 4_000;

    private final Set<String> tableNames = Public.PUBLIC.getTables().stream().map(Table::getName)
            .map(name -> name.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private final Map<String, Set<String>> namedBySql = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Long> writtenAt = new ConcurrentHashMap<>();
    /** Per table, the generation of the last dated write of each date; and of any dated write. */
    private final Map<String, ConcurrentSkipListMap<LocalDate, Long>> datedWrittenAt = new ConcurrentHashMap<>();
    private final Map<String, Long> anyDatedWrittenAt = new ConcurrentHashMap<>();
    /** The tables written by the transaction running on this thread (none: not in a transaction). */
    private final ThreadLocal<Writes> pending = new ThreadLocal<>();
    /** The dated write running on this thread ({@link #dated}), or none. */
    private final ThreadLocal<Dating> dating = new ThreadLocal<>();
    /** The tables read by the work being watched on this thread ({@link #readsOf}), or none. */
    private final ThreadLocal<Set<String>> reading = new ThreadLocal<>();

    /** The generation now: pass it to {@link #unchangedSince} later. Read it before counting. */
    public long now() {
        return generation.get();
    }

    /** Whether none of {@code tables} (names in any case) was written by a transaction ended after {@code moment}. */
    public boolean unchangedSince(Set<String> tables, long moment) {
        return unchangedSince(tables, Set.of(), null, null, moment);
    }

    /**
     * As {@link #unchangedSince(Set, long)}, for figures that read the tables {@code readByDate}
     * only through rows dated {@code from} to {@code to}: dated writes of those tables outside
     * these days do not count.
     */
    public boolean unchangedSince(Set<String> tables, Set<String> readByDate, LocalDate from, LocalDate to, long moment) {
        if (writtenAt.getOrDefault(EVERY_TABLE, 0L) > moment) {
            return false;
        }
        Set<String> byDate = upper(readByDate);
        for (String table : upper(tables)) {
            if (writtenAt.getOrDefault(table, 0L) > moment) {
                return false;
            }
            if (!byDate.contains(table)) {
                if (anyDatedWrittenAt.getOrDefault(table, 0L) > moment) {
                    return false;
                }
            } else {
                ConcurrentSkipListMap<LocalDate, Long> dates = datedWrittenAt.get(table);
                if (dates != null && dates.subMap(from, true, to, true).values().stream().anyMatch(at -> at > moment)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Set<String> upper(Set<String> tables) {
        return tables.stream().map(table -> table.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /**
     * Runs {@code write}, whose statements writing {@code table} write only rows dated {@code date}
     * (the table's own date of a row: a register mark's day); its writes of other tables (the
     * audit trail) are told as usual.
     */
    public void dated(Table<?> table, LocalDate date, Runnable write) {
        Dating outer = dating.get();
        dating.set(new Dating(table.getName().toUpperCase(Locale.ROOT), date));
        try {
            write.run();
        } finally {
            if (outer == null) {
                dating.remove();
            } else {
                dating.set(outer);
            }
        }
    }

    private record Dating(String table, LocalDate date) {
    }

    /** What a transaction wrote: tables written without a date, and the dates of dated writes per table. */
    private static final class Writes {
        final Set<String> undated = new HashSet<>();
        final Map<String, Set<LocalDate>> dated = new HashMap<>();

        boolean isEmpty() {
            return undated.isEmpty() && dated.isEmpty();
        }
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
        Writes writes = pending.get();
        boolean outsideTransaction = writes == null;
        if (outsideTransaction) {
            writes = new Writes();
        }
        Dating scope = dating.get();
        for (String table : written) {
            if (scope != null && scope.table().equals(table)) {
                writes.dated.computeIfAbsent(table, t -> new HashSet<>()).add(scope.date());
            } else {
                writes.undated.add(table);
            }
        }
        if (outsideTransaction) {
            mark(writes); // a statement outside a transaction has committed by now
        }
    }

    /**
     * The tables a statement names. The program runs the same few hundred statements again and
     * again (values are bound, not written into the text), so each text is read once: reading
     * every statement word by word cost a sixth of the sample centre's hand-outs.
     */
    private Set<String> tablesIn(String sql) {
        if (sql == null) {
            return Set.of();
        }
        Set<String> named = namedBySql.get(sql);
        if (named == null) {
            if (namedBySql.size() >= REMEMBERED_STATEMENTS) {
                namedBySql.clear(); // statements with values written into them: start again rather than grow
            }
            named = new HashSet<>();
            for (String word : WORDS.split(sql)) {
                String upper = word.toUpperCase(Locale.ROOT);
                if (tableNames.contains(upper)) {
                    named.add(upper);
                }
            }
            named = Set.copyOf(named);
            namedBySql.put(sql, named);
        }
        return named;
    }

    void transactionStarts() {
        pending.set(new Writes());
    }

    /** After the outermost transaction ended, committed or not: its tables are marked written now. */
    void transactionEnds() {
        Writes written = pending.get();
        pending.remove();
        if (written != null && !written.isEmpty()) {
            mark(written);
        }
    }

    private void mark(Writes writes) {
        long moment = generation.incrementAndGet();
        writes.undated.forEach(table -> writtenAt.merge(table, moment, Math::max));
        writes.dated.forEach((table, dates) -> {
            ConcurrentSkipListMap<LocalDate, Long> at = datedWrittenAt.computeIfAbsent(table, t -> new ConcurrentSkipListMap<>());
            dates.forEach(date -> at.merge(date, moment, Math::max));
            anyDatedWrittenAt.merge(table, moment, Math::max);
        });
    }
}
