package org.markaz.aid;

import static org.markaz.db.Tables.AID_FUND;
import static org.markaz.db.Tables.AID_FUND_ENTRY;
import static org.markaz.db.Tables.AID_HANDOUT;
import static org.markaz.db.Tables.AID_HANDOUT_LINE;
import static org.markaz.db.Tables.AID_ITEM;
import static org.markaz.db.Tables.AID_PURCHASE;
import static org.markaz.db.Tables.AID_PURCHASE_LINE;
import static org.markaz.db.Tables.AID_REQUEST;
import static org.markaz.db.Tables.AID_STOCK_MOVE;
import static org.markaz.db.Tables.AID_STOCK_NEWEST;
import static org.markaz.db.Tables.APP_USER;
import static org.markaz.db.Tables.FAMILY;
import static org.markaz.db.Tables.STAFF;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.db.Edits;
import org.markaz.core.security.Actor;
import org.markaz.db.tables.AidFundEntry;
import org.markaz.db.tables.AidStockMove;
import org.markaz.db.tables.records.AidFundEntryRecord;
import org.markaz.db.tables.records.AidHandoutLineRecord;
import org.markaz.db.tables.records.AidHandoutRecord;
import org.markaz.db.tables.records.AidItemRecord;
import org.markaz.db.tables.records.AidPurchaseLineRecord;
import org.markaz.db.tables.records.AidPurchaseRecord;
import org.markaz.db.tables.records.AidRequestRecord;
import org.markaz.db.tables.records.AidStockMoveRecord;

/**
 * The aid catalogue, the fund and stock ledgers and the hand-outs. Ledger rows are only ever
 * added, each after the newest of its chain (docs/decisions/0017-aid-ledgers.md); callers hold the
 * lock of the chain (the fund's row, the item's row) while they add. Every write is audited in the
 * caller's transaction.
 */
public final class AidRepository {

    private final AuditRepository audit;
    private final Clock clock;

    public AidRepository(AuditRepository audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    // --- the catalogue

    public List<AidItem> items(DSLContext dsl) {
        return dsl.selectFrom(AID_ITEM).orderBy(AID_ITEM.CATEGORY, AID_ITEM.NAME_EN).fetch(AidRepository::toItem);
    }

    public Optional<AidItem> item(DSLContext dsl, long itemId) {
        return dsl.selectFrom(AID_ITEM).where(AID_ITEM.ID.eq(itemId)).fetchOptional(AidRepository::toItem);
    }

    /** The item, its row locked: stock of one item is written by one transaction at a time. */
    public Optional<AidItem> lockItem(DSLContext tx, long itemId) {
        return tx.selectFrom(AID_ITEM).where(AID_ITEM.ID.eq(itemId)).forUpdate().fetchOptional(AidRepository::toItem);
    }

    public boolean itemNameTaken(DSLContext dsl, String nameEn, Long exceptId) {
        Condition same = DSL.lower(AID_ITEM.NAME_EN).eq(nameEn.toLowerCase(java.util.Locale.ROOT));
        return dsl.fetchExists(AID_ITEM, exceptId == null ? same : same.and(AID_ITEM.ID.ne(exceptId)));
    }

    public long insertItem(DSLContext tx, Actor actor, ItemDetails details) {
        AidItemRecord item = tx.newRecord(AID_ITEM);
        fill(item, details);
        item.store();
        audit.created(tx, actor, item);
        return item.getId();
    }

    public void updateItem(DSLContext tx, Actor actor, long itemId, ItemDetails details) {
        AidItemRecord item = tx.selectFrom(AID_ITEM).where(AID_ITEM.ID.eq(itemId)).fetchSingle();
        AidItemRecord before = item.original();
        fill(item, details);
        if (Edits.anyBetween(before, item)) {
            item.store();
            audit.updated(tx, actor, before, item);
        }
    }

    private static void fill(AidItemRecord item, ItemDetails details) {
        item.setNameEn(details.nameEn());
        item.setNameRu(details.nameRu());
        item.setNameTg(details.nameTg());
        item.setCategory(details.category());
        item.setUnit(details.unit());
        item.setTracksExpiry(details.tracksExpiry());
        item.setMonthlyLimit(details.monthlyLimit());
    }

    private static AidItem toItem(AidItemRecord r) {
        return new AidItem(r.getId(), new ItemDetails(r.getNameEn(), r.getNameRu(), r.getNameTg(), r.getCategory(),
                r.getUnit(), r.getTracksExpiry(), r.getMonthlyLimit()));
    }

    // --- the fund ledger

    /** Locks the fund: writers of its ledger queue here, so each adds after the true newest line. */
    public void lockFund(DSLContext tx) {
        tx.selectFrom(AID_FUND).where(AID_FUND.ID.eq(1)).forUpdate().fetchSingle();
    }

    /** The balance after the newest line of the fund ledger; 0 before the first. */
    public long fundBalance(DSLContext dsl) {
        return newestFundEntry(dsl).map(Link::total).orElse(0L);
    }

    private Optional<Link> newestFundEntry(DSLContext dsl) {
        return dsl.select(AID_FUND_ENTRY.ID, AID_FUND_ENTRY.BALANCE_AFTER).from(AID_FUND_ENTRY)
                .orderBy(AID_FUND_ENTRY.ID.desc()).limit(1).fetchOptional(r -> new Link(r.value1(), r.value2()));
    }

    /** The newest line of a chain and the running total after it. */
    private record Link(long id, long total) {
    }

    /** A new line of the fund ledger, before its place in the chain is known. */
    public record NewFundEntry(FundEntryKind kind, LocalDate on, long amountDiram, String source, String reference,
                               ForeignCurrency currency, Long originalAmountCents, BigDecimal rate, Long purchaseId,
                               FundEntry reverses, String reason) {
    }

    /** Adds a line after the newest one; the caller holds the fund's lock. */
    public long appendFundEntry(DSLContext tx, Actor actor, NewFundEntry entry) {
        AidFundEntryRecord row = tx.newRecord(AID_FUND_ENTRY);
        row.setKind(entry.kind());
        row.setOnDate(entry.on());
        row.setAmountDiram(entry.amountDiram());
        row.setSource(entry.source());
        row.setReference(entry.reference());
        row.setOriginalCurrency(entry.currency());
        row.setOriginalAmountCents(entry.originalAmountCents());
        row.setRate(entry.rate());
        row.setPurchaseId(entry.purchaseId());
        if (entry.reverses() != null) {
            row.setReversesId(entry.reverses().id());
            row.setReversesKind(entry.reverses().kind().name());
            row.setReversedAmount(entry.reverses().amountDiram());
        }
        row.setReason(entry.reason());
        Optional<Link> previous = newestFundEntry(tx);
        row.setPreviousId(previous.map(Link::id).orElse(null));
        row.setFirstEntry(previous.isEmpty() ? 1 : null);
        row.setPreviousBalance(previous.map(Link::total).orElse(null));
        row.setBalanceAfter(previous.map(Link::total).orElse(0L) + entry.amountDiram());
        row.setRecordedBy(actor.username());
        row.setRecordedAt(clock.instant());
        row.store();
        audit.created(tx, actor, row);
        return row.getId();
    }

    public Optional<FundEntry> fundEntry(DSLContext dsl, long entryId) {
        return fundEntries(dsl, AID_FUND_ENTRY.ID.eq(entryId)).stream().findFirst();
    }

    /** The lines dated within [from, to], by date. */
    public List<FundEntry> fundEntries(DSLContext dsl, LocalDate from, LocalDate to) {
        return fundEntries(dsl, AID_FUND_ENTRY.ON_DATE.between(from, to));
    }

    private static List<FundEntry> fundEntries(DSLContext dsl, Condition condition) {
        AidFundEntry reversal = AID_FUND_ENTRY.as("reversal");
        return dsl.select(AID_FUND_ENTRY.asterisk(), reversal.ID).from(AID_FUND_ENTRY)
                .leftJoin(reversal).on(reversal.REVERSES_ID.eq(AID_FUND_ENTRY.ID))
                .where(condition).orderBy(AID_FUND_ENTRY.ON_DATE, AID_FUND_ENTRY.ID)
                .fetch(r -> {
                    AidFundEntryRecord e = r.into(AID_FUND_ENTRY);
                    return new FundEntry(e.getId(), e.getKind(), e.getOnDate(), e.getAmountDiram(), e.getSource(),
                            e.getReference(), e.getOriginalCurrency(), e.getOriginalAmountCents(), e.getRate(),
                            e.getPurchaseId(), e.getReversesId(), e.getReason(), e.getBalanceAfter(), r.get(reversal.ID));
                });
    }

    /** The sum of the lines dated before a day: the fund's balance at the start of it. */
    public long fundBalanceBefore(DSLContext dsl, LocalDate day) {
        BigDecimal sum = dsl.select(DSL.sum(AID_FUND_ENTRY.AMOUNT_DIRAM)).from(AID_FUND_ENTRY)
                .where(AID_FUND_ENTRY.ON_DATE.lt(day)).fetchOne(0, BigDecimal.class);
        return sum == null ? 0 : sum.longValueExact();
    }

    // --- purchases

    /** How many purchases of this supplier carry this receipt number, and how many of those were reversed. */
    public record ReceiptUse(int purchases, int reversed) {
    }

    public ReceiptUse receiptUse(DSLContext dsl, String supplierKey, String receiptNumber) {
        AidFundEntry reversal = AID_FUND_ENTRY.as("reversal");
        Record record = dsl.select(DSL.count(AID_PURCHASE.ID), DSL.count(reversal.ID)).from(AID_PURCHASE)
                .join(AID_FUND_ENTRY).on(AID_FUND_ENTRY.PURCHASE_ID.eq(AID_PURCHASE.ID))
                .leftJoin(reversal).on(reversal.REVERSES_ID.eq(AID_FUND_ENTRY.ID))
                .where(AID_PURCHASE.SUPPLIER_KEY.eq(supplierKey).and(AID_PURCHASE.RECEIPT_NUMBER.eq(receiptNumber)))
                .fetchOne();
        return new ReceiptUse(record.get(0, Integer.class), record.get(1, Integer.class));
    }

    public long insertPurchase(DSLContext tx, Actor actor, Purchase purchase, String supplierKey, int attempt, long totalDiram) {
        AidPurchaseRecord row = tx.newRecord(AID_PURCHASE);
        row.setOnDate(purchase.on());
        row.setSupplier(purchase.supplier());
        row.setSupplierKey(supplierKey);
        row.setReceiptNumber(purchase.receiptNumber());
        row.setAttempt(attempt);
        row.setTotalDiram(totalDiram);
        row.setRecordedBy(actor.username());
        row.setRecordedAt(clock.instant());
        row.store();
        audit.created(tx, actor, row);
        return row.getId();
    }

    public long insertPurchaseLine(DSLContext tx, Actor actor, long purchaseId, Purchase.Line line, long unitPriceDiram) {
        AidPurchaseLineRecord row = tx.newRecord(AID_PURCHASE_LINE);
        row.setPurchaseId(purchaseId);
        row.setItemId(line.itemId());
        row.setQuantity(line.quantity());
        row.setUnitPriceDiram(unitPriceDiram);
        row.setTotalDiram(unitPriceDiram * line.quantity());
        row.setExpiresOn(line.expiresOn());
        row.store();
        audit.created(tx, actor, row);
        return row.getId();
    }

    /** The stock lines a purchase received. */
    public List<StockMove> purchaseMoves(DSLContext dsl, long purchaseId) {
        return stockMoves(dsl, AID_STOCK_MOVE.PURCHASE_LINE_ID.in(DSL.select(AID_PURCHASE_LINE.ID).from(AID_PURCHASE_LINE)
                .where(AID_PURCHASE_LINE.PURCHASE_ID.eq(purchaseId))));
    }

    // --- the stock ledger

    /** A new line of an item's stock ledger, before its place in the chain is known. */
    public record NewMove(long itemId, StockMoveKind kind, LocalDate on, int quantity, LocalDate expiresOn, Long valueDiram,
                          Long purchaseLineId, Long handoutLineId, String donor, Integer expected, Integer counted,
                          WriteOffCause cause, String reason, StockMove reverses) {

        public static NewMove of(long itemId, StockMoveKind kind, LocalDate on, int quantity, LocalDate expiresOn) {
            return new NewMove(itemId, kind, on, quantity, expiresOn, null, null, null, null, null, null, null, null, null);
        }
    }

    /** Adds a line after the item's newest one; the caller holds the item's lock. */
    public long appendMove(DSLContext tx, Actor actor, NewMove move) {
        AidStockMoveRecord row = tx.newRecord(AID_STOCK_MOVE);
        row.setItemId(move.itemId());
        row.setKind(move.kind());
        row.setOnDate(move.on());
        row.setQuantity(move.quantity());
        row.setExpiresOn(move.expiresOn());
        row.setValueDiram(move.valueDiram());
        row.setPurchaseLineId(move.purchaseLineId());
        row.setHandoutLineId(move.handoutLineId());
        row.setDonor(move.donor());
        row.setExpected(move.expected());
        row.setCounted(move.counted());
        row.setWriteOffCause(move.cause());
        row.setReason(move.reason());
        if (move.reverses() != null) {
            row.setReversesId(move.reverses().id());
            row.setReversesKind(move.reverses().kind().name());
            row.setReversedQuantity(move.reverses().quantity());
        }
        Optional<Link> previous = newestMove(tx, move.itemId());
        row.setPreviousId(previous.map(Link::id).orElse(null));
        row.setFirstOfItem(previous.isEmpty() ? move.itemId() : null);
        row.setPreviousOnHand(previous.map(link -> (int) link.total()).orElse(null));
        row.setOnHandAfter(previous.map(link -> (int) link.total()).orElse(0) + move.quantity());
        row.setRecordedBy(actor.username());
        row.setRecordedAt(clock.instant());
        row.store();
        audit.created(tx, actor, row);
        pointNewest(tx, move.itemId(), row.getId(), row.getOnHandAfter(), previous.isPresent());
        return row.getId();
    }

    /**
     * The item's newest line and its running total, from the item's pointer (docs/decisions/0021):
     * the line the next one is written after, so a pointer behind the true newest line would fork
     * the chain and be refused.
     */
    private static Optional<Link> newestMove(DSLContext dsl, long itemId) {
        return dsl.select(AID_STOCK_NEWEST.MOVE_ID, AID_STOCK_NEWEST.ON_HAND).from(AID_STOCK_NEWEST)
                .where(AID_STOCK_NEWEST.ITEM_ID.eq(itemId)).fetchOptional(r -> new Link(r.value1(), r.value2()));
    }

    private static void pointNewest(DSLContext tx, long itemId, long moveId, int onHand, boolean pointedBefore) {
        if (pointedBefore) {
            tx.update(AID_STOCK_NEWEST).set(AID_STOCK_NEWEST.MOVE_ID, moveId).set(AID_STOCK_NEWEST.ON_HAND, onHand)
                    .where(AID_STOCK_NEWEST.ITEM_ID.eq(itemId)).execute();
        } else {
            tx.insertInto(AID_STOCK_NEWEST, AID_STOCK_NEWEST.ITEM_ID, AID_STOCK_NEWEST.MOVE_ID, AID_STOCK_NEWEST.ON_HAND)
                    .values(itemId, moveId, onHand).execute();
        }
    }

    /** The item's stock on hand: the running total after its newest line, read from the item's pointer. */
    public int onHand(DSLContext dsl, long itemId) {
        return newestMove(dsl, itemId).map(link -> (int) link.total()).orElse(0);
    }

    /** Every item's stock on hand, by item id, in one read of the pointers (items without stock lines have none). */
    public Map<Long, Integer> onHandOfEveryItem(DSLContext dsl) {
        Map<Long, Integer> onHand = new LinkedHashMap<>();
        dsl.select(AID_STOCK_NEWEST.ITEM_ID, AID_STOCK_NEWEST.ON_HAND).from(AID_STOCK_NEWEST)
                .forEach(r -> onHand.put(r.value1(), r.value2()));
        return onHand;
    }

    /**
     * The batches of an item whose expiry is tracked, expiring on or after a day, with stock on
     * hand, the earliest first: summed over their own lines only, through the batch index.
     */
    public List<Batch> batchesExpiringFrom(DSLContext dsl, long itemId, LocalDate from) {
        var onHand = DSL.sum(AID_STOCK_MOVE.QUANTITY);
        return dsl.select(AID_STOCK_MOVE.EXPIRES_ON, onHand).from(AID_STOCK_MOVE)
                .where(AID_STOCK_MOVE.ITEM_ID.eq(itemId).and(AID_STOCK_MOVE.EXPIRES_ON.ge(from)))
                .groupBy(AID_STOCK_MOVE.EXPIRES_ON).having(onHand.gt(BigDecimal.ZERO)).orderBy(AID_STOCK_MOVE.EXPIRES_ON)
                .fetch(r -> new Batch(itemId, r.value1(), r.value2().intValueExact()));
    }

    /** What is left of one batch of an item (expiry null: the item's whole stock, its expiry not being tracked). */
    public int batchOnHand(DSLContext dsl, long itemId, LocalDate expiresOn) {
        if (expiresOn == null) {
            return onHand(dsl, itemId);
        }
        BigDecimal sum = dsl.select(DSL.sum(AID_STOCK_MOVE.QUANTITY)).from(AID_STOCK_MOVE)
                .where(AID_STOCK_MOVE.ITEM_ID.eq(itemId).and(AID_STOCK_MOVE.EXPIRES_ON.eq(expiresOn))).fetchOne(0, BigDecimal.class);
        return sum == null ? 0 : sum.intValueExact();
    }

    /** Every item's stock on hand (the total after its newest ledger line) and its earliest expiry on the shelf since a day. */
    public List<StockLevel> stockLevels(DSLContext dsl, LocalDate expiringFrom) {
        Map<Long, LocalDate> earliest = new LinkedHashMap<>();
        expiringBetween(dsl, expiringFrom, null).forEach(batch -> earliest.putIfAbsent(batch.itemId(), batch.expiresOn()));
        Map<Long, Integer> onHand = onHandOfEveryItem(dsl);
        return items(dsl).stream().map(item -> new StockLevel(item, onHand.getOrDefault(item.id(), 0),
                earliest.get(item.id()))).toList();
    }

    /** Batches on the shelf expiring within [from, to] (to null: any day from), the soonest first. */
    public List<Batch> expiringBetween(DSLContext dsl, LocalDate from, LocalDate to) {
        var onHand = DSL.sum(AID_STOCK_MOVE.QUANTITY);
        Condition expiring = to == null ? AID_STOCK_MOVE.EXPIRES_ON.ge(from) : AID_STOCK_MOVE.EXPIRES_ON.between(from, to);
        return dsl.select(AID_STOCK_MOVE.ITEM_ID, AID_STOCK_MOVE.EXPIRES_ON, onHand).from(AID_STOCK_MOVE)
                .where(expiring).groupBy(AID_STOCK_MOVE.ITEM_ID, AID_STOCK_MOVE.EXPIRES_ON)
                .having(onHand.gt(BigDecimal.ZERO)).orderBy(AID_STOCK_MOVE.EXPIRES_ON, AID_STOCK_MOVE.ITEM_ID)
                .fetch(r -> new Batch(r.value1(), r.value2(), r.value3().intValueExact()));
    }

    public Optional<StockMove> stockMove(DSLContext dsl, long moveId) {
        return stockMoves(dsl, AID_STOCK_MOVE.ID.eq(moveId)).stream().findFirst();
    }

    /** An item's stock ledger, the newest line first, at most {@code limit} lines. */
    public List<StockMove> itemMoves(DSLContext dsl, long itemId, int limit) {
        AidStockMove reversal = AID_STOCK_MOVE.as("reversal");
        return dsl.select(AID_STOCK_MOVE.asterisk(), reversal.ID).from(AID_STOCK_MOVE)
                .leftJoin(reversal).on(reversal.REVERSES_ID.eq(AID_STOCK_MOVE.ID))
                .where(AID_STOCK_MOVE.ITEM_ID.eq(itemId)).orderBy(AID_STOCK_MOVE.ID.desc()).limit(limit)
                .fetch(r -> toMove(r, reversal));
    }

    private static List<StockMove> stockMoves(DSLContext dsl, Condition condition) {
        AidStockMove reversal = AID_STOCK_MOVE.as("reversal");
        return dsl.select(AID_STOCK_MOVE.asterisk(), reversal.ID).from(AID_STOCK_MOVE)
                .leftJoin(reversal).on(reversal.REVERSES_ID.eq(AID_STOCK_MOVE.ID))
                .where(condition).orderBy(AID_STOCK_MOVE.ID).fetch(r -> toMove(r, reversal));
    }

    private static StockMove toMove(Record r, AidStockMove reversal) {
        AidStockMoveRecord m = r.into(AID_STOCK_MOVE);
        return new StockMove(m.getId(), m.getItemId(), m.getKind(), m.getOnDate(), m.getQuantity(), m.getExpiresOn(),
                m.getValueDiram(), m.getDonor(), m.getReason(), m.getReversesId(), m.getOnHandAfter(), r.get(reversal.ID));
    }

    // --- hand-outs

    /** The family's code and whether it is archived, its row locked so one family's hand-outs are checked one at a time. */
    public Optional<FamilyFacts> lockFamily(DSLContext tx, long familyId) {
        return tx.select(FAMILY.CODE, FAMILY.ARCHIVED_ON).from(FAMILY).where(FAMILY.ID.eq(familyId)).forUpdate()
                .fetchOptional(r -> new FamilyFacts(r.value1(), r.value2() != null));
    }

    public record FamilyFacts(String code, boolean archived) {
    }

    /**
     * How many of an item the family was handed in [from, to], net of reversed hand-outs. It starts from the
     * family's hand-outs in those days: joined the other way round, H2 began with every line of the
     * item ever given, which on ten years of hand-outs took 80-200 ms for each line of a hand-out.
     */
    public int handedBetween(DSLContext dsl, long familyId, long itemId, LocalDate from, LocalDate to) {
        AidStockMove reversal = AID_STOCK_MOVE.as("reversal");
        BigDecimal net = dsl.select(DSL.sum(AID_STOCK_MOVE.QUANTITY.plus(DSL.coalesce(reversal.QUANTITY, 0))))
                .from(AID_STOCK_MOVE)
                .leftJoin(reversal).on(reversal.REVERSES_ID.eq(AID_STOCK_MOVE.ID))
                .where(AID_STOCK_MOVE.HANDOUT_LINE_ID.in(DSL.select(AID_HANDOUT_LINE.ID)
                        .from(AID_HANDOUT)
                        .join(AID_HANDOUT_LINE).on(AID_HANDOUT_LINE.HANDOUT_ID.eq(AID_HANDOUT.ID))
                        .where(AID_HANDOUT.FAMILY_ID.eq(familyId).and(AID_HANDOUT.ON_DATE.between(from, to))
                                .and(AID_HANDOUT_LINE.ITEM_ID.eq(itemId)))))
                .fetchOne(0, BigDecimal.class);
        return net == null ? 0 : -net.intValueExact();
    }

    public long insertHandout(DSLContext tx, Actor actor, Handout handout, String limitConfirmedBy) {
        AidHandoutRecord row = tx.newRecord(AID_HANDOUT);
        row.setFamilyId(handout.familyId());
        row.setOnDate(handout.on());
        row.setReason(handout.reason());
        row.setNote(handout.note());
        row.setRequestedBy(handout.requestedBy());
        row.setApprovedBy(handout.approvedBy());
        row.setHandedOverBy(handout.handedOverBy());
        row.setReceivedConfirmed(handout.receivedConfirmed());
        row.setLimitConfirmedBy(limitConfirmedBy);
        row.setRecordedBy(actor.username());
        row.setRecordedAt(clock.instant());
        row.store();
        audit.created(tx, actor, row);
        return row.getId();
    }

    public long insertHandoutLine(DSLContext tx, Actor actor, long handoutId, Handout.Line line) {
        AidHandoutLineRecord row = tx.newRecord(AID_HANDOUT_LINE);
        row.setHandoutId(handoutId);
        row.setItemId(line.itemId());
        row.setQuantity(line.quantity());
        row.store();
        audit.created(tx, actor, row);
        return row.getId();
    }

    public void confirmReceived(DSLContext tx, Actor actor, long handoutId) {
        AidHandoutRecord row = tx.selectFrom(AID_HANDOUT).where(AID_HANDOUT.ID.eq(handoutId)).forUpdate().fetchSingle();
        if (!row.getReceivedConfirmed()) {
            AidHandoutRecord before = row.original();
            row.setReceivedConfirmed(true);
            row.store();
            audit.updated(tx, actor, before, row);
        }
    }

    /** The stock lines a hand-out took. */
    public List<StockMove> handoutMoves(DSLContext dsl, long handoutId) {
        return stockMoves(dsl, AID_STOCK_MOVE.HANDOUT_LINE_ID.in(DSL.select(AID_HANDOUT_LINE.ID).from(AID_HANDOUT_LINE)
                .where(AID_HANDOUT_LINE.HANDOUT_ID.eq(handoutId))));
    }

    public Optional<HandoutRow> handout(DSLContext dsl, long handoutId) {
        return handouts(dsl, AID_HANDOUT.ID.eq(handoutId), 1).stream().findFirst();
    }

    /** Hand-outs dated within [from, to], the newest first, at most {@code limit}. */
    public List<HandoutRow> handouts(DSLContext dsl, LocalDate from, LocalDate to, int limit) {
        return handouts(dsl, AID_HANDOUT.ON_DATE.between(from, to), limit);
    }

    /** A family's hand-outs, the newest first. */
    public List<HandoutRow> familyHandouts(DSLContext dsl, long familyId) {
        return handouts(dsl, AID_HANDOUT.FAMILY_ID.eq(familyId), Integer.MAX_VALUE);
    }

    private List<HandoutRow> handouts(DSLContext dsl, Condition condition, int limit) {
        var rows = dsl.select(AID_HANDOUT.asterisk(), FAMILY.CODE).from(AID_HANDOUT)
                .join(FAMILY).on(FAMILY.ID.eq(AID_HANDOUT.FAMILY_ID))
                .where(condition).orderBy(AID_HANDOUT.ON_DATE.desc(), AID_HANDOUT.ID.desc()).limit(limit).fetch();
        List<Long> ids = rows.map(r -> r.get(AID_HANDOUT.ID));
        Map<Long, List<HandoutRow.Item>> items = new LinkedHashMap<>();
        Map<Long, AidItem> catalogue = new LinkedHashMap<>();
        items(dsl).forEach(item -> catalogue.put(item.id(), item));
        dsl.selectFrom(AID_HANDOUT_LINE).where(AID_HANDOUT_LINE.HANDOUT_ID.in(ids)).orderBy(AID_HANDOUT_LINE.ID)
                .forEach(line -> items.computeIfAbsent(line.getHandoutId(), id -> new ArrayList<>())
                        .add(new HandoutRow.Item(catalogue.get(line.getItemId()), line.getQuantity())));
        AidStockMove reversal = AID_STOCK_MOVE.as("reversal");
        List<Long> reversed = dsl.selectDistinct(AID_HANDOUT_LINE.HANDOUT_ID).from(AID_HANDOUT_LINE)
                .join(AID_STOCK_MOVE).on(AID_STOCK_MOVE.HANDOUT_LINE_ID.eq(AID_HANDOUT_LINE.ID))
                .join(reversal).on(reversal.REVERSES_ID.eq(AID_STOCK_MOVE.ID))
                .where(AID_HANDOUT_LINE.HANDOUT_ID.in(ids)).fetch(AID_HANDOUT_LINE.HANDOUT_ID);
        return rows.map(r -> {
            AidHandoutRecord h = r.into(AID_HANDOUT);
            return new HandoutRow(h.getId(), h.getFamilyId(), r.get(FAMILY.CODE), h.getOnDate(), h.getReason(), h.getNote(),
                    h.getRequestedBy(), h.getApprovedBy(), h.getHandedOverBy(), h.getReceivedConfirmed(),
                    h.getLimitConfirmedBy(), items.getOrDefault(h.getId(), List.of()), reversed.contains(h.getId()));
        });
    }

    // --- requests

    public long insertRequest(DSLContext tx, Actor actor, long familyId, LocalDate on, HandoutReason reason, String what) {
        AidRequestRecord row = tx.newRecord(AID_REQUEST);
        row.setFamilyId(familyId);
        row.setRequestedOn(on);
        row.setReason(reason);
        row.setWhat(what);
        row.setRequestedBy(actor.username());
        row.setStatus(RequestStatus.PENDING);
        row.store();
        audit.created(tx, actor, row);
        return row.getId();
    }

    /** The request, its row locked so two people cannot answer it at once. */
    public Optional<AidRequest> lockRequest(DSLContext tx, long requestId) {
        tx.selectFrom(AID_REQUEST).where(AID_REQUEST.ID.eq(requestId)).forUpdate().fetchOptional();
        return requests(tx, AID_REQUEST.ID.eq(requestId)).stream().findFirst();
    }

    public void decideRequest(DSLContext tx, Actor actor, long requestId, RequestStatus status, LocalDate on,
                              String declineReason) {
        AidRequestRecord row = tx.selectFrom(AID_REQUEST).where(AID_REQUEST.ID.eq(requestId)).fetchSingle();
        AidRequestRecord before = row.original();
        row.setStatus(status);
        row.setDecidedBy(actor.username());
        row.setDecidedOn(on);
        row.setDeclineReason(declineReason);
        row.store();
        audit.updated(tx, actor, before, row);
    }

    /** Requests of one status (null: any), or by one user (null: anyone's), the newest first. */
    public List<AidRequest> requests(DSLContext dsl, RequestStatus status, String requestedBy, int limit) {
        Condition condition = DSL.noCondition();
        if (status != null) {
            condition = condition.and(AID_REQUEST.STATUS.eq(status));
        }
        if (requestedBy != null) {
            condition = condition.and(AID_REQUEST.REQUESTED_BY.eq(requestedBy));
        }
        return requests(dsl, condition).stream().limit(limit).toList();
    }

    private static List<AidRequest> requests(DSLContext dsl, Condition condition) {
        return dsl.select(AID_REQUEST.asterisk(), FAMILY.CODE, STAFF.FULL_NAME).from(AID_REQUEST)
                .join(FAMILY).on(FAMILY.ID.eq(AID_REQUEST.FAMILY_ID))
                .leftJoin(APP_USER).on(APP_USER.USERNAME.eq(AID_REQUEST.REQUESTED_BY))
                .leftJoin(STAFF).on(STAFF.ID.eq(APP_USER.STAFF_ID))
                .where(condition).orderBy(AID_REQUEST.REQUESTED_ON.desc(), AID_REQUEST.ID.desc())
                .fetch(r -> {
                    AidRequestRecord q = r.into(AID_REQUEST);
                    return new AidRequest(q.getId(), q.getFamilyId(), r.get(FAMILY.CODE), q.getRequestedOn(), q.getReason(),
                            q.getWhat(), q.getRequestedBy(), q.getStatus(), q.getDecidedBy(), q.getDecidedOn(),
                            q.getDeclineReason(), r.get(STAFF.FULL_NAME) == null ? q.getRequestedBy() : r.get(STAFF.FULL_NAME));
                });
    }
}
