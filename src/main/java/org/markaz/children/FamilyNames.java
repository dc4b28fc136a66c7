package org.markaz.children;

import static org.markaz.core.demo.Names.pick;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Invented but realistic families of Sughd for the scale dataset: names mostly Tajik, some Uzbek
 * and Russian, in Cyrillic with the Tajik letters (a few children written in Latin letters, as
 * some families do); districts, jamoats and addresses; circumstances and reasons.
 */
final class FamilyNames {

    static final List<String> BOYS = List.of("Муҳаммад", "Абубакр", "Умар", "Усмон", "Алӣ", "Ҳусайн", "Мустафо", "Юсуф",
            "Иброҳим", "Исмоил", "Амир", "Сомон", "Фаридун", "Меҳроб", "Шаҳром", "Далер", "Суҳроб", "Беҳрӯз", "Парвиз",
            "Исломҷон", "Абдуллоҳ", "Муҳаммадалӣ", "Хуршед", "Комрон", "Азизҷон", "Ҷавоҳир", "Саид", "Фирдавс",
            "Жасур", "Бекзод", "Ойбек", "Шоҳрух", "Азизбек", "Улуғбек", "Артём", "Максим", "Даниил");
    static final List<String> GIRLS = List.of("Оиша", "Фотима", "Марям", "Сумая", "Асма", "Зайнаб", "Ҳадича", "Мадина",
            "Сафина", "Сабрина", "Ситора", "Нигина", "Муниса", "Ширин", "Фарангис", "Меҳрона", "Сарвиноз", "Нилуфар",
            "Гулрух", "Мунира", "Садаф", "Ҳилола", "Руқия", "Мадинабону", "Дилноза", "Нодира", "Шаҳзода", "Малика",
            "Анна", "Виктория", "София");
    static final List<String> LATIN_BOYS = List.of("Muhammad", "Umar", "Amir", "Daler", "Sino", "Jasur", "Daniel");
    static final List<String> LATIN_GIRLS = List.of("Amina", "Sofia", "Madina", "Samira", "Jasmina", "Nigina", "Malika");
    static final List<String> WOMEN = List.of("Гулнора", "Зарина", "Шоира", "Нигора", "Малика", "Мавҷуда", "Фарзона",
            "Меҳрангез", "Гулчеҳра", "Дилором", "Саодат", "Муҳаббат", "Таҳмина", "Манижа", "Ситора", "Мунира", "Зулфия",
            "Шаҳноза", "Дилфуза", "Феруза", "Нилуфар", "Парвина", "Ҳанифа", "Мижгона", "Ольга", "Наталья", "Светлана");
    static final List<String> GRANDMOTHERS = List.of("Бибисоро", "Гулсум", "Хайринисо", "Мукаррама", "Ҳалима", "Рисолат",
            "Зуҳро", "Мастура", "Саломат", "Тамара", "Бибиҷон", "Қутбия");
    static final List<String> MEN = List.of("Фарҳод", "Дилшод", "Бахтиёр", "Шуҳрат", "Ҷамшед", "Рустам", "Фирӯз",
            "Алишер", "Умед", "Зафар", "Тоҳир", "Баҳодур", "Акмал", "Илҳом", "Хуршед", "Набиҷон", "Комил", "Жасур",
            "Бахром", "Сергей");
    static final List<String> GRANDFATHERS = List.of("Абдураҳмон", "Саидаҳмад", "Ҳайдар", "Иброҳим", "Маҳмадалӣ",
            "Неъмат", "Қурбон", "Раҷаб", "Ҳамро");
    /** A family name in Cyrillic, and in Latin letters for the few who write their child's name so. */
    record Surname(String cyrillic, String latin) {
    }

    /** Male forms; {@link #female} gives the female one. */
    static final List<Surname> SURNAMES = surnames("Раҳимов Rahimov", "Назаров Nazarov", "Саидов Saidov",
            "Юсупов Yusupov", "Ашуров Ashurov", "Давлатов Davlatov", "Олимов Olimov", "Ҳакимов Hakimov",
            "Шарипов Sharipov", "Қодиров Qodirov", "Мирзоев Mirzoev", "Исмоилов Ismoilov", "Ғафуров Ghafurov",
            "Ҳасанов Hasanov", "Сафаров Safarov", "Ҷӯраев Juraev", "Холов Kholov", "Одинаев Odinaev", "Шарифов Sharifov",
            "Бобоев Boboev", "Усмонов Usmonov", "Тошев Toshev", "Қурбонов Qurbonov", "Сайфуллоев Sayfulloev",
            "Абдуллоев Abdulloev", "Раҳимзода Rahimzoda", "Назарзода Nazarzoda", "Саидзода Saidzoda",
            "Қурбонзода Qurbonzoda", "Шарифзода Sharifzoda", "Ҳасанзода Hasanzoda", "Давлатзода Davlatzoda",
            "Ҷӯразода Jurazoda", "Эргашев Ergashev", "Турсунов Tursunov", "Алимов Alimov", "Абдуллаев Abdullaev",
            "Холматов Kholmatov", "Смирнов Smirnov", "Петренко Petrenko", "Ким Kim");

    static final List<String> ARCHIVE_REASONS = List.of("Кор бо оила анҷом ёфт (барномаи 6-моҳа)",
            "Оила ба ноҳияи дигар кӯчид", "Оила ба Русия кӯчид", "Оила аз хизматҳо даст кашид",
            "Работа с семьёй завершена", "Семья переехала в другой город");
    static final String FATHER_IN_RUSSIA = "Падар дар Русия кор мекунад";
    static final String WENT_TO_SCHOOL = "Ба мактаб рафт";
    /** Why a younger child leaves while the family stays. */
    static final List<String> CHILD_ARCHIVE_REASONS = List.of("Ба оилаи хешовандон гузашт",
            "Ба муассисаи томактабӣ гузаронида шуд", "Переведён в детский сад", "Бо падар ба Русия рафт");
    static final List<String> DISABILITIES = List.of("Фалаҷи кӯдакона (ДЦП)", "Синдроми Даун", "Норасоии шунавоӣ",
            "Норасоии биноӣ", "Ақибмонии инкишофи нутқ", "Ихтилоли спектри аутизм", "Эпилепсия",
            "ЗПР (задержка психического развития)");
    static final List<String> CHILD_NOTES = List.of("Ҳафтае се рӯз дар гурӯҳи рӯзонаи тавонбахшӣ",
            "Машғулиятҳо бо логопед",
            "Барои шаҳодатномаи таваллуд ба САҲШ ҳамроҳӣ карда шуд",
            "Занятия с психологом по средам", "Аллергия ба шир");
    static final List<String> OTHER_CIRCUMSTANCES = List.of("Модар бемор аст", "Модари ҷавон, бе дастгирии оила",
            "Падар маъюби гурӯҳи II", "Оила қарздор аст, барқ бурида шудааст", "Хона дар селоб вайрон шуд",
            "Мать-одиночка, нет работы", "Падар дар зиндон аст");

    /** A district of Sughd: its town (null for Khujand itself), jamoats, and the share of its families in villages. */
    record District(String name, String town, List<String> jamoats, double rural) {
    }

    private static final List<String> TOWN_STREETS = List.of("кӯчаи Камоли Хуҷандӣ", "кӯчаи Ленин", "кӯчаи Сирдарё",
            "кӯчаи Гагарин", "кӯчаи Раҳмон Набиев", "кӯчаи Бобоҷон Ғафуров", "кӯчаи Исмоили Сомонӣ", "кӯчаи Ҳофизи Шерозӣ",
            "кӯчаи Маяковский", "кӯчаи Ҷаббор Расулов");
    private static final List<String> VILLAGE_STREETS = List.of("кӯчаи Наврӯз", "кӯчаи Дӯстӣ", "кӯчаи Истиқлол",
            "кӯчаи Рӯдакӣ", "кӯчаи Айнӣ", "кӯчаи Мирзо Турсунзода", "кӯчаи Навбаҳор", "кӯчаи Ваҳдат", "кӯчаи Сомониён");

    /** Khujand first: a city centre sees most of its families from the city itself. */
    static final List<District> DISTRICTS = List.of(
            new District("Хуҷанд", null, List.of(), 0),
            new District("Бобоҷон Ғафуров", "шаҳраки Ғафуров", List.of("ҷамоати Ғафуров", "ҷамоати Унҷӣ",
                    "ҷамоати Қаттақишлоқ", "ҷамоати Ёва", "ҷамоати Хистеварз", "ҷамоати Исфисор"), 0.85),
            new District("Спитамен", "шаҳраки Нов", List.of("ҷамоати Равшан", "ҷамоати Қӯшқӯрғон"), 0.8),
            new District("Ҷаббор Расулов", "шаҳраки Ҷаббор Расулов", List.of("ҷамоати Гулакандоз", "ҷамоати Кӯлканд"),
                    0.8),
            new District("Конибодом", "ш. Конибодом", List.of("ҷамоати Патар", "ҷамоати Ниёзбек", "ҷамоати Маҳрам"), 0.6),
            new District("Исфара", "ш. Исфара", List.of("ҷамоати Чоркӯҳ", "ҷамоати Ворух", "ҷамоати Сурх"), 0.6),
            new District("Истаравшан", "ш. Истаравшан", List.of("ҷамоати Нофароҷ", "ҷамоати Ҳавотоғ",
                    "ҷамоати Пашқутан"), 0.55),
            new District("Зафаробод", "шаҳраки Зафаробод", List.of("ҷамоати Ҳаётинав"), 0.7),
            new District("Мастчоҳ", "шаҳраки Бӯстон", List.of("ҷамоати Сомониён", "ҷамоати Паланг"), 0.8),
            new District("Ашт", "шаҳраки Шайдон", List.of("ҷамоати Ошоба", "ҷамоати Пунук", "ҷамоати Понғоз"), 0.85),
            new District("Панҷакент", "ш. Панҷакент", List.of("ҷамоати Саразм", "ҷамоати Рӯдакӣ", "ҷамоати Шинг"), 0.7),
            new District("Шаҳристон", "шаҳраки Шаҳристон", List.of("ҷамоати Ҷиҷикрӯд", "ҷамоати Сабристон"), 0.85),
            new District("Деваштич", "шаҳраки Ғончӣ", List.of("ҷамоати Ҳайрабод", "ҷамоати Овчӣ"), 0.85));
    /** How many families in a hundred come from each district of {@link #DISTRICTS}. */
    private static final int[] DISTRICT_WEIGHTS = {40, 14, 7, 6, 6, 5, 6, 3, 3, 3, 3, 2, 2};

    private FamilyNames() {
    }

    /** The form of a surname for a woman or girl: Раҳимов - Раҳимова, Rahimov - Rahimova; Раҳимзода, Ким stay. */
    static String female(String surname) {
        if (surname.endsWith("ов") || surname.endsWith("ев")) {
            return surname + "а";
        }
        if (surname.endsWith("ov") || surname.endsWith("ev")) {
            return surname + "a";
        }
        return surname;
    }

    static String person(String firstName, Surname surname, boolean female) {
        return firstName + " " + (female ? female(surname.cyrillic()) : surname.cyrillic());
    }

    /** A child's name as some families write it, in Latin letters. */
    static String latinChild(Random random, Surname surname, boolean girl) {
        return pick(random, girl ? LATIN_GIRLS : LATIN_BOYS) + " " + (girl ? female(surname.latin()) : surname.latin());
    }

    private static List<Surname> surnames(String... cyrillicAndLatin) {
        return Stream.of(cyrillicAndLatin).map(both -> both.split(" ")).map(both -> new Surname(both[0], both[1])).toList();
    }

    static District district(Random random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < DISTRICT_WEIGHTS.length; i++) {
            roll -= DISTRICT_WEIGHTS[i];
            if (roll < 0) {
                return DISTRICTS.get(i);
            }
        }
        return DISTRICTS.get(0);
    }

    /** An address in Khujand or in the district's town. */
    static String townAddress(Random random, District district) {
        String place = district.town() == null ? "" : district.town() + ", ";
        if (district.town() == null && random.nextInt(3) == 0) {
            return (random.nextInt(34) + 1) + "-ум мавзеъ, хонаи " + (random.nextInt(40) + 1) + ", ҳуҷраи "
                    + (random.nextInt(90) + 1);
        }
        return place + pick(random, TOWN_STREETS) + " " + (random.nextInt(200) + 1)
                + (random.nextBoolean() ? ", ҳуҷраи " + (random.nextInt(60) + 1) : "");
    }

    /** Where a family without a home of its own stays, if anywhere. */
    static String homelessAddress(Random random, District district) {
        return random.nextBoolean() ? "Ҷои зисти доимӣ надорад" : "хобгоҳ, " + townAddress(random, district);
    }

    static String villageAddress(Random random, String jamoat) {
        return "деҳаи " + jamoat.substring("ҷамоати ".length()) + ", " + pick(random, VILLAGE_STREETS) + " "
                + (random.nextInt(80) + 1);
    }
}
