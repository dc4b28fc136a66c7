package org.markaz.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one folding of names, places, codes and phone numbers that search and the duplicate checks
 * use (docs/decisions/0012-search-folding.md). Every spelling that office staff type for the same
 * Tajik name folds to the same Latin key: Tajik Cyrillic (Иброҳим Қурбонов), the same on a Russian
 * keyboard (Иброхим Курбонов), Russian spellings (Джамшед, Рахманов) and the usual Latin ones
 * (Ibrokhim/Ibrohim/Ibroxim, Qurbonov/Kurbonov, Jamshed/Dzhamshed/Djamshed).
 *
 * <p>The key, step by step: lower case; accents and the marks of ӣ ӯ й ё taken off; ъ, ь and
 * apostrophes dropped (Маъруф = Ma'ruf = Maruf); every other character that is not a letter or a
 * digit (spaces, hyphens, punctuation) separates words. Cyrillic letters become Latin ones, then
 * the Latin spellings meet: ҳ х kh x h → h; қ к q k → k; ғ г gh g → g; ҷ ч дж j dzh dj ch → j;
 * ӣ и й ы і y → i; ӯ у → u; ё е э yo ye → e; о and а → a (Tajik о is Russian а in Раҳмонов /
 * Рахманов, Собиров / Сабиров); w → v; a letter written twice counts once (Муҳаммад = Muhamad).
 * Digits stay as they are.
 */
public final class SearchFolding {

    /** A search looks for at most this many words; more only narrow a list that is already short. */
    public static final int MAX_SEARCH_WORDS = 8;
    /** What is looked at of a search box's text; a longer text is cut there. */
    public static final int MAX_SEARCH_LENGTH = 200;
    /** A phone number folds to its last nine digits: the Tajik number without 992 or a leading 8. */
    private static final int PHONE_DIGITS = 9;
    /** Fewer digits than this are no phone number to compare. */
    private static final int MIN_PHONE_DIGITS = 7;
    /** A word keeps at least this many letters when a Russian-style ending is taken off. */
    private static final int MIN_STEM = 3;

    /** Russian-style surname and patronymic endings, as folded (-ов -ова -ев -ева -ович -овна -евич -евна). */
    private static final List<String> ENDINGS = List.of("avij", "avna", "evij", "evna", "ava", "eva", "av", "ev");

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('ғ', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('і', "i"), Map.entry('к', "k"), Map.entry('қ', "k"), Map.entry('л', "l"), Map.entry('м', "m"),
            Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
            Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ү', "u"), Map.entry('ф', "f"), Map.entry('х', "h"),
            Map.entry('ҳ', "h"), Map.entry('һ', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ҷ', "j"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ы', "y"), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"), Map.entry('є', "ye"), Map.entry('ә', "a"), Map.entry('ө', "a"), Map.entry('ң', "n"));

    /** Latin spellings, longest first, and what each folds to. */
    private static final String[][] LATIN = {
            {"shch", "sh"}, {"dzh", "j"}, {"dj", "j"}, {"ch", "j"}, {"kh", "h"}, {"gh", "g"}, {"yo", "e"}, {"ye", "e"},
            {"q", "k"}, {"x", "h"}, {"w", "v"}, {"y", "i"}, {"o", "a"}};

    private SearchFolding() {
    }

    /** The folded words of a text, separated by single spaces; "" for null or a text without letters or digits. */
    public static String fold(String text) {
        return String.join(" ", words(text));
    }

    /** The folded words of a text, in their order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : latinWords(text)) {
            String word = foldLatin(raw);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * What a record stores to be found by: each part folded, with a word written with a hyphen also
     * written joined ("Абдул-Азиз" is found as "абдулазиз" too, "KHJ-0025" as "khj0025"). Null and
     * blank parts are left out; a phone number should be given as {@link #phoneKey}.
     */
    public static String storedText(String... parts) {
        List<String> stored = new ArrayList<>();
        for (String part : parts) {
            if (part == null || part.isBlank()) {
                continue;
            }
            List<String> words = words(part);
            if (words.isEmpty()) {
                continue;
            }
            stored.addAll(words);
            for (String compound : part.split("\\s+")) {
                if (compound.indexOf('-') > 0) {
                    String joined = String.join("", words(compound));
                    if (!joined.isEmpty() && !stored.contains(joined)) {
                        stored.add(joined);
                    }
                }
            }
        }
        return String.join(" ", stored);
    }

    /**
     * The words a stored text must each contain to match what was typed in a search box. Runs of
     * digits separated by spaces or hyphens are one number ("92 781 34 50"), a long one shortened to
     * its last nine digits like a stored phone number; a feminine or patronymic Russian-style ending
     * becomes the masculine one ("Қурбонова" finds Қурбонов too); a last word that ends half-way through a Latin spelling
     * ("ibrok" on the way to "ibrokh") loses that letter, so the list does not empty while typing.
     * Nothing to look for (blank, only punctuation) gives an empty list.
     */
    public static List<String> searchWords(String typed) {
        if (typed == null) {
            return List.of();
        }
        String cut = typed;
        if (typed.length() > MAX_SEARCH_LENGTH) {
            // cut at a word's end, so that no half of a word is looked for
            cut = typed.substring(0, MAX_SEARCH_LENGTH);
            int space = cut.lastIndexOf(' ');
            cut = space > 0 ? cut.substring(0, space + 1) : cut;
        }
        List<String> raws = latinWords(cut);
        List<String> words = new ArrayList<>();
        StringBuilder number = new StringBuilder();
        for (int i = 0; i < raws.size(); i++) {
            String raw = raws.get(i);
            if (isDigits(raw)) {
                number.append(raw);
                continue;
            }
            addNumber(number, words);
            boolean last = i == raws.size() - 1 && endsInLatin(cut);
            String word = masculine(foldLatin(last ? unfinished(raw) : raw));
            if (!word.isEmpty() && !words.contains(word)) {
                words.add(word);
            }
        }
        addNumber(number, words);
        return words.size() > MAX_SEARCH_WORDS ? List.copyOf(words.subList(0, MAX_SEARCH_WORDS)) : List.copyOf(words);
    }

    /**
     * Two people whose names have the same key are possibly the same person: the folded words
     * without Russian-style endings, in alphabetical order ("Қурбонов Иброҳим" = "Ibrokhim
     * Kurbonov" = "Иброхим Қурбон").
     */
    public static String nameKey(String fullName) {
        return String.join(" ", words(fullName).stream().map(SearchFolding::withoutEnding).sorted().toList());
    }

    /** The digits of a phone number, only its last nine when longer (without 992 or 8 before it); "" for none. */
    public static String phoneKey(String phone) {
        if (phone == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder();
        phone.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        return digits.length() > PHONE_DIGITS ? digits.substring(digits.length() - PHONE_DIGITS) : digits.toString();
    }

    /** Whether two phone numbers are the same number written differently; numbers too short to tell never are. */
    public static boolean samePhone(String one, String other) {
        String key = phoneKey(one);
        return key.length() >= MIN_PHONE_DIGITS && key.equals(phoneKey(other));
    }

    /** Lower-case Latin words, before the Latin spellings meet: Cyrillic spelled out, marks and apostrophes gone. */
    private static List<String> latinWords(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            String latin = CYRILLIC.get(c);
            if (latin != null) {
                word.append(latin);
            } else if (isDropped(c)) {
                continue;
            } else if (c < 128 && Character.isLetterOrDigit(c) || c >= 128 && Character.isLetter(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** Combining marks (of й ё ӣ ӯ, of accented Latin letters), the hard and soft signs, apostrophes. */
    private static boolean isDropped(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK || c == 'ъ' || c == 'ь'
                || c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == 'ʻ' || c == '`' || c == '´';
    }

    private static String foldLatin(String raw) {
        StringBuilder folded = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            String replacement = null;
            for (String[] spelling : LATIN) {
                if (raw.startsWith(spelling[0], i)) {
                    replacement = spelling[1];
                    i += spelling[0].length();
                    break;
                }
            }
            if (replacement == null) {
                replacement = String.valueOf(raw.charAt(i));
                i++;
            }
            for (int r = 0; r < replacement.length(); r++) {
                char c = replacement.charAt(r);
                boolean twice = folded.length() > 0 && folded.charAt(folded.length() - 1) == c && Character.isLetter(c);
                if (!twice) {
                    folded.append(c);
                }
            }
        }
        return folded.toString();
    }

    /** A word that may stop half-way through kh, ch, dj/dzh, yo/ye loses that half (never to nothing). */
    private static String unfinished(String raw) {
        String cut = raw.endsWith("dz") ? raw.substring(0, raw.length() - 2)
                : raw.endsWith("k") || raw.endsWith("c") || raw.endsWith("d") || raw.endsWith("y")
                ? raw.substring(0, raw.length() - 1) : raw;
        return cut.isEmpty() || isDigits(cut) ? raw : cut;
    }

    /** -ова -ева -овна -евна -ович -евич as -ов -ев, as folded: a word that finds the surname of either sex. */
    private static String masculine(String word) {
        for (String ending : ENDINGS) {
            if (ending.length() > 2 && word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length() + 2);
            }
        }
        return word;
    }

    private static String withoutEnding(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static void addNumber(StringBuilder number, List<String> words) {
        if (number.length() > 0) {
            String digits = phoneKey(number.toString());
            if (!words.contains(digits)) {
                words.add(digits);
            }
            number.setLength(0);
        }
    }

    /** Whether the text ends with a Latin letter: a word still being typed, which may stop half-way through a spelling. */
    private static boolean endsInLatin(String typed) {
        if (typed.isEmpty()) {
            return false;
        }
        char last = Character.toLowerCase(typed.charAt(typed.length() - 1));
        return last >= 'a' && last <= 'z';
    }

    private static boolean isDigits(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
