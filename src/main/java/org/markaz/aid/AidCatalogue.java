package org.markaz.aid;

import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The items the sample centre and the scale dataset keep: what a centre's fund hands out, with a
 * typical price, how many go to a family at once, how many a busy centre buys in a month, and the
 * months they are bought in (coal and jackets in winter, school sets before school).
 */
final class AidCatalogue {

    /** An item with the generators' figures. */
    record Entry(String key, ItemDetails details, long priceDiram, int handedAtOnce, int monthlyForScale, Set<Month> season) {

        boolean inSeason(Month month) {
            return season.contains(month);
        }
    }

    private static final Set<Month> ALL_YEAR = EnumSet.allOf(Month.class);
    private static final Set<Month> WINTER = EnumSet.of(Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER, Month.JANUARY,
            Month.FEBRUARY);

    static final List<Entry> ENTRIES = List.of(
            entry("parcel", "Food parcel", "Продуктовый набор", "Бастаи озуқаворӣ", AidCategory.FOOD, AidUnit.PARCEL, false,
                    1, 16_500, 1, 200, ALL_YEAR),
            entry("oil", "Sunflower oil", "Подсолнечное масло", "Равғани офтобпараст", AidCategory.FOOD, AidUnit.LITRE, false,
                    5, 2_150, 2, 300, ALL_YEAR),
            entry("formula", "Baby formula", "Детская смесь", "Омехтаи ширии кӯдакона", AidCategory.BABY_FOOD, AidUnit.PACK,
                    true, 4, 3_850, 2, 260, ALL_YEAR),
            entry("cereal", "Baby cereal", "Детская каша", "Шавлаи кӯдакона", AidCategory.BABY_FOOD, AidUnit.PACK, true,
                    4, 2_490, 1, 160, ALL_YEAR),
            entry("hygiene", "Hygiene kit", "Гигиенический набор", "Бастаи беҳдоштӣ", AidCategory.HYGIENE, AidUnit.PACK,
                    false, 1, 4_500, 1, 150, ALL_YEAR),
            entry("nappies", "Nappies", "Подгузники", "Памперс", AidCategory.HYGIENE, AidUnit.PACK, false, 2, 6_900, 1, 200,
                    ALL_YEAR),
            entry("syrup", "Children's paracetamol syrup", "Парацетамол, сироп детский", "Шарбати парацетамоли кӯдакона",
                    AidCategory.MEDICINE, AidUnit.PIECE, true, null, 2_700, 1, 60, ALL_YEAR),
            entry("coal", "Coal", "Уголь", "Ангишт", AidCategory.FUEL, AidUnit.KG, false, 300, 160, 100, 24_000, WINTER),
            entry("school", "School set", "Школьный набор", "Маҷмӯи мактабӣ", AidCategory.SCHOOL, AidUnit.PIECE, false, 2,
                    12_000, 1, 700, EnumSet.of(Month.AUGUST)),
            entry("jacket", "Child's winter jacket", "Детская зимняя куртка", "Куртаи зимистонаи кӯдакона",
                    AidCategory.CLOTHING, AidUnit.PIECE, false, 2, 18_500, 1, 90, WINTER));

    private AidCatalogue() {
    }

    private static Entry entry(String key, String en, String ru, String tg, AidCategory category, AidUnit unit,
                               boolean tracksExpiry, Integer limit, long priceDiram, int handedAtOnce, int monthly,
                               Set<Month> season) {
        return new Entry(key, new ItemDetails(en, ru, tg, category, unit, tracksExpiry, limit), priceDiram, handedAtOnce,
                monthly, season);
    }
}
