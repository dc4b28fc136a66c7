package org.markaz.aid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.markaz.core.Validation;
import org.markaz.core.ValidationException;
import org.markaz.core.db.Transactions;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * The aid's reports for the bookkeeper and the director (issue 12 §7): the month's statement of
 * the fund and the stock, aid by family and by category for a period, and spending by month and
 * category. Read by all who may read the fund; each is one read transaction.
 */
public final class AidReportService {

    /** The longest period a report covers: ten years, the life of the scale dataset. */
    static final int LONGEST_PERIOD_YEARS = 10;

    private final Transactions transactions;
    private final AidRepository aid;
    private final AidReportRepository reports;
    private final Clock clock;

    public AidReportService(Transactions transactions, AidRepository aid, AidReportRepository reports, Clock clock) {
        this.transactions = transactions;
        this.aid = aid;
        this.reports = reports;
        this.clock = clock;
    }

    /** The month's statement: the fund's balances and lines, each item's stock movements, the hand-outs. */
    public MonthStatement monthStatement(Actor actor, YearMonth month) {
        actor.require(Permission.VIEW_AID);
        if (month == null) {
            throw new ValidationException("error.required", new Validation.FieldName("aid.field.month"));
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw new ValidationException("error.aidMonthInFuture", new Validation.FieldName("aid.field.month"));
        }
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        return transactions.result(tx -> new MonthStatement(month, fund(tx, first, last), aid.fundEntries(tx, first, last),
                items(tx, first, last), aid.handouts(tx, first, last, Integer.MAX_VALUE)));
    }

    private MonthStatement.Fund fund(DSLContext tx, LocalDate first, LocalDate last) {
        Map<FundEntryKind, Long> fromFirst = reports.fundSumsFrom(tx, first, null);
        Map<FundEntryKind, Long> month = reports.fundSumsFrom(tx, first, last);
        long opening = aid.fundBalance(tx) - fromFirst.values().stream().mapToLong(Long::longValue).sum();
        long moneyIn = month.getOrDefault(FundEntryKind.GRANT, 0L) + month.getOrDefault(FundEntryKind.DONATION, 0L);
        long purchases = -month.getOrDefault(FundEntryKind.PURCHASE, 0L);
        long reversals = month.getOrDefault(FundEntryKind.REVERSAL, 0L);
        return new MonthStatement.Fund(opening, moneyIn, purchases, reversals, opening + moneyIn - purchases + reversals);
    }

    /** Every item that had stock or moved in the month, with its movements by kind. */
    private List<MonthStatement.ItemLine> items(DSLContext tx, LocalDate first, LocalDate last) {
        Map<Long, Integer> onHandNow = aid.onHandOfEveryItem(tx);
        Map<Long, List<AidReportRepository.KindSum>> fromFirst = reports.stockSums(tx, first, null);
        Map<Long, List<AidReportRepository.KindSum>> month = reports.stockSums(tx, first, last);
        Map<Long, AidReportRepository.Received> costs = reports.receivedUpTo(tx, last);
        List<MonthStatement.ItemLine> lines = new ArrayList<>();
        for (AidItem item : aid.items(tx)) {
            int opening = onHandNow.getOrDefault(item.id(), 0)
                    - fromFirst.getOrDefault(item.id(), List.of()).stream().mapToInt(AidReportRepository.KindSum::quantity).sum();
            Map<StockMoveKind, AidReportRepository.KindSum> byKind = new EnumMap<>(StockMoveKind.class);
            month.getOrDefault(item.id(), List.of()).forEach(sum -> byKind.put(sum.kind(), sum));
            if (opening == 0 && byKind.isEmpty()) {
                continue;
            }
            int received = quantity(byKind, StockMoveKind.PURCHASE) + quantity(byKind, StockMoveKind.DONATION);
            long value = value(byKind, StockMoveKind.PURCHASE) + value(byKind, StockMoveKind.DONATION);
            int handedOut = -quantity(byKind, StockMoveKind.HANDOUT);
            int writtenOff = -quantity(byKind, StockMoveKind.WRITE_OFF);
            int counted = quantity(byKind, StockMoveKind.STOCKTAKE);
            int reversed = quantity(byKind, StockMoveKind.REVERSAL);
            int closing = opening + received - handedOut - writtenOff + counted + reversed;
            lines.add(new MonthStatement.ItemLine(item, opening, received, value, handedOut, writtenOff, counted, reversed,
                    closing, atAverageCost(closing, costs.get(item.id()))));
        }
        return lines;
    }

    /** A quantity valued at the average cost of what was received, rounded half up to the diram; 0 with nothing received. */
    static long atAverageCost(int quantity, AidReportRepository.Received received) {
        if (received == null || received.quantity() <= 0 || quantity <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(received.valueDiram()).multiply(BigDecimal.valueOf(quantity))
                .divide(BigDecimal.valueOf(received.quantity()), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static int quantity(Map<StockMoveKind, AidReportRepository.KindSum> byKind, StockMoveKind kind) {
        AidReportRepository.KindSum sum = byKind.get(kind);
        return sum == null ? 0 : sum.quantity();
    }

    private static long value(Map<StockMoveKind, AidReportRepository.KindSum> byKind, StockMoveKind kind) {
        AidReportRepository.KindSum sum = byKind.get(kind);
        return sum == null ? 0 : sum.value();
    }

    /** What each family received in [from, to]: hand-outs not reversed, by family code. */
    public List<AidTotals.ByFamily> byFamily(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Permission.VIEW_AID);
        checkPeriod(from, to);
        return transactions.result(tx -> {
            Map<Long, AidItem> catalogue = catalogue(tx);
            Map<Long, List<AidReportRepository.HandedLine>> byFamily = new LinkedHashMap<>();
            reports.handedLines(tx, from, to).forEach(line ->
                    byFamily.computeIfAbsent(line.familyId(), id -> new ArrayList<>()).add(line));
            List<AidTotals.ByFamily> rows = new ArrayList<>();
            byFamily.forEach((familyId, lines) -> {
                Map<Long, Integer> units = new LinkedHashMap<>();
                lines.forEach(line -> units.merge(line.itemId(), line.quantity(), Integer::sum));
                rows.add(new AidTotals.ByFamily(familyId, lines.get(0).familyCode(),
                        (int) lines.stream().mapToLong(AidReportRepository.HandedLine::handoutId).distinct().count(),
                        lines.stream().mapToInt(AidReportRepository.HandedLine::quantity).sum(),
                        units.entrySet().stream().map(e -> new HandoutRow.Item(catalogue.get(e.getKey()), e.getValue())).toList()));
            });
            return rows;
        });
    }

    /** Aid in [from, to] by category: hand-outs holding it, families reached, units; every category, in order. */
    public List<AidTotals.ByCategory> byCategory(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Permission.VIEW_AID);
        checkPeriod(from, to);
        return transactions.result(tx -> {
            List<AidReportRepository.HandedLine> lines = reports.handedLines(tx, from, to);
            List<AidTotals.ByCategory> rows = new ArrayList<>();
            for (AidCategory category : AidCategory.values()) {
                Set<Long> handouts = new TreeSet<>();
                Set<Long> families = new TreeSet<>();
                int units = 0;
                for (AidReportRepository.HandedLine line : lines) {
                    if (line.category() == category) {
                        handouts.add(line.handoutId());
                        families.add(line.familyId());
                        units += line.quantity();
                    }
                }
                rows.add(new AidTotals.ByCategory(category, handouts.size(), families.size(), units));
            }
            return rows;
        });
    }

    /** What the fund spent by month and category in [from, to]: purchases not reversed. */
    public List<AidTotals.Spending> spending(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Permission.VIEW_AID);
        checkPeriod(from, to);
        return transactions.result(tx -> reports.spending(tx, from, to));
    }

    private Map<Long, AidItem> catalogue(DSLContext tx) {
        Map<Long, AidItem> items = new LinkedHashMap<>();
        aid.items(tx).forEach(item -> items.put(item.id(), item));
        return items;
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new ValidationException("error.required", new Validation.FieldName("aid.field.from"));
        }
        if (to == null) {
            throw new ValidationException("error.required", new Validation.FieldName("aid.field.to"));
        }
        if (to.isBefore(from)) {
            throw new ValidationException("error.aidPeriodBackwards", new Validation.FieldName("aid.field.to"));
        }
        if (from.plusYears(LONGEST_PERIOD_YEARS).isBefore(to)) {
            throw new ValidationException("error.aidPeriodTooLong", LONGEST_PERIOD_YEARS);
        }
    }
}
