package org.markaz.hqexport;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.markaz.core.ValidationException;
import org.markaz.core.Validation.FieldName;
import org.markaz.core.centre.SettingRepository;
import org.markaz.core.db.Transactions;
import org.markaz.core.feature.IndicatorDefinition;
import org.markaz.core.feature.IndicatorValues;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * The DHIS2 settings (issue 13, part 3; ADR 0025): the centre's organisation unit and, for each
 * cell of the indicator table, the DHIS2 data element and category option combo its value goes
 * to. A cell left empty keeps the ids Markaz makes itself (ADR 0020). Set by those who make the
 * package ({@link Permission#EXPORT_HQ}): the mapping shapes nothing but the package. Every id is
 * checked before anything is written; one save is one transaction, audited.
 */
public final class Dhis2SettingsService {

    public static final String ORG_UNIT_FIELD = "dhis2.orgUnit";
    /** The largest mapping file read: a mapping of every cell is a few kilobytes. */
    public static final long MAX_IMPORT_BYTES = 512 * 1024;
    private static final int MAX_IMPORT_LINES = 5_000;
    private static final Pattern UID = Pattern.compile("[A-Za-z][A-Za-z0-9]{10}");

    /** A cell of the table with its ids: those set (null when none) and the one Markaz makes itself. */
    public record Row(IndicatorValues.Value cell, String nameKey, String dataElement, String optionCombo,
                      String ownDataElement) {
    }

    /** What the screen shows: the org unit set ("" when none) and the one Markaz uses otherwise, and every cell. */
    public record Settings(String orgUnit, String ownOrgUnit, List<Row> rows) {
    }

    /** A cell's ids as typed: both empty to clear them. */
    public record Mapping(String code, String disaggregation, String dataElement, String optionCombo) {
    }

    /** Which id of a row a refusal is about, for the screen to mark that field. */
    public enum Column { DATA_ELEMENT, OPTION_COMBO, ROW }

    /** A mapping refused: which row (of the list given, or the line of the file) and id, for the screen to mark it. */
    public static final class RowRefused extends ValidationException {
        private final int row;
        private final Column column;

        public RowRefused(int row, Column column, String messageKey, Object... arguments) {
            super(messageKey, arguments);
            this.row = row;
            this.column = column;
        }

        public int row() {
            return row;
        }

        public Column column() {
            return column;
        }
    }

    private final Transactions transactions;
    private final HqExportRepository repository;
    private final SettingRepository settings;
    private final HqExportService export;
    private final java.util.function.Supplier<String> centreCode;
    private final Clock clock;

    public Dhis2SettingsService(Transactions transactions, HqExportRepository repository, SettingRepository settings,
                                HqExportService export, java.util.function.Supplier<String> centreCode, Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.settings = settings;
        this.export = export;
        this.centreCode = centreCode;
        this.clock = clock;
    }

    /**
     * The org unit and every cell: the cells counted last year and this year (a district appears in
     * the table only once a child of it is counted), then any cell mapped but not counted lately.
     */
    public Settings settings(Actor actor) {
        actor.require(Permission.EXPORT_HQ);
        int year = LocalDate.now(clock).getYear();
        Map<String, IndicatorValues.Value> cells = new LinkedHashMap<>();
        List<IndicatorDefinition> catalogue = export.catalogue();
        List<IndicatorValues.Value> counted = new ArrayList<>();
        for (int y : new int[] {year - 1, year}) {
            counted.addAll(export.table(actor, ExportPeriod.parse(Integer.toString(y))).cells());
        }
        List<String> order = catalogue.stream().map(IndicatorDefinition::code).toList();
        counted.stream().sorted(java.util.Comparator.comparingInt((IndicatorValues.Value v) -> order.indexOf(v.code()))
                        .thenComparing(v -> !v.dimension().isEmpty()))
                .forEach(cell -> cells.putIfAbsent(key(cell.code(), cell.disaggregation()), cell));
        Map<String, String[]> mapping = transactions.result(repository::dhis2Mapping);
        mapping.keySet().forEach(key -> cells.computeIfAbsent(key, k -> cell(k)));
        Map<String, String> names = new LinkedHashMap<>();
        catalogue.forEach(d -> names.put(d.code(), d.nameKey()));
        List<Row> rows = new ArrayList<>();
        for (var entry : cells.entrySet()) {
            IndicatorValues.Value cell = entry.getValue();
            String[] set = mapping.get(entry.getKey());
            rows.add(new Row(cell, names.get(cell.code()), set == null ? null : set[0], set == null ? null : set[1],
                    Dhis2.uid("dataElement:" + Dhis2.key(cell))));
        }
        String orgUnit = transactions.result(tx -> settings.find(tx, HqExportService.ORG_UNIT_SETTING)).orElse("");
        return new Settings(orgUnit, Dhis2.uid("orgUnit:" + centreCode.get()), rows);
    }

    /**
     * Saves the org unit ("" to use Markaz's own) and the ids of the cells given, in one
     * transaction; refused with nothing written when any id is not a DHIS2 id (a letter and ten
     * letters or digits), or a combo is given without its data element. A data element without a
     * combo takes DHIS2's default combo.
     */
    public void save(Actor actor, String orgUnit, List<Mapping> mappings) {
        actor.require(Permission.EXPORT_HQ);
        String unit = orgUnit == null ? "" : orgUnit.strip();
        if (!unit.isEmpty() && !UID.matcher(unit).matches()) {
            throw new ValidationException("error.dhis2BadOrgUnit", unit, new FieldName(ORG_UNIT_FIELD));
        }
        List<Mapping> checked = check(mappings, export.catalogue(), i -> i);
        transactions.run(tx -> {
            // written (and audited) only when it changes; nothing set and nothing typed writes nothing
            if (!settings.find(tx, HqExportService.ORG_UNIT_SETTING).orElse("").equals(unit)) {
                settings.save(tx, actor, HqExportService.ORG_UNIT_SETTING, unit);
            }
            for (Mapping mapping : checked) {
                repository.saveMapping(tx, actor, mapping.code(), mapping.disaggregation(), mapping.dataElement(),
                        mapping.optionCombo());
            }
        });
    }

    /**
     * Reads a mapping file (code;disaggregation;dataElement;categoryOptionCombo, a header line
     * first, UTF-8) and saves every line of it, or none: a file too big, not text, with a line
     * that is wrong or a cell twice is refused with the line named. Returns the lines saved.
     */
    public int importCsv(Actor actor, Path file) {
        actor.require(Permission.EXPORT_HQ);
        List<Integer> lines = new ArrayList<>();
        List<Mapping> read = read(file, lines);
        List<Mapping> checked = check(read, export.catalogue(), lines::get);
        transactions.run(tx -> {
            for (Mapping mapping : checked) {
                repository.saveMapping(tx, actor, mapping.code(), mapping.disaggregation(), mapping.dataElement(),
                        mapping.optionCombo());
            }
        });
        return checked.size();
    }

    private static List<Mapping> read(Path file, List<Integer> lines) {
        String shown = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw new ValidationException("error.dhis2ImportUnreadable", shown);
            }
            if (Files.size(file) > MAX_IMPORT_BYTES) {
                throw new ValidationException("error.dhis2ImportTooBig", shown, MAX_IMPORT_BYTES / 1024);
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1); // Excel writes a byte order mark
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(true).setTrim(true).get();
            List<Mapping> mappings = new ArrayList<>();
            try (Reader reader = new java.io.StringReader(text)) {
                boolean header = true;
                for (CSVRecord line : format.parse(reader)) {
                    if (header) {
                        header = false;
                        if (line.size() > 0 && line.get(0).equalsIgnoreCase("code")) {
                            continue;
                        }
                    }
                    int number = (int) line.getRecordNumber();
                    if (line.size() != 4) {
                        throw new RowRefused(number, Column.ROW, "error.dhis2ImportColumns");
                    }
                    if (mappings.size() >= MAX_IMPORT_LINES) {
                        throw new ValidationException("error.dhis2ImportTooBig", shown, MAX_IMPORT_BYTES / 1024);
                    }
                    lines.add(number);
                    mappings.add(new Mapping(line.get(0), line.get(1), line.get(2), line.get(3)));
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                throw new ValidationException("error.dhis2ImportUnreadable", shown);
            }
            if (mappings.isEmpty()) {
                throw new ValidationException("error.dhis2ImportEmpty", shown);
            }
            return mappings;
        } catch (CharacterCodingException e) {
            throw new ValidationException("error.dhis2ImportUnreadable", shown);
        } catch (IOException e) {
            throw new ValidationException("error.dhis2ImportUnreadable", shown);
        }
    }

    /**
     * Checks every mapping before anything is written; {@code rowOf}: the row a refusal names (the
     * screen's row, or the file's line).
     */
    private static List<Mapping> check(List<Mapping> mappings, List<IndicatorDefinition> catalogue,
                                       java.util.function.IntUnaryOperator rowOf) {
        Set<String> codes = new HashSet<>(catalogue.stream().map(IndicatorDefinition::code).toList());
        Set<String> seen = new HashSet<>();
        List<Mapping> checked = new ArrayList<>();
        for (int i = 0; i < mappings.size(); i++) {
            Mapping mapping = mappings.get(i);
            int row = rowOf.applyAsInt(i);
            String code = strip(mapping.code());
            String disaggregation = strip(mapping.disaggregation());
            String element = strip(mapping.dataElement());
            String combo = strip(mapping.optionCombo());
            // a code no longer in the catalogue may only be cleared
            if (!codes.contains(code) && !(element.isEmpty() && combo.isEmpty())) {
                throw new RowRefused(row, Column.ROW, "error.dhis2UnknownIndicator", code);
            }
            if (disaggregation.length() > 120 || (!disaggregation.isEmpty() && !disaggregation.matches("[a-z]+:[^;\\r\\n]+"))) {
                throw new RowRefused(row, Column.ROW, "error.dhis2BadDisaggregation", disaggregation);
            }
            if (!seen.add(key(code, disaggregation))) {
                throw new RowRefused(row, Column.ROW, "error.dhis2Twice", code, disaggregation);
            }
            if (element.isEmpty() && !combo.isEmpty()) {
                throw new RowRefused(row, Column.DATA_ELEMENT, "error.dhis2ComboWithoutElement");
            }
            if (!element.isEmpty() && !UID.matcher(element).matches()) {
                throw new RowRefused(row, Column.DATA_ELEMENT, "error.dhis2BadUid", element);
            }
            if (!combo.isEmpty() && !UID.matcher(combo).matches()) {
                throw new RowRefused(row, Column.OPTION_COMBO, "error.dhis2BadUid", combo);
            }
            checked.add(new Mapping(code, disaggregation, element.isEmpty() ? null : element,
                    element.isEmpty() ? null : combo.isEmpty() ? Dhis2.DEFAULT_OPTION_COMBO : combo));
        }
        return checked;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String key(String code, String disaggregation) {
        return code + "|" + disaggregation;
    }

    /** A cell known only from the mapping: its breakdown as the package writes it. */
    private static IndicatorValues.Value cell(String key) {
        String[] parts = key.split("\\|", 2);
        String disaggregation = parts.length > 1 ? parts[1] : "";
        int colon = disaggregation.indexOf(':');
        return colon < 0 ? new IndicatorValues.Value(parts[0], "", "", null, BigDecimal.ZERO)
                : new IndicatorValues.Value(parts[0], disaggregation.substring(0, colon), disaggregation.substring(colon + 1), null,
                BigDecimal.ZERO);
    }
}
