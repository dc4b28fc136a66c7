package org.markaz.figures;

import java.io.IOException;
import java.io.Writer;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.markaz.core.i18n.Localization;
import org.markaz.shared.ServiceType;

/**
 * The figures of a period as a spreadsheet file (CSV) that Excel and LibreOffice open as they
 * are, Cyrillic intact, on the centre's Russian- or Tajik-language Windows:
 *
 * <ul>
 *   <li>UTF-8 with a byte order mark: without it Excel reads the file as the PC's old code page
 *       and the Cyrillic turns into nonsense;</li>
 *   <li>';' between cells, the list separator of Windows set to Russian or Tajik, where Excel
 *       splits a double-clicked CSV only at ';' (a ',' file lands in one column);</li>
 *   <li>numbers bare, without digit grouping, and with a decimal comma (30,5), which such an
 *       Excel reads as a number; dates as 2026-10-01, which Excel and LibreOffice read as dates in
 *       any language;</li>
 *   <li>cells quoted by Commons CSV where needed (a ';', a '"' or a line break in a label or the
 *       centre's name), lines ending in CR LF.</li>
 * </ul>
 *
 * <p>A few lines name the centre and the period, then a table of three columns: section, figure
 * and value, one figure per line, labels in the user's language.
 */
final class FiguresCsv {

    static final char SEPARATOR = ';';
    static final char BYTE_ORDER_MARK = '\uFEFF';
    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(SEPARATOR).setRecordSeparator("\r\n").get();

    private FiguresCsv() {
    }

    static void write(FiguresText figures, String centreName, Writer out) throws IOException {
        Localization text = figures.localization();
        Figures f = figures.figures();
        out.write(BYTE_ORDER_MARK);
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        csv.printRecord(text.text("field.centreName"), centreName);
        csv.printRecord(text.text("figures.firstDay"), f.from().toString());
        csv.printRecord(text.text("figures.lastDay"), f.to().toString());
        if (f.period().cutAtToday()) {
            csv.printRecord(figures.cutNote().orElseThrow());
        }
        csv.println();
        csv.printRecord(text.text("figures.section"), text.text("figures.figure"), text.text("figures.value"));

        String admissions = text.text("figures.admissions");
        for (ServiceType service : ServiceType.values()) {
            csv.printRecord(admissions, text.text(service.nameKey()), f.admissionsByService().getOrDefault(service, 0));
        }
        csv.printRecord(admissions, text.text("figures.total"), f.admissions());

        String discharges = text.text("figures.discharges");
        for (var outcome : org.markaz.shared.DischargeOutcome.values()) {
            csv.printRecord(discharges, text.text(outcome.nameKey()), f.dischargesByOutcome().getOrDefault(outcome, 0));
        }
        csv.printRecord(discharges, text.text("figures.total"), f.discharges());

        String stays = text.text("figures.stays");
        csv.printRecord(stays, figures.residentsLabel(), f.residentsOnLastDay());
        csv.printRecord(stays, text.text("figures.shortStaysEnded"), f.shortStaysEnded());
        csv.printRecord(stays, text.text("figures.averageStayDays"), decimal(f.averageShortStayDays()));
        csv.printRecord(stays, text.text("figures.medianStayDays"), decimal(f.medianShortStayDays()));

        String beds = text.text("figures.bedsTitle");
        for (org.markaz.beds.BedUnit unit : org.markaz.beds.BedUnit.values()) {
            csv.printRecord(beds, text.text("figures.bedNightsOccupied", text.text(unit.nameKey())),
                    f.beds().nightsOccupied().getOrDefault(unit, 0));
            csv.printRecord(beds, text.text("figures.bedNightsAvailable", text.text(unit.nameKey())),
                    f.beds().nightsAvailable().getOrDefault(unit, 0));
        }
        csv.printRecord(beds, text.text("figures.respiteChildren"), f.beds().childrenGivenRespite());
        csv.printRecord(beds, text.text("figures.respiteFamilies"), f.beds().familiesGivenRespite());
        csv.printRecord(beds, text.text("figures.motherAndBabyStays"), f.beds().motherAndBabyStays());
        csv.printRecord(beds, text.text("figures.averageBedStayNights"), decimal(f.beds().averageStayNights()));
        csv.printRecord(beds, text.text("figures.bedsTurnedAway"), f.beds().turnedAway());

        List<FiguresText.AttendanceRow> attendance = figures.attendance();
        for (var row : attendance) {
            csv.printRecord(text.text("figures.attendanceChart"), row.label(), row.percent());
        }
        for (var row : attendance) {
            csv.printRecord(text.text("figures.daysPresent"), row.label(), row.presentDays());
        }
        for (var row : attendance) {
            csv.printRecord(text.text("figures.daysMarked"), row.label(), row.markedDays());
        }
        csv.flush();
    }

    /** One decimal with a comma (30,5; 30), blank when there is nothing to average. */
    static String decimal(Double value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru")));
        return format.format(Math.round(value * 10) / 10.0);
    }
}
