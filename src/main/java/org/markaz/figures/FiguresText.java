package org.markaz.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.markaz.beds.BedFigures;
import org.markaz.beds.BedUnit;
import org.markaz.core.i18n.Localization;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;

/**
 * The figures in the user's words: every label and every value as shown, made in one place for
 * the screen, the PDF and the spreadsheet, so what is printed is what was on the screen.
 */
final class FiguresText {

    /** A label and its value as shown. */
    record Row(String label, String value) {
    }

    /** A bar of a chart: its label, its length and the value as shown beside it. */
    record Bar(String label, double value, String shown) {
    }

    /** Attendance of one service: the share present as shown ("75%"), the days present and the days marked. */
    record AttendanceRow(ServiceType service, String label, long percent, String shownPercent, int presentDays, int markedDays) {
    }

    private final Figures figures;
    private final Localization text;

    FiguresText(Figures figures, Localization text) {
        this.figures = figures;
        this.text = text;
    }

    Figures figures() {
        return figures;
    }

    Localization localization() {
        return text;
    }

    /** "01.10.2026 – 30.11.2026": the days counted. */
    String period() {
        return text.text("figures.period", text.formatDate(figures.from()), text.formatDate(figures.to()));
    }

    /** Said when the period asked for ran past today: the figures stop at today. */
    Optional<String> cutNote() {
        return figures.period().cutAtToday()
                ? Optional.of(text.text("figures.cutAtToday", text.formatDate(figures.to()), text.formatDate(figures.askedTo())))
                : Optional.empty();
    }

    List<Row> admissionsByService() {
        List<Row> rows = new ArrayList<>();
        for (ServiceType service : ServiceType.values()) {
            rows.add(new Row(text.text(service.nameKey()), count(figures.admissionsByService().getOrDefault(service, 0))));
        }
        return rows;
    }

    List<Row> dischargesByOutcome() {
        List<Row> rows = new ArrayList<>();
        for (DischargeOutcome outcome : DischargeOutcome.values()) {
            rows.add(new Row(text.text(outcome.nameKey()), count(figures.dischargesByOutcome().getOrDefault(outcome, 0))));
        }
        return rows;
    }

    String residentsLabel() {
        return text.text("figures.residents", text.formatDate(figures.to()));
    }

    /** Children at the centre on the last day, short stays ended, their average and median length. */
    List<Row> stays() {
        return List.of(new Row(residentsLabel(), count(figures.residentsOnLastDay())),
                new Row(text.text("figures.shortStaysEnded"), count(figures.shortStaysEnded())),
                new Row(text.text("figures.averageStay"), days(figures.averageShortStayDays())),
                new Row(text.text("figures.medianStay"), days(figures.medianShortStayDays())));
    }

    /** The services that had register marks in the period, in the services' order. */
    List<AttendanceRow> attendance() {
        List<AttendanceRow> rows = new ArrayList<>();
        for (ServiceType service : ServiceType.values()) {
            Figures.Attendance a = figures.attendance().get(service);
            if (a != null) {
                long percent = percent(a);
                rows.add(new AttendanceRow(service, text.text(service.nameKey()), percent,
                        text.text("figures.percent", percent), a.presentDays(), a.markedDays()));
            }
        }
        return rows;
    }

    /** Where children went: one bar per outcome, or none when no child left a service in the period. */
    List<Bar> outcomeBars() {
        List<Bar> bars = new ArrayList<>();
        if (figures.discharges() > 0) {
            for (DischargeOutcome outcome : DischargeOutcome.values()) {
                int count = figures.dischargesByOutcome().getOrDefault(outcome, 0);
                bars.add(new Bar(text.text(outcome.nameKey()), count, count(count)));
            }
        }
        return bars;
    }

    List<Bar> attendanceBars() {
        return attendance().stream().map(a -> new Bar(a.label(), a.percent(), a.shownPercent())).toList();
    }

    /** The screen's list: each figure with its parts indented under it. */
    List<Row> screenLines() {
        List<Row> lines = new ArrayList<>();
        lines.add(new Row(text.text("figures.admissions"), count(figures.admissions())));
        admissionsByService().forEach(row -> lines.add(indented(row)));
        lines.add(new Row(text.text("figures.discharges"), count(figures.discharges())));
        dischargesByOutcome().forEach(row -> lines.add(indented(row)));
        lines.addAll(stays());
        for (AttendanceRow a : attendance()) {
            lines.add(new Row(text.text("figures.attendance", a.label()),
                    text.text("figures.percentOf", a.percent(), a.presentDays(), a.markedDays())));
        }
        lines.addAll(beds());
        return lines;
    }

    /**
     * The beds: per unit, nights slept against the nights its beds were in use (percent of
     * places), then children and families given respite, mother-and-baby stays, the average stay
     * and requests never booked.
     */
    List<Row> beds() {
        BedFigures beds = figures.beds();
        List<Row> rows = new ArrayList<>();
        for (BedUnit unit : BedUnit.values()) {
            int occupied = beds.nightsOccupied().getOrDefault(unit, 0);
            int available = beds.nightsAvailable().getOrDefault(unit, 0);
            Double percent = beds.percentOccupied(unit);
            rows.add(new Row(text.text("figures.bedNights", text.text(unit.nameKey())), percent == null ? "—"
                    : text.text("figures.bedNightsOf", Math.round(percent), count(occupied), count(available))));
        }
        rows.add(new Row(text.text("figures.respiteChildren"), count(beds.childrenGivenRespite())));
        rows.add(new Row(text.text("figures.respiteFamilies"), count(beds.familiesGivenRespite())));
        rows.add(new Row(text.text("figures.motherAndBabyStays"), count(beds.motherAndBabyStays())));
        rows.add(new Row(text.text("figures.averageBedStay"), beds.averageStayNights() == null ? "—"
                : text.text("figures.nights", Math.round(beds.averageStayNights() * 10) / 10.0)));
        rows.add(new Row(text.text("figures.bedsTurnedAway"), count(beds.turnedAway())));
        return rows;
    }

    String count(long value) {
        return text.formatNumber(value);
    }

    private String days(Double value) {
        return value == null ? "—" : text.text("figures.days", Math.round(value * 10) / 10.0);
    }

    static long percent(Figures.Attendance attendance) {
        return Math.round(attendance.rate() * 100);
    }

    private static Row indented(Row row) {
        return new Row("    " + row.label(), row.value());
    }
}
