package org.markaz.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/design.md §4: every text in English, Russian and Tajik; no missing, unused or hard-coded text. */
class LocalizationConsistencyTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Path BUNDLES = MAIN.resolve(Path.of("resources", "org", "markaz", "i18n"));

    /** A string literal shaped like a key: words joined by dots. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    /**
     * Where the code asks for a text, whatever its key starts with (as JabRef parses its lang()
     * calls): a text or plural, a refusal's message, a field's name.
     */
    private static final Pattern KEY_ASKED_FOR = Pattern.compile("(?:\\btext|\\bplural|Exception|\\bsuper|FieldName)\\(\\s*"
            + KEY_LITERAL.pattern());
    /** Literals that look like keys of a known namespace but name data: CSV columns, manifest lines, measures. */
    private static final Set<String> NOT_KEYS = Set.of("centre.code", "created.at", "program.version", "schema.version",
            "seal.key", "period.from", "period.to", "residents.onLastDay", "shortStay.averageDays", "shortStay.ended",
            "shortStay.medianDays", "figures.quarter", "register.dayLoad", "register.markSave", "dd.MM.yyyy",
            "aid.stockOnHand", "aid.monthStatement", "aid.familyHistory", "aid.handoutSave");
    /** Literals such as "staff.csv" start like keys but name files. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(csv|properties|fxml|zip|css|ttf|sql|txt|json|xml|db|lock|log)");
    private static final Pattern ANY_LITERAL = Pattern.compile("\"([A-Za-z0-9.]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9.]+)\"");
    private static final Pattern FXML_TEXT_ATTRIBUTE = Pattern.compile("\\b(text|promptText)=\"([^\"]*)\"");
    private static final Pattern HARD_CODED_TEXT = Pattern.compile(
            "(\\.setText|new\\s+Label|new\\s+Button|\\.setTitle|\\.setPromptText|new\\s+Tab|\\.setHeaderText|new\\s+Tooltip"
                    + "|new\\s+CheckBox|new\\s+MenuItem)\\(\\s*\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /** Names, commands and codes that stay Latin in a Tajik sentence. */
    private static final List<String> LATIN_ALLOWED_IN_TAJIK = List.of("markaz-demo", "keyworker", "bookkeeper",
            "director", "admin", "PDF", "Page Up", "Page Down", "P —", "A —", "Shift", "Enter", "T —", "KHJ", "m.rahimova", "USB", "Markaz", "init-sample", "--force", "xvfb-run", "English",
            "en", "ru", "tg", "restore", "--data-dir", "--accept-unverified", "7-Zip", "backup --to", "SHA-256",
            "--accept-open-period", "--accept-unclosed-days", "DHIS2", "2026Q3",
            // the DHIS2 mapping file's format, as a DHIS2 administrator writes it
            "code;disaggregation;dataElement;categoryOptionCombo", "sex:F", "CSV", "ZIP", "UTF-8");
    private static final String TAJIK_LETTERS = "ҳқғҷӣӯ";

    @Test
    void russianHasExactlyTheEnglishKeys() {
        assertSameKeys("messages_ru.properties");
    }

    @Test
    void tajikHasExactlyTheEnglishKeys() {
        assertSameKeys("messages_tg.properties");
    }

    @Test
    void everyKeyIsUsedInFxmlOrJava() {
        Set<String> used = new TreeSet<>(keysInFxml());
        for (Path java : mainJava()) {
            Matcher literal = ANY_LITERAL.matcher(read(java));
            while (literal.find()) {
                used.add(literal.group(1));
                // Localization.plural(key, n) reads key.one, key.few or key.many
                for (String form : List.of("one", "few", "many")) {
                    used.add(literal.group(1) + "." + form);
                }
            }
        }
        used.addAll(auditFieldLabels());
        Set<String> unused = new TreeSet<>(base().stringPropertyNames());
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys in messages.properties that no FXML or Java file uses");
    }

    @Test
    void everyKeyUsedInFxmlOrJavaIsInTheBaseBundle() {
        Map<String, String> missing = new TreeMap<>();
        Set<String> known = base().stringPropertyNames();
        Set<String> namespaces = known.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        for (Path fxml : fxmlFiles()) {
            Matcher key = FXML_KEY.matcher(read(fxml));
            while (key.find()) {
                if (!known.contains(key.group(1))) {
                    missing.put(key.group(1), MAIN.relativize(fxml).toString());
                }
            }
        }
        for (Path java : mainJava()) {
            String code = read(java);
            Matcher asked = KEY_ASKED_FOR.matcher(code);
            while (asked.find()) {
                if (!known.contains(asked.group(1)) && !isPluralBase(asked.group(1), known)) {
                    missing.put(asked.group(1), MAIN.relativize(java).toString());
                }
            }
            // anywhere else (enum constants, areas, tabs, progress steps): a literal in a namespace the bundle has
            Matcher key = KEY_LITERAL.matcher(code);
            while (key.find()) {
                String literal = key.group(1);
                boolean inANamespace = namespaces.contains(literal.substring(0, literal.indexOf('.')));
                boolean notAKey = FILE_NAME.matcher(literal).matches() || NOT_KEYS.contains(literal);
                if (inANamespace && !notAKey && !known.contains(literal) && !isPluralBase(literal, known)) {
                    missing.put(literal, MAIN.relativize(java).toString());
                }
            }
        }
        assertEquals(Map.of(), missing, "keys used but missing from messages.properties (key -> where)");
    }

    /**
     * The audit log names a changed field by a key built from its table and column
     * (field.centreName, else field.name): every such key the schema can ask for.
     */
    static Set<String> auditFieldLabels() {
        Set<String> labels = new TreeSet<>();
        for (org.jooq.Table<?> table : org.markaz.db.Public.PUBLIC.getTables()) {
            String tableCamel = camel(table.getName().toLowerCase(java.util.Locale.ROOT));
            for (org.jooq.Field<?> field : table.fields()) {
                String column = camel(field.getName().toLowerCase(java.util.Locale.ROOT));
                labels.add("field." + column);
                labels.add("field." + tableCamel + Character.toUpperCase(column.charAt(0)) + column.substring(1));
            }
        }
        return labels;
    }

    private static String camel(String snake) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    /** {@code plural("age.days", n)} asks for age.days.one, .few and .many. */
    private static boolean isPluralBase(String literal, Set<String> known) {
        return List.of("one", "few", "many").stream().allMatch(form -> known.contains(literal + "." + form));
    }

    @Test
    void theCheckFindsKeysAskedForWhateverTheyStartWith() {
        Matcher asked = KEY_ASKED_FOR.matcher("text.text(\"nosuch.prefix.key\", 1); new ValidationException(\"error.x\"); "
                + "new FieldName(\"field.y\"); System.getProperty(\"java.home\")");
        List<String> found = new ArrayList<>();
        while (asked.find()) {
            found.add(asked.group(1));
        }
        assertEquals(List.of("nosuch.prefix.key", "error.x", "field.y"), found);
    }

    @Test
    void fxmlTextsComeFromTheBundle() {
        List<String> hardCoded = new ArrayList<>();
        for (Path fxml : fxmlFiles()) {
            Matcher attribute = FXML_TEXT_ATTRIBUTE.matcher(read(fxml));
            while (attribute.find()) {
                String value = attribute.group(2);
                if (!value.isEmpty() && !value.startsWith("%")) {
                    hardCoded.add(MAIN.relativize(fxml) + ": " + attribute.group());
                }
            }
        }
        assertEquals(List.of(), hardCoded);
    }

    @Test
    void javaSetsNoTextFromAStringLiteral() {
        List<String> hardCoded = new ArrayList<>();
        for (Path java : mainJava()) {
            List<String> lines = lines(java);
            for (int i = 0; i < lines.size(); i++) {
                if (HARD_CODED_TEXT.matcher(lines.get(i)).find()) {
                    hardCoded.add(MAIN.relativize(java) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), hardCoded);
    }

    @Test
    void tajikTextsHaveNoLatinWords() {
        Properties tajik = bundle("messages_tg.properties");
        Map<String, String> latin = new TreeMap<>();
        for (String key : tajik.stringPropertyNames()) {
            String value = tajik.getProperty(key).replaceAll("\\{[^}]*}", "");
            for (String allowed : LATIN_ALLOWED_IN_TAJIK) {
                value = value.replaceAll("(?<![A-Za-z])" + Pattern.quote(allowed) + "(?![A-Za-z])", "");
            }
            if (value.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                latin.put(key, tajik.getProperty(key));
            }
        }
        assertEquals(Map.of(), latin, "Tajik texts with Latin letters");
    }

    @Test
    void tajikUsesTheTajikLetters() {
        Properties tajik = bundle("messages_tg.properties");
        String all = String.join("\n", tajik.stringPropertyNames().stream().map(tajik::getProperty).toList()).toLowerCase();
        for (char letter : TAJIK_LETTERS.toCharArray()) {
            assertTrue(all.indexOf(letter) >= 0, "the Tajik texts never use " + letter + ": are they Russian?");
        }
    }

    @Test
    void everyTextHasTheSamePlaceholdersInAllLanguages() {
        Properties english = base();
        Map<String, String> differ = new TreeMap<>();
        for (String file : List.of("messages_ru.properties", "messages_tg.properties")) {
            Properties other = bundle(file);
            for (String key : english.stringPropertyNames()) {
                if (other.containsKey(key)
                        && !placeholders(english.getProperty(key)).equals(placeholders(other.getProperty(key)))) {
                    differ.put(file + " " + key, placeholders(english.getProperty(key)) + " vs "
                            + placeholders(other.getProperty(key)));
                }
            }
        }
        assertEquals(Map.of(), differ);
    }

    private static void assertSameKeys(String file) {
        Set<String> english = base().stringPropertyNames();
        Set<String> other = bundle(file).stringPropertyNames();
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(other);
        Set<String> extra = new TreeSet<>(other);
        extra.removeAll(english);
        assertEquals(Set.of(), missing, "keys missing from " + file);
        assertEquals(Set.of(), extra, "keys in " + file + " that messages.properties lacks");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            found.add(placeholder.group(1));
        }
        return found;
    }

    private static Set<String> keysInFxml() {
        Set<String> keys = new TreeSet<>();
        for (Path fxml : fxmlFiles()) {
            Matcher key = FXML_KEY.matcher(read(fxml));
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }

    private static Properties base() {
        return bundle("messages.properties");
    }

    private static Properties bundle(String file) {
        Path path = BUNDLES.resolve(file);
        assertTrue(Files.exists(path), path + " does not exist: every text must be in English, Russian and Tajik");
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static List<Path> mainJava() {
        return files(MAIN.resolve("java"), ".java");
    }

    private static List<Path> fxmlFiles() {
        List<Path> fxml = files(MAIN.resolve("resources"), ".fxml");
        assertTrue(!fxml.isEmpty(), "no FXML found under " + MAIN.toAbsolutePath());
        return fxml;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        return List.of(read(file).split("\n", -1));
    }
}
