package org.markaz.aid;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.markaz.children.ChildrenService;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Role;
import org.markaz.shared.FamilyRow;

/**
 * The aid fund's share of the sample centre: a year of Families Together ending today. Two grants
 * (pounds from the UK fund, dollars from UNICEF, with the rates used), a local firm's money and a
 * bakery's food parcels, a purchase early each month (winter coal, school sets in August), about
 * 150 hand-outs spread over the families, a stock-take that found a hygiene kit missing, expired
 * syrup written off, and baby formula expiring within the month, for Today. Written through the
 * service, in date order, as the bookkeeper would (the program acts with a keeper's rights). What is
 * on the shelf is followed here as it is written rather than read back before every hand-out: the
 * sample centre is created at a first start, with a bar of 3 s for all of it.
 */
public final class AidSample implements SampleShare {

    private static final long SEED = 20_261_212L;
    private static final int HANDOUTS = 150;
    private static final String BOOKKEEPER = "Зарина Юсупова";
    private static final List<String> KEY_WORKERS = List.of("Гулнора Саидова", "Ольга Петренко");
    private static final String DIRECTOR = "Фарҳод Назаров";

    /** It reads only the families; at a first start it is written beside the register, beds and cases. */
    @Override
    public Class<? extends SampleShare> readsOnlyUpTo() {
        return org.markaz.children.ChildrenSample.class;
    }

    @Override
    public void load(SampleContext context) {
        Actor sample = context.actor();
        Actor keeper = new Actor(sample.userId(), sample.username(), sample.fullName(), Role.DIRECTOR, Language.ENGLISH);
        List<FamilyRow> families = context.services().get(ChildrenService.class).searchFamilies(sample, "", false);
        new Year(context.services().get(AidService.class), keeper, families, context.today()).fill();
    }

    private static final class Year {

        private final AidService aid;
        private final Actor actor;
        private final List<FamilyRow> families;
        private final LocalDate today;
        private final LocalDate first;
        private final Random random = new Random(SEED);
        private final Map<String, Long> items = new TreeMap<>();
        private final Shelves shelves = new Shelves();
        private int receipt = 1040;

        Year(AidService aid, Actor actor, List<FamilyRow> families, LocalDate today) {
            this.aid = aid;
            this.actor = actor;
            this.families = families;
            this.today = today;
            this.first = today.minusYears(1).plusDays(1);
        }

        void fill() {
            catalogue();
            List<LocalDate> handoutDays = handoutDays();
            int next = 0;
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                moneyAndGifts(day);
                if (day.getDayOfMonth() == 3) {
                    monthlyPurchase(day);
                }
                if (day.equals(first.plusDays(20))) {
                    syrupSoonExpiring(day);
                }
                if (day.equals(today.minusMonths(2))) {
                    stockTake(day);
                }
                if (day.equals(first.plusMonths(4))) {
                    writeOffExpiredSyrup(day);
                }
                while (next < handoutDays.size() && handoutDays.get(next).equals(day)) {
                    handOut(day);
                    next++;
                }
            }
            formulaExpiringThisMonth();
        }

        /** The grants, the firm's money and the bakery's parcels, each on its day. */
        private void moneyAndGifts(LocalDate day) {
            if (day.equals(first)) {
                money(FundEntryKind.GRANT, day, "Families Together (UK)", "40356.00", ForeignCurrency.GBP, "3000", "13.452",
                        "FT/KHJ/" + first.getYear());
            }
            if (day.equals(first.plusMonths(2).plusDays(10))) {
                aid.recordDonationInKind(actor, new Donation(day, "ҶДММ «Хуҷанд-Нон»", items.get("parcel"), 30,
                        new BigDecimal("4500.00"), null));
                shelves.put(items.get("parcel"), null, 30);
            }
            if (day.equals(first.plusMonths(3).plusDays(4))) {
                money(FundEntryKind.DONATION, day, "ҶДММ «Суғд-Агро»", "3500.00", null, null, null, "Мактуб № 112");
            }
            if (day.equals(first.plusMonths(6))) {
                money(FundEntryKind.GRANT, day, "UNICEF Tajikistan", "27287.50", ForeignCurrency.USD, "2500", "10.915",
                        "PCA/TJK/" + day.getYear() + "/07");
            }
        }

        private void catalogue() {
            for (AidCatalogue.Entry entry : AidCatalogue.ENTRIES) {
                items.put(entry.key(), aid.saveItem(actor, null, entry.details()));
            }
        }

        private void money(FundEntryKind kind, LocalDate on, String source, String somoni, ForeignCurrency currency,
                           String original, String rate, String reference) {
            aid.recordMoneyIn(actor, new MoneyIn(kind, on, source, new BigDecimal(somoni), currency,
                    original == null ? null : new BigDecimal(original), rate == null ? null : new BigDecimal(rate), reference));
        }

        /** Early each month: parcels, oil, formula, hygiene and nappies; coal from October to February; school sets in August. */
        private void monthlyPurchase(LocalDate day) {
            List<Purchase.Line> food = new ArrayList<>();
            food.add(new Purchase.Line(items.get("parcel"), 10, new BigDecimal("165.00"), null));
            food.add(new Purchase.Line(items.get("oil"), 20, new BigDecimal("21.50"), null));
            purchase(new Purchase(day, "Бозори Панҷшанбе, дӯкони Раҳимов", "Ч-" + receipt++, food));
            purchase(new Purchase(day, "Дорухонаи «Шифо»", "00" + receipt++, List.of(
                    new Purchase.Line(items.get("formula"), 16, new BigDecimal("38.50"), day.plusMonths(7)),
                    new Purchase.Line(items.get("cereal"), 10, new BigDecimal("24.90"), day.plusMonths(9)),
                    new Purchase.Line(items.get("nappies"), 8, new BigDecimal("69.00"), null),
                    new Purchase.Line(items.get("hygiene"), 8, new BigDecimal("45.00"), null))));
            Month month = day.getMonth();
            if (month == Month.OCTOBER || month == Month.NOVEMBER || month == Month.DECEMBER || month == Month.JANUARY
                    || month == Month.FEBRUARY) {
                purchase(new Purchase(day, "ЯК Ашуров (ангишт)", "А-" + receipt++, List.of(
                        new Purchase.Line(items.get("coal"), 1500, new BigDecimal("1.60"), null),
                        new Purchase.Line(items.get("jacket"), 4, new BigDecimal("185.00"), null))));
            }
            if (month == Month.AUGUST) {
                purchase(new Purchase(day, "Мағозаи «Дониш»", "Д-" + receipt++, List.of(
                        new Purchase.Line(items.get("school"), 25, new BigDecimal("120.00"), null))));
            }
        }

        /** Syrup bought short-dated: some of it is left when it expires, and is written off. */
        private void syrupSoonExpiring(LocalDate day) {
            purchase(new Purchase(day, "Дорухонаи «Шифо»", "00" + receipt++, List.of(
                    new Purchase.Line(items.get("syrup"), 10, new BigDecimal("27.00"), first.plusMonths(4).minusDays(3)))));
        }

        private void writeOffExpiredSyrup(LocalDate day) {
            aid.batches(actor, items.get("syrup")).stream().filter(b -> b.expiresOn() != null && b.expiresOn().isBefore(day))
                    .forEach(batch -> {
                        aid.writeOff(actor, new WriteOff(day, items.get("syrup"), batch.expiresOn(),
                                batch.onHand(), WriteOffCause.EXPIRED, "Мӯҳлаташ гузашт, бо санад нобуд карда шуд"));
                        shelves.take(items.get("syrup"), batch.expiresOn(), batch.onHand());
                    });
        }

        private void stockTake(LocalDate day) {
            long hygiene = items.get("hygiene");
            int expected = aid.batches(actor, hygiene).stream().mapToInt(Batch::onHand).sum();
            if (expected > 0) {
                aid.stockTake(actor, new StockTake(day, hygiene, null, expected - 1,
                        "Одна упаковка порвана при хранении и выброшена"));
                shelves.take(hygiene, null, 1);
            }
        }

        /** Formula a pharmacy gave, dated to expire within the month: it shows on Today (nothing is handed out after it). */
        private void formulaExpiringThisMonth() {
            aid.recordDonationInKind(actor, new Donation(today.minusDays(6), "Дорухонаи «Шифо»", items.get("formula"), 6,
                    new BigDecimal("180.00"), today.plusDays(19)));
        }

        /** About {@value #HANDOUTS} working days of the year, with more in winter and at the start of school. */
        private List<LocalDate> handoutDays() {
            List<LocalDate> days = new ArrayList<>();
            while (days.size() < HANDOUTS) {
                LocalDate day = first.plusDays(10 + random.nextInt((int) (today.toEpochDay() - first.toEpochDay()) - 10));
                if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    days.add(day);
                }
            }
            days.sort(null);
            return days;
        }

        private void handOut(LocalDate day) {
            HandoutReason reason = reasonOn(day);
            List<String> wanted = switch (reason) {
                case WINTER -> List.of("coal", "jacket", "parcel");
                case SCHOOL_START -> List.of("school", "hygiene");
                case MEDICAL -> List.of("syrup", "formula");
                default -> random.nextBoolean() ? List.of("parcel", "oil", "hygiene") : List.of("formula", "cereal", "nappies");
            };
            List<Handout.Line> lines = new ArrayList<>();
            for (String key : wanted) {
                long item = items.get(key);
                int quantity = Math.min(quantityOf(key), shelves.usable(item, day));
                if (quantity > 0) {
                    lines.add(new Handout.Line(item, quantity));
                }
            }
            if (lines.isEmpty()) {
                return;
            }
            FamilyRow family = families.get(random.nextInt(families.size()));
            String keyWorker = KEY_WORKERS.get(random.nextInt(KEY_WORKERS.size()));
            HandoutResult result = aid.handOut(actor, new Handout(family.id(), day, reason,
                    reason == HandoutReason.OTHER ? "Сӯхтор дар хона" : null, keyWorker,
                    random.nextInt(4) == 0 ? DIRECTOR : BOOKKEEPER, BOOKKEEPER, random.nextInt(10) != 0, lines), false);
            if (result instanceof HandoutResult.Saved) {
                lines.forEach(line -> shelves.handOut(line.itemId(), line.quantity(), day));
            }
        }

        private void purchase(Purchase purchase) {
            aid.recordPurchase(actor, purchase);
            purchase.lines().forEach(line -> shelves.put(line.itemId(), line.expiresOn(), line.quantity()));
        }

        private HandoutReason reasonOn(LocalDate day) {
            Month month = day.getMonth();
            if ((month == Month.DECEMBER || month == Month.JANUARY || month == Month.FEBRUARY) && random.nextInt(3) > 0) {
                return HandoutReason.WINTER;
            }
            if ((month == Month.AUGUST || month == Month.SEPTEMBER) && random.nextBoolean()) {
                return HandoutReason.SCHOOL_START;
            }
            int roll = random.nextInt(20);
            if (roll == 0) {
                return HandoutReason.OTHER;
            }
            if (roll < 3) {
                return HandoutReason.MEDICAL;
            }
            return roll < 12 ? HandoutReason.FOOD_INSECURITY : HandoutReason.CRISIS;
        }

        private int quantityOf(String key) {
            switch (key) {
                case "coal":
                    return 200;
                case "oil":
                case "formula":
                    return 2 + random.nextInt(2);
                case "nappies":
                case "jacket":
                case "school":
                    return 1 + random.nextInt(2);
                default:
                    return 1;
            }
        }
    }

    /**
     * What the sample has put on the shelves and taken off, per item and expiry (none where not
     * tracked), taken the way the service takes it: the earliest batch not expired on the day.
     */
    private static final class Shelves {

        private static final LocalDate NO_EXPIRY = LocalDate.MAX;
        private final Map<Long, TreeMap<LocalDate, Integer>> batches = new TreeMap<>();

        void put(long item, LocalDate expiresOn, int quantity) {
            batches.computeIfAbsent(item, key -> new TreeMap<>())
                    .merge(expiresOn == null ? NO_EXPIRY : expiresOn, quantity, Integer::sum);
        }

        void take(long item, LocalDate expiresOn, int quantity) {
            batches.get(item).merge(expiresOn == null ? NO_EXPIRY : expiresOn, -quantity, Integer::sum);
        }

        int usable(long item, LocalDate day) {
            return batches.getOrDefault(item, new TreeMap<>()).tailMap(day, true).values().stream()
                    .mapToInt(Integer::intValue).sum();
        }

        void handOut(long item, int quantity, LocalDate day) {
            int left = quantity;
            for (Map.Entry<LocalDate, Integer> batch : batches.get(item).tailMap(day, true).entrySet()) {
                int taken = Math.min(left, batch.getValue());
                batch.setValue(batch.getValue() - taken);
                left -= taken;
                if (left == 0) {
                    return;
                }
            }
        }
    }
}
