package org.markaz.hqexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.markaz.core.MarkazException;
import org.markaz.core.ProgressListener;
import org.markaz.core.Validation.FieldName;
import org.markaz.core.ValidationException;
import org.markaz.core.feature.IndicatorDefinition;
import org.markaz.core.i18n.Localization;
import org.markaz.core.pdf.PageOrientation;
import org.markaz.core.pdf.PdfDocument;
import org.markaz.core.pdf.Table;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * Consolidation at headquarters (issue 13, part 5): checks every package, refuses a changed,
 * repeated or unreadable one with the reason, and writes the combined table of all centres by
 * region and in total (CSV and PDF) with one combined DHIS2 {@code dataValueSets} file. Counts and
 * money add up; averages and percentages do not, so their region and total lines are left empty.
 */
public final class ConsolidationService {

    public static final String CSV_FILE = "consolidated.csv";
    public static final String PDF_FILE = "consolidated.pdf";
    public static final String DHIS2_FILE = "consolidated-dhis2-datavalueset.json";
    /** The region and centre columns of a line that adds up every centre. */
    public static final String ALL = "*";
    /** The list of packages, where a refusal of none given is shown. */
    public static final String PACKAGES_FIELD = "hq.consolidate.packages";

    /** What was combined: each centre's package and the files written. */
    public record Consolidated(List<String> packages, List<Path> files) {
    }

    private final HqExportService export;

    public ConsolidationService(HqExportService export) {
        this.export = export;
    }

    /**
     * Combines the packages into {@code folder}. {@code periods}: the periods asked for (every
     * package must be of one, and every centre must have each); empty to take those the packages hold.
     */
    public Consolidated consolidate(Actor actor, List<Path> packages, List<ExportPeriod> periods, char[] passphrase,
                                    Path folder, Localization text) {
        return consolidate(actor, packages, periods, passphrase, folder, text, ProgressListener.NONE);
    }

    /** The same, telling {@code progress} of each package read (the screen shows it). */
    public Consolidated consolidate(Actor actor, List<Path> packages, List<ExportPeriod> periods, char[] passphrase,
                                    Path folder, Localization text, ProgressListener progress) {
        actor.require(Permission.CONSOLIDATE_PACKAGES);
        if (packages.isEmpty()) {
            throw new ValidationException("error.hqNoPackages", new FieldName(PACKAGES_FIELD));
        }
        if (folder == null) {
            throw new ValidationException("error.hqConsolidateFolderNeeded", new FieldName(HqExportService.FOLDER_FIELD));
        }
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new ValidationException("error.hqFolderNotWritable", String.valueOf(folder),
                    new FieldName(HqExportService.FOLDER_FIELD));
        }
        for (String name : List.of(CSV_FILE, PDF_FILE, DHIS2_FILE)) {
            if (Files.exists(folder.resolve(name))) {
                throw new ValidationException("error.hqFileExists", folder.resolve(name).toString(),
                        new FieldName(HqExportService.FOLDER_FIELD));
            }
        }
        // an empty passphrase is none: the unencrypted packages read as they are, an encrypted one is refused by name
        char[] key = passphrase == null || passphrase.length == 0 ? null : passphrase;
        List<PackageReader.Checked> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int total = packages.size() + 1;
        for (Path file : packages) {
            progress.progress(checked.size(), total, "hq.step.checking");
            PackageReader.Checked one = PackageReader.read(file, key);
            if (!seen.add(one.centreCode() + "|" + one.period())) {
                throw new MarkazException("error.hqDuplicatePackage", String.valueOf(file.getFileName()), one.centreCode(),
                        one.period());
            }
            checked.add(one);
        }
        checkPeriods(checked, periods.stream().map(ExportPeriod::label).toList());
        Map<String, IndicatorDefinition> catalogue = new LinkedHashMap<>();
        export.catalogue().forEach(d -> catalogue.put(d.code(), d));
        List<List<String>> rows = rows(checked, catalogue);
        byte[] csv = csv(rows);
        byte[] pdf = pdf(rows, catalogue, text);
        List<Object> values = new ArrayList<>();
        checked.forEach(one -> values.addAll(one.dataValues()));
        Map<String, Object> dhis2 = new LinkedHashMap<>();
        dhis2.put("dataValues", values);
        byte[] json = Json.write(dhis2).getBytes(StandardCharsets.UTF_8);
        progress.progress(packages.size(), total, "hq.step.saving");
        List<Path> written = writeAll(folder, Map.of(CSV_FILE, csv, PDF_FILE, pdf, DHIS2_FILE, json));
        progress.progress(total, total, "hq.step.done");
        return new Consolidated(checked.stream().map(c -> c.centreCode() + " " + c.period()).toList(), written);
    }

    private static void checkPeriods(List<PackageReader.Checked> checked, List<String> asked) {
        Set<String> periods = asked.isEmpty() ? new LinkedHashSet<>(checked.stream().map(PackageReader.Checked::period).toList())
                : new LinkedHashSet<>(asked);
        for (PackageReader.Checked one : checked) {
            if (!periods.contains(one.period())) {
                throw new MarkazException("error.hqPeriodNotAsked", String.valueOf(one.file().getFileName()), one.period());
            }
        }
        Set<String> centres = new LinkedHashSet<>(checked.stream().map(PackageReader.Checked::centreCode).toList());
        for (String centre : centres) {
            for (String period : periods) {
                boolean present = checked.stream().anyMatch(c -> c.centreCode().equals(centre) && c.period().equals(period));
                if (!present) {
                    throw new MarkazException("error.hqPeriodMissing", centre, period);
                }
            }
        }
    }

    /** period, region, centre, code, disaggregation, value: each centre's lines, then each region's sums, then all. */
    private static List<List<String>> rows(List<PackageReader.Checked> checked, Map<String, IndicatorDefinition> catalogue) {
        List<List<String>> rows = new ArrayList<>();
        List<PackageReader.Checked> sorted = checked.stream().sorted(java.util.Comparator
                .comparing(PackageReader.Checked::period).thenComparing(PackageReader.Checked::region)
                .thenComparing(PackageReader.Checked::centreCode)).toList();
        for (PackageReader.Checked one : sorted) {
            for (PackageReader.Cell cell : one.cells()) {
                rows.add(List.of(one.period(), one.region(), one.centreCode(), cell.code(), cell.disaggregation(),
                        PackageWriter.cell(cell.value())));
            }
        }
        Map<String, Map<String, BigDecimal>> sums = new TreeMap<>();
        for (PackageReader.Checked one : sorted) {
            for (PackageReader.Cell cell : one.cells()) {
                IndicatorDefinition definition = catalogue.get(cell.code());
                if (definition == null || definition.kind() == IndicatorDefinition.Kind.DECIMAL) {
                    continue; // an average or a percentage does not add up; a code this program does not know, neither
                }
                String key = cell.code() + "\u0000" + cell.disaggregation();
                for (String region : List.of(one.region(), ALL)) {
                    sums.computeIfAbsent(one.period() + "\u0000" + region, k -> new LinkedHashMap<>())
                            .merge(key, cell.value(), BigDecimal::add);
                }
            }
        }
        sums.forEach((periodRegion, cells) -> {
            String[] pr = periodRegion.split("\u0000", -1);
            cells.forEach((key, value) -> {
                String[] cd = key.split("\u0000", -1);
                rows.add(List.of(pr[0], pr[1], ALL, cd[0], cd[1], PackageWriter.cell(value)));
            });
        });
        return rows;
    }

    private static byte[] csv(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write(PackageWriter.BYTE_ORDER_MARK);
            CSVPrinter printer = new CSVPrinter(writer, PackageWriter.CSV);
            printer.printRecord("period", "region", "centre", "code", "disaggregation", "value");
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] pdf(List<List<String>> rows, Map<String, IndicatorDefinition> catalogue, Localization text) {
        PdfDocument.Builder document = PdfDocument.builder(PageOrientation.LANDSCAPE)
                .header(text.text("hq.consolidated.title"), text.text("hq.consolidated.subtitle"))
                .footer(null, (page, total) -> text.text("pdf.pageOf", page, total));
        Table table = Table.of(Table.column(text.text("hq.column.period"), 1), Table.column(text.text("hq.column.region"), 1.5f),
                Table.column(text.text("hq.column.centre"), 1), Table.column(text.text("hq.column.indicator"), 4),
                Table.column(text.text("hq.column.disaggregation"), 2),
                Table.column(text.text("hq.column.value"), 1.2f, Table.Align.RIGHT));
        for (List<String> row : rows) {
            IndicatorDefinition definition = catalogue.get(row.get(3));
            String name = definition == null ? row.get(3) : text.text(definition.nameKey());
            table.row(row.get(0), row.get(1), row.get(2), name, row.get(4), row.get(5));
        }
        document.table(table.fontSize(7));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            document.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every file first as .part, then all renamed: a failure leaves none of them behind. */
    private static List<Path> writeAll(Path folder, Map<String, byte[]> files) {
        List<Path> parts = new ArrayList<>();
        List<Path> done = new ArrayList<>();
        try {
            for (var file : new TreeMap<>(files).entrySet()) {
                Path part = folder.resolve(file.getKey() + ".part");
                parts.add(part);
                Files.write(part, file.getValue());
            }
            for (Path part : parts) {
                String name = part.getFileName().toString();
                Path target = part.resolveSibling(name.substring(0, name.length() - ".part".length()));
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                done.add(target);
            }
            return done;
        } catch (IOException e) {
            parts.forEach(ConsolidationService::deleteQuietly);
            done.forEach(ConsolidationService::deleteQuietly);
            throw new MarkazException("error.hqWriteFailed", e, folder.toString());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a left-over .part is never taken for a result
        }
    }
}
