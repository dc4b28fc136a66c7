package org.markaz.hqexport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.markaz.aid.AidIndicators;
import org.markaz.aid.AidIndicatorsRepository;
import org.markaz.core.ProgressListener;
import org.markaz.core.centre.CentreDetails;
import org.markaz.core.feature.IndicatorDefinition;
import org.markaz.core.feature.IndicatorValues;
import org.markaz.core.i18n.Localization;

/**
 * What goes into a package, file by file (docs/user/hq-export.md): the indicators, the
 * de-identified records, the summary PDF, the DHIS2 files and last the manifest listing the others.
 */
final class PackageContents {

    static final String MANIFEST = "manifest.json";
    static final String INDICATORS = "indicators.csv";
    static final String DHIS2_VALUES = "dhis2-datavalueset.json";
    static final String DHIS2_METADATA = "dhis2-metadata.json";
    static final String SUMMARY = "summary.pdf";
    static final String NAMED = "named-children.csv";
    static final String FORMAT = "markaz-hq-package/1";

    /** Who made the package and what it is of, for the manifest. */
    record Header(CentreDetails centre, ExportPeriod period, String schemaVersion, String programVersion, Instant createdAt,
                  String createdBy, boolean namedRecords) {
    }

    private final PackageRecordsRepository records;
    private final AidIndicatorsRepository aid;

    PackageContents(PackageRecordsRepository records, AidIndicatorsRepository aid) {
        this.records = records;
        this.aid = aid;
    }

    void write(DSLContext tx, PackageWriter out, Header header, IndicatorTable table, Localization names,
               Pseudonyms pseudonyms, String orgUnit, Map<String, String[]> mapping, byte[] summaryPdf,
               ProgressListener progress) {
        var from = header.period().from();
        var to = header.period().to();
        int steps = 10;
        int step = 0;
        progress.progress(step++, steps, "hq.step.indicators");
        out.csv(INDICATORS, List.of("code", "name", "disaggregation", "value"), rows -> {
            for (IndicatorValues.Value cell : table.cells()) {
                rows.row(List.of(cell.code(), names.text(table.byCode().get(cell.code()).nameKey()), cell.disaggregation(),
                        scaled(cell.value(), table.byCode().get(cell.code()))));
            }
        });
        progress.progress(step++, steps, "hq.step.records");
        out.csv("children.csv", List.of("child", "sex", "birth_month", "district", "disability"),
                rows -> records.children(tx, from, to, row -> rows.row(pseudonymised(row, pseudonyms))));
        out.csv("enrolments.csv", List.of("child", "service", "starts_on", "planned_end_on", "ends_on", "outcome"),
                rows -> records.enrolments(tx, from, to, row -> rows.row(pseudonymised(row, pseudonyms))));
        progress.progress(step++, steps, "hq.step.records");
        out.csv("attendance.csv", List.of("child", "month", "service", "days_present", "days_absent"),
                rows -> records.attendance(tx, from, to, row -> rows.row(pseudonymised(row, pseudonyms))));
        progress.progress(step++, steps, "hq.step.records");
        out.csv("bed-stays.csv", List.of("child", "unit", "service", "purpose", "first_night", "last_night", "status",
                        "checked_in_on", "checked_out_on"),
                rows -> records.bedStays(tx, from, to, row -> rows.row(pseudonymised(row, pseudonyms))));
        out.csv("cases.csv", List.of("case", "family", "type", "opened_on", "programme_ends_on", "closed_on", "outcomes",
                        "children"),
                rows -> records.cases(tx, from, to, row -> rows.row(pseudonymised(row, pseudonyms))));
        progress.progress(step++, steps, "hq.step.records");
        Map<Long, AidIndicatorsRepository.ItemHanded> prices = new HashMap<>();
        aid.handedByItem(tx, from, to).forEach(item -> prices.put(item.itemId(), item));
        out.csv("aid.csv", List.of("family", "on_date", "reason", "category", "quantity", "value_somoni"),
                rows -> records.aidHandouts(tx, from, to, row -> {
                    long itemId = (Long) row.get(3);
                    long quantity = (Long) row.get(5);
                    var price = prices.get(itemId);
                    long diram = price == null ? 0 : AidIndicators.valueDiram(new AidIndicatorsRepository.ItemHanded(itemId,
                            price.category(), quantity, price.receivedQuantity(), price.receivedDiram()));
                    rows.row(pseudonymised(List.of(row.get(0), row.get(1), row.get(2), row.get(4), quantity,
                            BigDecimal.valueOf(diram, 2)), pseudonyms));
                }));
        if (header.namedRecords()) {
            out.csv(NAMED, List.of("child", "full_name", "date_of_birth", "family_code"),
                    rows -> records.namedChildren(tx, from, to, row -> rows.row(pseudonymised(row, pseudonyms))));
        }
        progress.progress(step++, steps, "hq.step.summary");
        out.file(SUMMARY, summaryPdf);
        progress.progress(step++, steps, "hq.step.dhis2");
        out.file(DHIS2_VALUES, Json.write(Dhis2.dataValueSet(header.period().dhis2(), orgUnit, dhis2Cells(table), mapping))
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> russianNames = new HashMap<>();
        table.definitions().forEach(d -> russianNames.put(d.code(), names.text(d.nameKey())));
        out.file(DHIS2_METADATA, Json.write(Dhis2.metadata(dhis2Cells(table), table.byCode(), russianNames))
                .getBytes(StandardCharsets.UTF_8));
        progress.progress(step++, steps, "hq.step.manifest");
        out.file(MANIFEST, Json.write(manifest(header, out.entries())).getBytes(StandardCharsets.UTF_8));
    }

    /** The cells as DHIS2 gets them: rounded as the table shows them. */
    private static List<IndicatorValues.Value> dhis2Cells(IndicatorTable table) {
        return table.cells().stream().map(c -> new IndicatorValues.Value(c.code(), c.dimension(), c.category(), c.categoryKey(),
                scaled(c.value(), table.byCode().get(c.code())))).toList();
    }

    static BigDecimal scaled(BigDecimal value, IndicatorDefinition definition) {
        return value.setScale(definition.kind().scale(), java.math.RoundingMode.HALF_UP);
    }

    private static List<Object> pseudonymised(List<Object> row, Pseudonyms pseudonyms) {
        List<Object> cells = new ArrayList<>(row.size());
        for (Object value : row) {
            cells.add(value instanceof PackageRecordsRepository.Ref ref ? pseudonyms.of(ref) : value);
        }
        return cells;
    }

    static Map<String, Object> manifest(Header header, List<PackageWriter.FileEntry> files) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        Map<String, Object> centre = new LinkedHashMap<>();
        centre.put("code", header.centre().code());
        centre.put("name", header.centre().name());
        centre.put("region", header.centre().region());
        manifest.put("centre", centre);
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("label", header.period().label());
        period.put("from", header.period().from().toString());
        period.put("to", header.period().to().toString());
        manifest.put("period", period);
        manifest.put("schemaVersion", header.schemaVersion());
        manifest.put("programVersion", header.programVersion());
        manifest.put("createdAt", header.createdAt().toString());
        manifest.put("createdBy", header.createdBy());
        manifest.put("namedRecords", header.namedRecords());
        List<Object> list = new ArrayList<>();
        for (PackageWriter.FileEntry file : files) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", file.name());
            entry.put("rows", file.rows());
            entry.put("sha256", file.sha256());
            list.add(entry);
        }
        manifest.put("files", list);
        return manifest;
    }
}
