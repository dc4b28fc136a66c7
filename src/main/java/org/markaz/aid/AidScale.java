package org.markaz.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;
import org.markaz.core.feature.ScaleContext;
import org.markaz.core.feature.ScaleShare;

/**
 * The aid's share of the scale dataset: ten years of the fund, about 60,000 hand-outs. Each month a
 * grant when the fund runs low, one purchase of every item in season, about 500 hand-outs to the
 * families on the books that day, each taking the earliest batch not yet expired, and the expired
 * leftovers written off at the month's end. The ledgers' running totals are kept here as the
 * service would keep them, and the database checks every line as it is written.
 */
public final class AidScale implements ScaleShare {

    private static final int HANDOUTS_A_MONTH = 500;
    private static final String KEEPER = "generator";

    @Override
    public Map<String, Integer> generate(ScaleContext context) {
        return new Generation(context).write();
    }

    /** An item of the catalogue with what a month's purchase of it is and what it costs. */
    private record Stocked(AidCatalogue.Entry entry, long id, int monthly, long priceDiram) {
    }

    /** Goods of one expiry on the shelf (expiry null where not tracked). */
    private static final class Lot {
        final LocalDate expiresOn;
        int left;

        Lot(LocalDate expiresOn, int left) {
            this.expiresOn = expiresOn;
            this.left = left;
        }
    }

    private static final class Generation {

        private final ScaleContext context;
        private final DSLContext tx;
        private final Random random;
        private final AidScaleRepository repository = new AidScaleRepository();
        private final List<AidScaleRepository.Family> families;
        private final List<Stocked> items = new ArrayList<>();
        private final Map<Long, Deque<Lot>> shelves = new LinkedHashMap<>();
        private final Map<Long, long[]> chains = new LinkedHashMap<>();
        private final List<Object[]> itemRows = new ArrayList<>();
        private final List<Object[]> purchases = new ArrayList<>();
        private final List<Object[]> purchaseLines = new ArrayList<>();
        private final List<Object[]> fund = new ArrayList<>();
        private final List<Object[]> handouts = new ArrayList<>();
        private final List<Object[]> handoutLines = new ArrayList<>();
        private final List<Object[]> moves = new ArrayList<>();
        private long nextItem;
        private long nextPurchase;
        private long nextPurchaseLine;
        private long nextFund;
        private long nextHandout;
        private long nextHandoutLine;
        private long nextMove;
        private long lastFund;
        private long balance;

        Generation(ScaleContext context) {
            this.context = context;
            this.tx = context.tx();
            this.random = context.random("aid");
            this.families = repository.families(tx);
            AidScaleRepository.NextIds next = repository.nextIds(tx);
            nextItem = next.item();
            nextPurchase = next.purchase();
            nextPurchaseLine = next.purchaseLine();
            nextFund = next.fundEntry();
            nextHandout = next.handout();
            nextHandoutLine = next.handoutLine();
            nextMove = next.move();
        }

        Map<String, Integer> write() {
            for (AidCatalogue.Entry entry : AidCatalogue.ENTRIES) {
                long id = nextItem++;
                ItemDetails d = entry.details();
                itemRows.add(new Object[] {id, d.nameEn(), d.nameRu(), d.nameTg(), d.category(), d.unit(), d.tracksExpiry(),
                        d.monthlyLimit()});
                items.add(new Stocked(entry, id, entry.monthlyForScale(), entry.priceDiram()));
                shelves.put(id, new ArrayDeque<>());
            }
            for (YearMonth month = YearMonth.from(context.firstDay()); !month.isAfter(YearMonth.from(context.today()));
                 month = month.plusMonths(1)) {
                month(month);
            }
            repository.items(tx, itemRows);
            repository.purchases(tx, purchases);
            repository.purchaseLines(tx, purchaseLines);
            repository.fundEntries(tx, fund);
            repository.handouts(tx, handouts);
            repository.handoutLines(tx, handoutLines);
            repository.stockMoves(tx, moves);
            repository.pointNewest(tx);
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("aid_item", itemRows.size());
            counts.put("aid_purchase", purchases.size());
            counts.put("aid_purchase_line", purchaseLines.size());
            counts.put("aid_fund_entry", fund.size());
            counts.put("aid_handout", handouts.size());
            counts.put("aid_handout_line", handoutLines.size());
            counts.put("aid_stock_move", moves.size());
            return counts;
        }

        private void month(YearMonth month) {
            LocalDate first = month.atDay(1).isBefore(context.firstDay()) ? context.firstDay() : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(context.today()) ? context.today() : month.atEndOfMonth();
            if (last.isBefore(first)) {
                return;
            }
            purchase(first, month.getMonth());
            int count = (int) Math.round(HANDOUTS_A_MONTH * (last.getDayOfMonth() - first.getDayOfMonth() + 1)
                    / (double) month.lengthOfMonth());
            List<LocalDate> days = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                days.add(first.plusDays(random.nextInt(last.getDayOfMonth() - first.getDayOfMonth() + 1)));
            }
            days.sort(null);
            days.forEach(this::handOut);
            writeOffExpired(last);
        }

        private void purchase(LocalDate on, Month month) {
            List<Object[]> lines = new ArrayList<>();
            long total = 0;
            long purchaseId = nextPurchase++;
            for (Stocked item : items) {
                int quantity = item.entry().inSeason(month) ? item.monthly() : 0;
                if (quantity == 0) {
                    continue;
                }
                LocalDate expires = item.entry().details().tracksExpiry() ? on.plusMonths(2 + random.nextInt(4)) : null;
                long lineId = nextPurchaseLine++;
                lines.add(new Object[] {lineId, purchaseId, item.id(), quantity, item.priceDiram(),
                        item.priceDiram() * quantity, expires});
                total += item.priceDiram() * quantity;
                move(item.id(), StockMoveKind.PURCHASE, on, quantity, expires, item.priceDiram() * quantity, lineId, null, null);
                shelves.get(item.id()).addLast(new Lot(expires, quantity));
            }
            if (balance < total) {
                long grant = ((total * 3 - balance) / 100_000 + 1) * 100_000;
                fundEntry(FundEntryKind.GRANT, on, grant, random.nextBoolean() ? "Families Together (UK)" : "UNICEF Tajikistan",
                        "G-" + on.getYear() + "-" + on.getMonthValue(), null);
            }
            purchases.add(new Object[] {purchaseId, on, "Бозори Панҷшанбе", "бозори панҷшанбе", "S-" + purchaseId, total,
                    KEEPER, context.at(on, 10)});
            purchaseLines.addAll(lines);
            fundEntry(FundEntryKind.PURCHASE, on, -total, "Бозори Панҷшанбе", "S-" + purchaseId, purchaseId);
        }

        private void fundEntry(FundEntryKind kind, LocalDate on, long amount, String source, String reference, Long purchaseId) {
            long id = nextFund++;
            Long previous = lastFund == 0 ? null : lastFund;
            fund.add(new Object[] {id, kind, on, amount, source, reference, purchaseId, previous,
                    previous == null ? null : balance, balance + amount, previous == null ? 1 : null, KEEPER, context.at(on, 10)});
            balance += amount;
            lastFund = id;
        }

        private void handOut(LocalDate day) {
            Instant noon = context.at(day, 12);
            AidScaleRepository.Family family = null;
            for (int tries = 0; tries < 40 && family == null; tries++) {
                AidScaleRepository.Family drawn = families.get(random.nextInt(families.size()));
                if (!drawn.createdAt().isAfter(noon) && (drawn.archivedOn() == null || drawn.archivedOn().isAfter(day))) {
                    family = drawn;
                }
            }
            if (family == null) {
                return;
            }
            int wanted = 1 + random.nextInt(3);
            long handoutId = nextHandout;
            List<Object[]> lines = new ArrayList<>();
            for (int start = random.nextInt(items.size()), i = 0; i < items.size() && lines.size() < wanted; i++) {
                Stocked item = items.get((start + i) % items.size());
                take(item, day, handoutId, lines);
            }
            if (lines.isEmpty()) {
                return;
            }
            nextHandout++;
            HandoutReason reason = HandoutReason.values()[random.nextInt(HandoutReason.values().length)];
            handouts.add(new Object[] {handoutId, family.id(), day, reason, reason == HandoutReason.OTHER ? "Сӯхтор" : null,
                    "Корманди асосӣ", "Бухгалтер", random.nextInt(10) != 0, KEEPER, noon});
            handoutLines.addAll(lines);
        }

        /** Takes an item for a hand-out from the earliest batches not expired, if there is any. */
        private void take(Stocked item, LocalDate day, long handoutId, List<Object[]> lines) {
            int wanted = item.entry().handedAtOnce() + random.nextInt(item.entry().handedAtOnce() + 1);
            Deque<Lot> shelf = shelves.get(item.id());
            int usable = shelf.stream().filter(lot -> lot.expiresOn == null || !lot.expiresOn.isBefore(day))
                    .mapToInt(lot -> lot.left).sum();
            int quantity = Math.min(wanted, usable);
            if (quantity <= 0) {
                return;
            }
            long lineId = nextHandoutLine++;
            lines.add(new Object[] {lineId, handoutId, item.id(), quantity});
            int left = quantity;
            for (Lot lot : shelf) {
                if (left == 0) {
                    break;
                }
                if (lot.left == 0 || (lot.expiresOn != null && lot.expiresOn.isBefore(day))) {
                    continue;
                }
                int taken = Math.min(left, lot.left);
                lot.left -= taken;
                left -= taken;
                move(item.id(), StockMoveKind.HANDOUT, day, -taken, lot.expiresOn, null, null, lineId, null);
            }
            shelf.removeIf(lot -> lot.left == 0);
        }

        private void writeOffExpired(LocalDate day) {
            for (Stocked item : items) {
                Deque<Lot> shelf = shelves.get(item.id());
                for (Lot lot : shelf) {
                    if (lot.expiresOn != null && lot.expiresOn.isBefore(day) && lot.left > 0) {
                        move(item.id(), StockMoveKind.WRITE_OFF, day, -lot.left, lot.expiresOn, null, null, null,
                                WriteOffCause.EXPIRED);
                        lot.left = 0;
                    }
                }
                shelf.removeIf(lot -> lot.left == 0);
            }
        }

        /** A stock line after the item's newest, with its running total. */
        private void move(long itemId, StockMoveKind kind, LocalDate on, int quantity, LocalDate expires, Long value,
                          Long purchaseLine, Long handoutLine, WriteOffCause cause) {
            long[] chain = chains.get(itemId);
            long id = nextMove++;
            Long previous = chain == null ? null : chain[0];
            Integer previousOnHand = chain == null ? null : (int) chain[1];
            int after = (previousOnHand == null ? 0 : previousOnHand) + quantity;
            moves.add(new Object[] {id, itemId, kind, on, quantity, expires, value, purchaseLine, handoutLine, cause, previous,
                    previousOnHand, after, previous == null ? itemId : null, KEEPER, context.at(on, 12)});
            chains.put(itemId, new long[] {id, after});
        }
    }
}
