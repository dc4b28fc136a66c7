package org.markaz.children;

import java.util.Locale;
import java.util.Map;

/**
 * Tajik and Russian Cyrillic to Latin letters, so a name written "Мадина" is found by typing
 * "madina" and the other way round.
 */
final class Transliteration {

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('ғ', "gh"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"),
            Map.entry('и', "i"), Map.entry('ӣ', "i"), Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('қ', "q"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ӯ', "u"),
            Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ҳ', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ҷ', "j"), Map.entry('ш', "sh"), Map.entry('щ', "sch"), Map.entry('ъ', ""), Map.entry('ы', "y"),
            Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    private Transliteration() {
    }

    /** Lower case, with Cyrillic letters written in Latin ones; other characters stay. */
    static String toLatin(String text) {
        StringBuilder latin = new StringBuilder(text.length() + 8);
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            latin.append(LATIN.getOrDefault(c, String.valueOf(c)));
        }
        return latin.toString();
    }
}
