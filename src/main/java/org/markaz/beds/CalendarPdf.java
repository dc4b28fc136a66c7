package org.markaz.beds;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.markaz.core.i18n.Localization;
import org.markaz.core.pdf.PageOrientation;
import org.markaz.core.pdf.PdfDocument;
import org.markaz.core.pdf.Table;

/**
 * The bed calendar on landscape A4, readable in black and white: per month a grid of beds by
 * nights, each night held marked with a letter for its status (a weekend at home with a dash, a
 * bed out of use with x), then the month's bookings listed with names and nights. A quarter
 * prints as its months, one after another.
 */
public final class CalendarPdf {

    private CalendarPdf() {
    }

    public static void write(BedCalendar calendar, String centreName, Localization text, OutputStream out) throws IOException {
        PdfDocument.Builder document = PdfDocument.builder(PageOrientation.LANDSCAPE)
                .header(centreName, text.text("beds.pdf.title", text.formatDate(calendar.from()), text.formatDate(calendar.to())))
                .footer(null, (page, total) -> text.text("pdf.pageOf", page, total));
        boolean first = true;
        for (LocalDate month = calendar.from().withDayOfMonth(1); !month.isAfter(calendar.to()); month = month.plusMonths(1)) {
            LocalDate from = month.isBefore(calendar.from()) ? calendar.from() : month;
            LocalDate end = month.plusMonths(1).minusDays(1);
            LocalDate to = end.isAfter(calendar.to()) ? calendar.to() : end;
            if (!first) {
                document.pageBreak();
            }
            first = false;
            document.heading(month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, text.language().locale()) + " " + month.getYear());
            document.table(grid(calendar, from, to, text));
            document.paragraph(text.text("beds.pdf.legend"));
            document.table(list(calendar, from, to, text));
        }
        document.writeTo(out);
    }

    private static Table grid(BedCalendar calendar, LocalDate from, LocalDate to, Localization text) {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.column(text.text("beds.field.bed"), 3.2f));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            columns.add(Table.column(Integer.toString(day.getDayOfMonth()), 0.62f, Table.Align.CENTER));
        }
        Table table = Table.of(columns).fontSize(6.5f);
        for (Bed bed : sorted(calendar.beds())) {
            List<String> cells = new ArrayList<>();
            cells.add(bed.room() + " " + bed.label());
            for (LocalDate night = from; !night.isAfter(to); night = night.plusDays(1)) {
                cells.add(mark(calendar, bed, night, text));
            }
            table.row(cells);
        }
        return table;
    }

    private static String mark(BedCalendar calendar, Bed bed, LocalDate night, Localization text) {
        if (!bed.inUseOn(night)) {
            return "×";
        }
        for (Booking booking : calendar.bookings()) {
            if (booking.bedId() == bed.id() && booking.status() != BookingStatus.CANCELLED && booking.holds(night)) {
                if (booking.atHomeOn(night)) {
                    return "–";
                }
                switch (booking.status()) {
                    case PLANNED:
                        return text.text("beds.pdf.planned");
                    case CHECKED_IN:
                        return text.text("beds.pdf.in");
                    default:
                        return text.text("beds.pdf.left");
                }
            }
        }
        return "";
    }

    private static Table list(BedCalendar calendar, LocalDate from, LocalDate to, Localization text) {
        Table table = Table.of(Table.column(text.text("beds.field.bed"), 1.6f), Table.column(text.text("beds.field.child"), 4),
                Table.column(text.text("beds.field.service"), 2.2f), Table.column(text.text("beds.field.firstNight"), 1.3f),
                Table.column(text.text("beds.field.lastNight"), 1.3f), Table.column(text.text("beds.field.status"), 1.5f));
        java.util.Map<Long, Bed> beds = new java.util.HashMap<>();
        calendar.beds().forEach(b -> beds.put(b.id(), b));
        calendar.bookings().stream()
                .filter(b -> b.status() != BookingStatus.CANCELLED && !b.lastNight().isBefore(from) && !b.firstNight().isAfter(to))
                .sorted(Comparator.comparing(Booking::firstNight).thenComparing(Booking::title))
                .forEach(b -> table.row(beds.containsKey(b.bedId()) ? beds.get(b.bedId()).label() : "", b.title(),
                        text.text(b.service().nameKey()), text.formatDate(b.firstNight()), text.formatDate(b.lastNight()),
                        text.text(b.status().nameKey())));
        return table;
    }

    private static List<Bed> sorted(List<Bed> beds) {
        return beds.stream().sorted(Comparator.comparing(Bed::unit).thenComparing(Bed::room).thenComparing(Bed::label)).toList();
    }
}
