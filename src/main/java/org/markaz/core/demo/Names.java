package org.markaz.core.demo;

import java.util.List;
import java.util.Random;

/**
 * Invented but realistic names and numbers of Sughd for generated data, drawn from a share's own
 * sequence: the staff's names and posts (the core's share) and what every share draws from.
 */
public final class Names {

    private static final List<String> MALE_FIRST = List.of("Фарҳод", "Дилшод", "Бахтиёр", "Шуҳрат", "Ҷамшед", "Рустам",
            "Фирӯз", "Алишер", "Умед", "Сӯҳроб", "Зафар", "Муҳаммад", "Сергей", "Андрей", "Дмитрий", "Тоҳир");
    private static final List<String> FEMALE_FIRST = List.of("Мадина", "Гулнора", "Зарина", "Шоира", "Нигина", "Малика",
            "Дилафрӯз", "Ширин", "Мавҷуда", "Фарзона", "Меҳрангез", "Ольга", "Наталья", "Елена", "Сабрина", "Гулчеҳра");
    private static final List<String> FAMILY = List.of("Раҳимов", "Назаров", "Саидов", "Юсупов", "Каримов", "Ашуров",
            "Давлатов", "Олимов", "Ҳакимов", "Шарипов", "Қодиров", "Мирзоев", "Исмоилов", "Ғафуров", "Петренко", "Иванов");
    static final List<String> POSITIONS = List.of("Корманди асосӣ", "Социальный работник", "Ҳамшираи тиббӣ", "Психолог",
            "Логопед", "Тарбиячӣ", "Бухгалтер", "Ронанда", "Ошпаз", "Мудири корҳо");

    private Names() {
    }

    /** A member of staff: most of them women. */
    static String staffName(Random random) {
        boolean female = random.nextInt(10) < 7;
        String first = pick(random, female ? FEMALE_FIRST : MALE_FIRST);
        String family = pick(random, FAMILY);
        if (female && !family.endsWith("о")) {
            family = family + "а";
        }
        return first + " " + family;
    }

    public static String phone(Random random) {
        return String.format("+992 %02d %03d %02d %02d", 90 + random.nextInt(4), random.nextInt(1000), random.nextInt(100),
                random.nextInt(100));
    }

    public static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
