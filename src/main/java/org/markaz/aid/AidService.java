package org.markaz.aid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.markaz.core.Validation;
import org.markaz.core.ValidationException;
import org.markaz.core.db.Transactions;
import org.markaz.cases.CaseloadService;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * Families Together (issue 12): the catalogue of aid items, the fund ledger (money in, purchases),
 * the stock ledger (receipts, hand-outs, stock-takes, write-offs) and the hand-outs to families.
 * Nothing in a ledger is changed or deleted: a mistake is reversed by a new line pointing at it.
 * The fund's balance and each item's stock come from the ledgers and never go below zero: every
 * writer locks the fund's row or the item's rows (in id order) before it reads what is left, and
 * the database checks each line's running total as well (docs/decisions/0017-aid-ledgers.md).
 */
public final class AidService {

    /** Items expiring within this many days are shown on Today. */
    public static final int EXPIRY_WARNING_DAYS = 30;
    public static final int LIST_LIMIT = 500;
    /**
     * Batches that expired longer ago than this are taken to have been written off: the lists look
     * no further back, so they stay fast however long the ledger grows (docs/decisions/0017).
     */
    public static final int EXPIRED_SHOWN_DAYS = 365;

    private final Transactions transactions;
    private final AidRepository aid;
    private final Clock clock;
    private final CaseloadService caseloads;

    public AidService(Transactions transactions, AidRepository aid, Clock clock, CaseloadService caseloads) {
        this.transactions = transactions;
        this.aid = aid;
        this.clock = clock;
        this.caseloads = caseloads;
    }

    // --- the catalogue

    public List<AidItem> items(Actor actor) {
        actor.require(Permission.VIEW_AID);
        return transactions.result(aid::items);
    }

    /** Adds an item to the catalogue (itemId null) or changes one; whether expiry is tracked is fixed once stock moved. */
    public long saveItem(Actor actor, Long itemId, ItemDetails details) {
        actor.require(Permission.KEEP_AID);
        ItemDetails checked = new ItemDetails(Validation.required(details.nameEn(), 100, "aid.field.nameEn"),
                Validation.required(details.nameRu(), 100, "aid.field.nameRu"),
                Validation.required(details.nameTg(), 100, "aid.field.nameTg"),
                required(details.category(), "aid.field.category"), required(details.unit(), "aid.field.unit"),
                details.tracksExpiry(), details.monthlyLimit());
        if (checked.monthlyLimit() != null && checked.monthlyLimit() <= 0) {
            throw new ValidationException("error.aidNotPositive", new Validation.FieldName("aid.field.monthlyLimit"));
        }
        return transactions.result(tx -> {
            if (aid.itemNameTaken(tx, checked.nameEn(), itemId)) {
                throw new ValidationException("error.aidItemNameTaken", new Validation.FieldName("aid.field.nameEn"));
            }
            if (itemId == null) {
                return aid.insertItem(tx, actor, checked);
            }
            AidItem item = aid.lockItem(tx, itemId).orElseThrow(() -> new ValidationException("error.aidNoSuchItem"));
            if (item.details().tracksExpiry() != checked.tracksExpiry() && !aid.itemMoves(tx, itemId, 1).isEmpty()) {
                throw new ValidationException("error.aidExpiryFixed", new Validation.FieldName("aid.field.tracksExpiry"));
            }
            aid.updateItem(tx, actor, itemId, checked);
            return itemId;
        });
    }

    // --- the fund

    public long fundBalance(Actor actor) {
        actor.require(Permission.VIEW_AID);
        return transactions.result(aid::fundBalance);
    }

    /** The fund ledger's lines dated within [from, to], by date. */
    public List<FundEntry> fundEntries(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Permission.VIEW_AID);
        return transactions.result(tx -> aid.fundEntries(tx, from, to));
    }

    /** Records a grant or a donation of money. */
    public long recordMoneyIn(Actor actor, MoneyIn money) {
        actor.require(Permission.KEEP_AID);
        FundEntryKind kind = required(money.kind(), "aid.field.kind");
        if (kind != FundEntryKind.GRANT && kind != FundEntryKind.DONATION) {
            throw new ValidationException("error.aidNotMoneyIn", new Validation.FieldName("aid.field.kind"));
        }
        LocalDate on = notInFuture(money.on(), "aid.field.date");
        String source = Validation.required(money.source(), 200, "aid.field.source");
        long amount = Money.positiveDiram(money.amountTjs(), "aid.field.amountTjs");
        Long originalCents = null;
        BigDecimal rate = null;
        if (money.currency() != null) {
            originalCents = Money.positiveDiram(money.originalAmount(), "aid.field.originalAmount");
            rate = required(money.rate(), "aid.field.rate");
            if (rate.signum() <= 0) {
                throw new ValidationException("error.aidNotPositive", new Validation.FieldName("aid.field.rate"));
            }
            if (rate.stripTrailingZeros().scale() > 6 || rate.precision() - rate.scale() > 8) {
                throw new ValidationException("error.aidRateFormat", new Validation.FieldName("aid.field.rate"));
            }
        }
        String reference = Validation.optional(money.reference(), 100, "aid.field.reference");
        AidRepository.NewFundEntry entry = new AidRepository.NewFundEntry(kind, on, amount, source, reference,
                money.currency(), originalCents, rate, null, null, null);
        return transactions.result(tx -> {
            aid.lockFund(tx);
            return aid.appendFundEntry(tx, actor, entry);
        });
    }

    /**
     * Records goods bought from the fund: the money out and the stock in, as one action. Refused
     * when the fund has too little, or the supplier's receipt number was used before.
     */
    public long recordPurchase(Actor actor, Purchase purchase) {
        actor.require(Permission.KEEP_AID);
        LocalDate on = notInFuture(purchase.on(), "aid.field.date");
        String supplier = Validation.required(purchase.supplier(), 200, "aid.field.supplier");
        String receipt = Validation.required(purchase.receiptNumber(), 50, "aid.field.receiptNumber");
        if (purchase.lines().isEmpty()) {
            throw new ValidationException("error.aidNoLines", new Validation.FieldName("aid.field.lines"));
        }
        List<Long> prices = new ArrayList<>();
        long total = 0;
        for (Purchase.Line line : purchase.lines()) {
            positiveQuantity(line.quantity());
            long price = Money.positiveDiram(line.unitPrice(), "aid.field.unitPrice");
            prices.add(price);
            try {
                total = Math.addExact(total, Math.multiplyExact(price, line.quantity()));
            } catch (ArithmeticException tooLarge) {
                throw new ValidationException("error.aidTooLarge", new Validation.FieldName("aid.field.unitPrice"));
            }
        }
        long purchaseTotal = total;
        String supplierKey = supplier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Purchase checked = new Purchase(on, supplier, receipt, purchase.lines());
        return transactions.result(tx -> {
            aid.lockFund(tx);
            AidRepository.ReceiptUse use = aid.receiptUse(tx, supplierKey, receipt);
            if (use.purchases() > use.reversed()) {
                throw new ValidationException("error.aidReceiptUsed", new Validation.FieldName("aid.field.receiptNumber"));
            }
            long balance = aid.fundBalance(tx);
            if (balance < purchaseTotal) {
                throw new ValidationException("error.aidFundTooLow", Money.format(balance), Money.format(purchaseTotal));
            }
            long purchaseId = aid.insertPurchase(tx, actor, checked, supplierKey, use.purchases() + 1, purchaseTotal);
            Locked locked = lockInItemOrder(tx, checked.lines().stream().map(Purchase.Line::itemId).toList());
            for (int index : locked.order()) {
                Purchase.Line line = checked.lines().get(index);
                AidItem item = locked.items().get(line.itemId());
                LocalDate expiresOn = batchOf(item, line.expiresOn(), on);
                long lineId = aid.insertPurchaseLine(tx, actor, purchaseId, line, prices.get(index));
                aid.appendMove(tx, actor, new AidRepository.NewMove(item.id(), StockMoveKind.PURCHASE, on, line.quantity(),
                        expiresOn, prices.get(index) * line.quantity(), lineId, null, null, null, null, null, null, null));
            }
            aid.appendFundEntry(tx, actor, new AidRepository.NewFundEntry(FundEntryKind.PURCHASE, on, -purchaseTotal,
                    supplier, receipt, null, null, null, purchaseId, null, null));
            return purchaseId;
        });
    }

    /**
     * Reverses a line of the fund ledger with a reason. Reversing a purchase takes its goods off
     * the stock as well, which is refused once some of them have been handed out.
     */
    public long reverseFundEntry(Actor actor, long entryId, String reason) {
        actor.require(Permission.KEEP_AID);
        String why = Validation.required(reason, 500, "aid.field.reason");
        LocalDate today = LocalDate.now(clock);
        return transactions.result(tx -> {
            aid.lockFund(tx);
            FundEntry entry = aid.fundEntry(tx, entryId).orElseThrow(() -> new ValidationException("error.aidNoSuchEntry"));
            if (entry.kind() == FundEntryKind.REVERSAL) {
                throw new ValidationException("error.aidReversalOfReversal");
            }
            if (entry.reversedBy() != null) {
                throw new ValidationException("error.aidAlreadyReversed");
            }
            if (entry.amountDiram() > 0 && aid.fundBalance(tx) < entry.amountDiram()) {
                throw new ValidationException("error.aidFundTooLow", Money.format(aid.fundBalance(tx)),
                        Money.format(entry.amountDiram()));
            }
            if (entry.purchaseId() != null) {
                List<StockMove> moves = aid.purchaseMoves(tx, entry.purchaseId());
                lockInItemOrder(tx, moves.stream().map(StockMove::itemId).toList());
                for (StockMove move : moves) {
                    reverseMove(tx, actor, move, why, today);
                }
            }
            return aid.appendFundEntry(tx, actor, new AidRepository.NewFundEntry(FundEntryKind.REVERSAL, today,
                    -entry.amountDiram(), null, null, null, null, null, null, entry, why));
        });
    }

    // --- the stock

    /** Every item with its stock on hand and earliest expiry. */
    public List<StockLevel> stock(Actor actor) {
        actor.require(Permission.VIEW_AID);
        LocalDate from = LocalDate.now(clock).minusDays(EXPIRED_SHOWN_DAYS);
        return transactions.result(tx -> aid.stockLevels(tx, from));
    }

    /** An item's batches on the shelf, the earliest expiry first. */
    public List<Batch> batches(Actor actor, long itemId) {
        actor.require(Permission.VIEW_AID);
        LocalDate from = LocalDate.now(clock).minusDays(EXPIRED_SHOWN_DAYS);
        return transactions.result(tx -> batchesFrom(tx, itemId, from));
    }

    /** An item's stock ledger, the newest line first. */
    public List<StockMove> itemMoves(Actor actor, long itemId) {
        actor.require(Permission.VIEW_AID);
        return transactions.result(tx -> aid.itemMoves(tx, itemId, LIST_LIMIT));
    }

    /** Batches on the shelf that expire within {@link #EXPIRY_WARNING_DAYS} days of today (or have expired), soonest first. */
    public List<ExpiringBatch> expiringSoon(Actor actor) {
        actor.require(Permission.VIEW_AID);
        LocalDate today = LocalDate.now(clock);
        return transactions.result(tx -> {
            Map<Long, AidItem> items = new TreeMap<>();
            aid.items(tx).forEach(item -> items.put(item.id(), item));
            return aid.expiringBetween(tx, today.minusDays(EXPIRED_SHOWN_DAYS), today.plusDays(EXPIRY_WARNING_DAYS)).stream()
                    .map(batch -> new ExpiringBatch(items.get(batch.itemId()), batch.expiresOn(), batch.onHand())).toList();
        });
    }

    /** Records goods given to the fund, with the donor and their estimated value. */
    public long recordDonationInKind(Actor actor, Donation donation) {
        actor.require(Permission.KEEP_AID);
        LocalDate on = notInFuture(donation.on(), "aid.field.date");
        String donor = Validation.required(donation.donor(), 200, "aid.field.donor");
        positiveQuantity(donation.quantity());
        long value = Money.positiveDiram(donation.estimatedValue(), "aid.field.estimatedValue");
        return transactions.result(tx -> {
            AidItem item = lockItem(tx, donation.itemId());
            LocalDate expiresOn = batchOf(item, donation.expiresOn(), on);
            return aid.appendMove(tx, actor, new AidRepository.NewMove(item.id(), StockMoveKind.DONATION, on,
                    donation.quantity(), expiresOn, value, null, null, donor, null, null, null, null, null));
        });
    }

    /** Writes what was counted against what the ledger expects (of the batch, where expiry is tracked), with a reason. */
    public long stockTake(Actor actor, StockTake take) {
        actor.require(Permission.KEEP_AID);
        LocalDate on = notInFuture(take.on(), "aid.field.date");
        if (take.counted() < 0) {
            throw new ValidationException("error.aidCountedNegative", new Validation.FieldName("aid.field.quantity"));
        }
        String reason = Validation.required(take.reason(), 500, "aid.field.reason");
        return transactions.result(tx -> {
            AidItem item = lockItem(tx, take.itemId());
            if (item.details().tracksExpiry() && take.expiresOn() == null) {
                throw new ValidationException("error.aidExpiryNeeded", new Validation.FieldName("aid.field.expiresOn"));
            }
            LocalDate batch = item.details().tracksExpiry() ? take.expiresOn() : null;
            int expected = onHand(tx, item.id(), batch);
            if (take.counted() == expected) {
                throw new ValidationException("error.aidCountAgrees", expected);
            }
            return aid.appendMove(tx, actor, new AidRepository.NewMove(item.id(), StockMoveKind.STOCKTAKE, on,
                    take.counted() - expected, batch, null, null, null, null, expected, take.counted(), null, reason, null));
        });
    }

    /** Takes expired, damaged or otherwise unusable stock off the books. */
    public long writeOff(Actor actor, WriteOff writeOff) {
        actor.require(Permission.KEEP_AID);
        LocalDate on = notInFuture(writeOff.on(), "aid.field.date");
        positiveQuantity(writeOff.quantity());
        WriteOffCause cause = required(writeOff.cause(), "aid.field.cause");
        String note = cause == WriteOffCause.OTHER ? Validation.required(writeOff.note(), 500, "aid.field.reason")
                : Validation.optional(writeOff.note(), 500, "aid.field.reason");
        return transactions.result(tx -> {
            AidItem item = lockItem(tx, writeOff.itemId());
            if (item.details().tracksExpiry() && writeOff.expiresOn() == null) {
                throw new ValidationException("error.aidExpiryNeeded", new Validation.FieldName("aid.field.expiresOn"));
            }
            LocalDate batch = item.details().tracksExpiry() ? writeOff.expiresOn() : null;
            int available = onHand(tx, item.id(), batch);
            if (writeOff.quantity() > available) {
                throw new ValidationException("error.aidNotEnoughStock", item.name(actor.language()), available);
            }
            return aid.appendMove(tx, actor, new AidRepository.NewMove(item.id(), StockMoveKind.WRITE_OFF, on,
                    -writeOff.quantity(), batch, null, null, null, null, null, null, cause, note, null));
        });
    }

    /** Reverses a donation in kind, a stock-take or a write-off; purchases and hand-outs are reversed as a whole. */
    public long reverseStockMove(Actor actor, long moveId, String reason) {
        actor.require(Permission.KEEP_AID);
        String why = Validation.required(reason, 500, "aid.field.reason");
        LocalDate today = LocalDate.now(clock);
        return transactions.result(tx -> {
            StockMove move = aid.stockMove(tx, moveId).orElseThrow(() -> new ValidationException("error.aidNoSuchEntry"));
            if (move.kind() == StockMoveKind.PURCHASE || move.kind() == StockMoveKind.HANDOUT) {
                throw new ValidationException("error.aidReverseWhole");
            }
            lockItem(tx, move.itemId());
            return reverseMove(tx, actor, move, why, today);
        });
    }

    private long reverseMove(DSLContext tx, Actor actor, StockMove move, String why, LocalDate today) {
        StockMove current = aid.stockMove(tx, move.id()).orElseThrow();
        if (current.kind() == StockMoveKind.REVERSAL) {
            throw new ValidationException("error.aidReversalOfReversal");
        }
        if (current.reversedBy() != null) {
            throw new ValidationException("error.aidAlreadyReversed");
        }
        if (current.quantity() > 0 && onHand(tx, current.itemId(), current.expiresOn()) < current.quantity()) {
            AidItem item = aid.item(tx, current.itemId()).orElseThrow();
            throw new ValidationException("error.aidReversalLeavesTooLittle", item.name(actor.language()));
        }
        return aid.appendMove(tx, actor, new AidRepository.NewMove(current.itemId(), StockMoveKind.REVERSAL, today,
                -current.quantity(), current.expiresOn(), null, null, null, null, null, null, null, why, current));
    }

    // --- hand-outs

    /**
     * Hands aid to a family, taking each item from the batches that expire first. Refused when
     * any item has too little in stock. When the family would pass an item's monthly limit nothing
     * is written and the limits passed are returned, unless {@code limitConfirmed}, which only a
     * director may give.
     */
    public HandoutResult handOut(Actor actor, Handout handout, boolean limitConfirmed) {
        actor.require(Permission.HAND_OUT_AID);
        if (limitConfirmed) {
            actor.require(Permission.CONFIRM_EXCEPTIONS);
        }
        LocalDate on = notInFuture(handout.on(), "aid.field.date");
        HandoutReason reason = required(handout.reason(), "aid.field.reason");
        String note = reason == HandoutReason.OTHER ? Validation.required(handout.note(), 500, "aid.field.note")
                : Validation.optional(handout.note(), 500, "aid.field.note");
        String handedOverBy = Validation.required(handout.handedOverBy(), 200, "aid.field.handedOverBy");
        if (handout.lines().isEmpty()) {
            throw new ValidationException("error.aidNoLines", new Validation.FieldName("aid.field.lines"));
        }
        Set<Long> seen = new HashSet<>();
        for (Handout.Line line : handout.lines()) {
            positiveQuantity(line.quantity());
            if (!seen.add(line.itemId())) {
                throw new ValidationException("error.aidItemTwice", new Validation.FieldName("aid.field.lines"));
            }
        }
        Handout checked = new Handout(handout.familyId(), on, reason, note,
                Validation.optional(handout.requestedBy(), 200, "aid.field.requestedBy"),
                Validation.optional(handout.approvedBy(), 200, "aid.field.approvedBy"), handedOverBy,
                handout.receivedConfirmed(), handout.lines());
        return transactions.result(tx -> {
            AidRepository.FamilyFacts family = aid.lockFamily(tx, checked.familyId())
                    .orElseThrow(() -> new ValidationException("error.aidNoSuchFamily"));
            if (family.archived()) {
                throw new ValidationException("error.aidFamilyArchived", family.code());
            }
            Locked locked = lockInItemOrder(tx, checked.lines().stream().map(Handout.Line::itemId).toList());
            List<HandoutResult.LimitPassed> passed = new ArrayList<>();
            YearMonth month = YearMonth.from(on);
            // each line's batches, read once: the items are locked, and each line is of another item
            Map<Integer, List<Batch>> batches = new HashMap<>();
            for (int index : locked.order()) {
                Handout.Line line = checked.lines().get(index);
                AidItem item = locked.items().get(line.itemId());
                batches.put(index, batchesFrom(tx, item, on));
                int available = batches.get(index).stream().mapToInt(Batch::onHand).sum();
                if (line.quantity() > available) {
                    throw new ValidationException("error.aidNotEnoughStock", item.name(actor.language()), available);
                }
                Integer limit = item.details().monthlyLimit();
                if (limit != null) {
                    int already = aid.handedBetween(tx, checked.familyId(), item.id(), month.atDay(1), month.atEndOfMonth());
                    if (already + line.quantity() > limit) {
                        passed.add(new HandoutResult.LimitPassed(item.id(), limit, already, line.quantity()));
                    }
                }
            }
            if (!passed.isEmpty() && !limitConfirmed) {
                return new HandoutResult.OverMonthlyLimit(passed);
            }
            long handoutId = aid.insertHandout(tx, actor, checked, passed.isEmpty() ? null : actor.username());
            for (int index : locked.order()) {
                Handout.Line line = checked.lines().get(index);
                long lineId = aid.insertHandoutLine(tx, actor, handoutId, line);
                int left = line.quantity();
                for (Batch batch : batches.get(index)) {
                    int taken = Math.min(left, batch.onHand());
                    aid.appendMove(tx, actor, new AidRepository.NewMove(line.itemId(), StockMoveKind.HANDOUT, on, -taken,
                            batch.expiresOn(), null, null, lineId, null, null, null, null, null, null));
                    left -= taken;
                    if (left == 0) {
                        break;
                    }
                }
            }
            return new HandoutResult.Saved(handoutId);
        });
    }

    /** Ticks that the family received a hand-out (the carer signed, or said so). */
    public void confirmReceived(Actor actor, long handoutId) {
        actor.require(Permission.HAND_OUT_AID);
        transactions.run(tx -> {
            aid.handout(tx, handoutId).orElseThrow(() -> new ValidationException("error.aidNoSuchHandout"));
            aid.confirmReceived(tx, actor, handoutId);
        });
    }

    /** Reverses a whole hand-out recorded by mistake: its goods go back on the shelf, in the batches they came from. */
    public void reverseHandout(Actor actor, long handoutId, String reason) {
        actor.require(Permission.KEEP_AID);
        String why = Validation.required(reason, 500, "aid.field.reason");
        LocalDate today = LocalDate.now(clock);
        transactions.run(tx -> {
            HandoutRow handout = aid.handout(tx, handoutId).orElseThrow(() -> new ValidationException("error.aidNoSuchHandout"));
            if (handout.reversed()) {
                throw new ValidationException("error.aidAlreadyReversed");
            }
            List<StockMove> moves = aid.handoutMoves(tx, handoutId);
            lockInItemOrder(tx, moves.stream().map(StockMove::itemId).toList());
            for (StockMove move : moves) {
                reverseMove(tx, actor, move, why, today);
            }
        });
    }

    /** Hand-outs dated within [from, to], the newest first. */
    public List<HandoutRow> handouts(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Permission.VIEW_AID);
        return transactions.result(tx -> aid.handouts(tx, from, to, LIST_LIMIT));
    }

    /** A family's aid history, for its card. */
    public List<HandoutRow> familyHistory(Actor actor, long familyId) {
        actor.require(Permission.VIEW_FAMILY_AID);
        requireFamilyInReach(actor, familyId);
        return transactions.result(tx -> aid.familyHandouts(tx, familyId));
    }

    // --- requests

    /** A key worker asks for aid for a family on their caseload: what is needed, and why. */
    public long requestAid(Actor actor, long familyId, HandoutReason reason, String what) {
        actor.require(Permission.REQUEST_AID);
        requireFamilyInReach(actor, familyId);
        HandoutReason why = required(reason, "aid.field.reason");
        String needed = Validation.required(what, 500, "aid.field.what");
        LocalDate today = LocalDate.now(clock);
        return transactions.result(tx -> {
            AidRepository.FamilyFacts family = aid.lockFamily(tx, familyId)
                    .orElseThrow(() -> new ValidationException("error.aidNoSuchFamily"));
            if (family.archived()) {
                throw new ValidationException("error.aidFamilyArchived", family.code());
            }
            return aid.insertRequest(tx, actor, familyId, today, why, needed);
        });
    }

    /** The requests this user made, with their answers. */
    public List<AidRequest> myRequests(Actor actor) {
        actor.require(Permission.REQUEST_AID);
        return transactions.result(tx -> aid.requests(tx, null, actor.username(), LIST_LIMIT));
    }

    /** Requests waiting for an answer, for those who keep the fund. */
    public List<AidRequest> pendingRequests(Actor actor) {
        actor.require(Permission.KEEP_AID);
        return transactions.result(tx -> aid.requests(tx, RequestStatus.PENDING, null, LIST_LIMIT));
    }

    /** Approves a waiting request, or declines it with a reason. */
    public void decideRequest(Actor actor, long requestId, boolean approved, String declineReason) {
        actor.require(Permission.KEEP_AID);
        String reason = approved ? null : Validation.required(declineReason, 500, "aid.field.declineReason");
        LocalDate today = LocalDate.now(clock);
        transactions.run(tx -> {
            AidRequest request = aid.lockRequest(tx, requestId)
                    .orElseThrow(() -> new ValidationException("error.aidNoSuchRequest"));
            if (request.status() != RequestStatus.PENDING) {
                throw new ValidationException("error.aidRequestAnswered");
            }
            aid.decideRequest(tx, actor, requestId, approved ? RequestStatus.APPROVED : RequestStatus.DECLINED, today, reason);
        });
    }

    /**
     * Key workers see and ask aid for the families on their caseload only (an open case of theirs,
     * as key worker or cover). Those who keep the fund or hand aid out deal with every family.
     */
    private void requireFamilyInReach(Actor actor, long familyId) {
        if (actor.may(Permission.KEEP_AID) || actor.may(Permission.HAND_OUT_AID)) {
            return;
        }
        if (!caseloads.isOnCaseload(actor, familyId)) {
            throw new ValidationException("error.aidNotOnCaseload");
        }
    }

    // --- helpers

    /** The items locked, by id, and the lines' indexes in the order they were locked. */
    private record Locked(Map<Long, AidItem> items, List<Integer> order) {
    }

    /** Locks the items' rows in id order (so two writers never wait for each other in a circle), keeping what was read. */
    private Locked lockInItemOrder(DSLContext tx, List<Long> itemIds) {
        Map<Long, AidItem> items = new HashMap<>();
        new java.util.TreeSet<>(itemIds).forEach(itemId -> items.put(itemId, lockItem(tx, itemId)));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < itemIds.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(itemIds::get));
        return new Locked(items, order);
    }

    private AidItem lockItem(DSLContext tx, long itemId) {
        return aid.lockItem(tx, itemId).orElseThrow(() -> new ValidationException("error.aidNoSuchItem"));
    }

    /** The item's batches on the shelf expiring from a day (an item whose expiry is not tracked has one, dated null). */
    private List<Batch> batchesFrom(DSLContext tx, long itemId, LocalDate from) {
        return batchesFrom(tx, aid.item(tx, itemId).orElseThrow(() -> new ValidationException("error.aidNoSuchItem")), from);
    }

    private List<Batch> batchesFrom(DSLContext tx, AidItem item, LocalDate from) {
        if (item.details().tracksExpiry()) {
            return aid.batchesExpiringFrom(tx, item.id(), from);
        }
        int onHand = aid.onHand(tx, item.id());
        return onHand == 0 ? List.of() : List.of(new Batch(item.id(), null, onHand));
    }

    private int onHand(DSLContext tx, long itemId, LocalDate batch) {
        return aid.batchOnHand(tx, itemId, batch);
    }

    /** The batch goods received go to: their expiry date where the item's expiry is tracked (required, not before receipt). */
    private static LocalDate batchOf(AidItem item, LocalDate expiresOn, LocalDate receivedOn) {
        if (!item.details().tracksExpiry()) {
            return null;
        }
        if (expiresOn == null) {
            throw new ValidationException("error.aidExpiryNeeded", new Validation.FieldName("aid.field.expiresOn"));
        }
        if (expiresOn.isBefore(receivedOn)) {
            throw new ValidationException("error.aidExpiredOnReceipt", new Validation.FieldName("aid.field.expiresOn"));
        }
        return expiresOn;
    }

    private static void positiveQuantity(int quantity) {
        if (quantity <= 0) {
            throw new ValidationException("error.aidNotPositive", new Validation.FieldName("aid.field.quantity"));
        }
    }

    private LocalDate notInFuture(LocalDate date, String fieldKey) {
        required(date, fieldKey);
        if (date.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("error.dateInFuture", new Validation.FieldName(fieldKey));
        }
        return date;
    }

    private static <T> T required(T value, String fieldKey) {
        if (value == null) {
            throw new ValidationException("error.required", new Validation.FieldName(fieldKey));
        }
        return value;
    }
}
