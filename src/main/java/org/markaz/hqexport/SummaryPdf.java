package org.markaz.hqexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.markaz.core.centre.CentreDetails;
import org.markaz.core.feature.IndicatorDefinition;
import org.markaz.core.feature.IndicatorValues;
import org.markaz.core.i18n.Localization;
import org.markaz.core.pdf.PageOrientation;
import org.markaz.core.pdf.PdfDocument;
import org.markaz.core.pdf.Table;

/**
 * The indicator table on A4, laid out as a report the director signs: the centre and period,
 * one line per indicator and disaggregation with the value, and lines for the signatures.
 */
final class SummaryPdf {

    private SummaryPdf() {
    }

    static byte[] write(CentreDetails centre, IndicatorTable table, Localization text) {
        PdfDocument.Builder document = PdfDocument.builder(PageOrientation.PORTRAIT)
                .header(centre.name(), text.text("hq.pdf.title", table.period().label()))
                .footer(null, (page, total) -> text.text("pdf.pageOf", page, total));
        document.keyValues(List.of(Map.entry(text.text("hq.pdf.centre"), centre.name() + " (" + centre.code() + ")"),
                Map.entry(text.text("hq.pdf.region"), centre.region()),
                Map.entry(text.text("hq.pdf.period"), text.formatDate(table.period().from()) + " – "
                        + text.formatDate(table.period().to()))));
        Table rows = Table.of(Table.column(text.text("hq.column.indicator"), 4),
                Table.column(text.text("hq.column.disaggregation"), 2),
                Table.column(text.text("hq.column.value"), 1.2f, Table.Align.RIGHT));
        Map<String, IndicatorDefinition> byCode = table.byCode();
        String last = null;
        for (IndicatorValues.Value cell : table.cells()) {
            IndicatorDefinition definition = byCode.get(cell.code());
            String name = cell.code().equals(last) ? "" : text.text(definition.nameKey());
            last = cell.code();
            rows.row(name, Breakdowns.label(cell, text), PackageWriter.cell(PackageContents.scaled(cell.value(), definition)));
        }
        document.table(rows.fontSize(8));
        document.signatureLines(List.of(text.text("hq.pdf.director"), text.text("hq.pdf.date")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            document.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
