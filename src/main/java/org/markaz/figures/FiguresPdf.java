package org.markaz.figures;

import java.io.IOException;
import java.io.OutputStream;
import org.markaz.core.i18n.Localization;
import org.markaz.core.pdf.BarChart;
import org.markaz.core.pdf.PageOrientation;
import org.markaz.core.pdf.PdfDocument;
import org.markaz.core.pdf.Table;
import org.markaz.core.pdf.TextStyle;

/**
 * The figures of a period on A4 for a director to take away: the centre and the period on every
 * page, admissions, discharges with the chart of where children went, stays, attendance with its
 * chart, who printed it and when, and "page X of Y".
 */
final class FiguresPdf {

    private FiguresPdf() {
    }

    /** {@code printed} says when and by whom, already in the user's words. */
    static void write(FiguresText figures, String centreName, String printed, OutputStream out) throws IOException {
        Localization text = figures.localization();
        Figures f = figures.figures();
        PdfDocument.Builder document = PdfDocument.builder(PageOrientation.PORTRAIT)
                .header(centreName, text.text("figures.pdfTitle", figures.period()))
                .footer(null, (page, total) -> text.text("pdf.pageOf", page, total));
        figures.cutNote().ifPresent(document::paragraph);

        document.heading(text.text("figures.admissions"));
        Table admissions = countTable(text.text("field.service"), text);
        figures.admissionsByService().forEach(row -> admissions.row(row.label(), row.value()));
        document.table(admissions.row(text.text("figures.total"), figures.count(f.admissions())));

        document.heading(text.text("figures.discharges"));
        Table discharges = countTable(text.text("figures.outcome"), text);
        figures.dischargesByOutcome().forEach(row -> discharges.row(row.label(), row.value()));
        document.table(discharges.row(text.text("figures.total"), figures.count(f.discharges())));
        BarChart outcomes = BarChart.titled(text.text("figures.outcomesChart"))
                .tickLabels(figures::count)
                .emptyText(text.text("figures.noDischarges"));
        figures.outcomeBars().forEach(bar -> outcomes.bar(bar.label(), bar.value(), bar.shown()));
        document.barChart(outcomes);

        document.heading(text.text("figures.stays"));
        Table stays = Table.of(Table.column(text.text("figures.figure"), 4),
                Table.column(text.text("figures.value"), 1.2f, Table.Align.RIGHT));
        figures.stays().forEach(row -> stays.row(row.label(), row.value()));
        document.table(stays);

        document.heading(text.text("figures.bedsTitle"));
        Table beds = Table.of(Table.column(text.text("figures.figure"), 4),
                Table.column(text.text("figures.value"), 1.6f, Table.Align.RIGHT));
        figures.beds().forEach(row -> beds.row(row.label(), row.value()));
        document.table(beds);

        // attendance starts a page of its own: its table and chart read together, never split
        document.pageBreak().heading(text.text("figures.attendanceTitle"));
        if (figures.attendance().isEmpty()) {
            document.paragraph(text.text("figures.noMarks"));
        } else {
            Table attendance = Table.of(Table.column(text.text("field.service"), 3),
                    Table.column(text.text("figures.attendanceTitle"), 1.1f, Table.Align.RIGHT),
                    Table.column(text.text("figures.daysPresent"), 1.1f, Table.Align.RIGHT),
                    Table.column(text.text("figures.daysMarked"), 1.1f, Table.Align.RIGHT));
            figures.attendance().forEach(a -> attendance.row(a.label(), a.shownPercent(), figures.count(a.presentDays()),
                    figures.count(a.markedDays())));
            document.table(attendance);
            BarChart chart = BarChart.titled(text.text("figures.attendanceChart")).maximum(100)
                    .tickLabels(tick -> text.text("figures.percent", tick));
            figures.attendanceBars().forEach(bar -> chart.bar(bar.label(), bar.value(), bar.shown()));
            document.barChart(chart);
        }
        document.paragraph(printed, TextStyle.SMALL);
        document.writeTo(out);
    }

    private static Table countTable(String firstTitle, Localization text) {
        return Table.of(Table.column(firstTitle, 4), Table.column(text.text("figures.children"), 1.2f, Table.Align.RIGHT));
    }
}
