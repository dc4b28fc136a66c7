package org.markaz.register;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.markaz.shared.ServiceType;
import org.markaz.core.i18n.Localization;
import org.markaz.core.pdf.PageOrientation;
import org.markaz.core.pdf.PdfDocument;
import org.markaz.core.pdf.Table;
import org.markaz.core.security.ProgramActor;

/**
 * The day's register as a PDF for signatures: one row per child with arrival, who brought them,
 * leaving, who collected them and room to sign. Cells wrap, so a long name or reason is printed
 * whole and never runs into the next column.
 */
public final class DaySheetPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Tall enough to sign in by hand, even when every cell holds one line. */
    private static final float SIGNING_ROW_HEIGHT = 24;

    private DaySheetPdf() {
    }

    public static void write(DaySheet sheet, String centreName, Localization text, OutputStream out) throws IOException {
        PdfDocument.Builder document = PdfDocument.builder(PageOrientation.LANDSCAPE)
                .header(centreName, text.text("pdf.registerTitle", text.formatDate(sheet.date())))
                .footer(null, (page, total) -> text.text("pdf.pageOf", page, total))
                .table(register(sheet, text));
        for (Map.Entry<ServiceType, DaySheet.Totals> total : sheet.totals().entrySet()) {
            DaySheet.Totals counts = total.getValue();
            document.paragraph(text.text("register.totals", service(total.getKey(), text), counts.present(),
                    counts.children(), counts.absent(), counts.unmarked()));
        }
        if (sheet.closed()) {
            document.paragraph(text.text("register.closedBy", ProgramActor.shown(sheet.closedBy(), text),
                    text.formatDateTime(sheet.closedAt())));
        } else {
            document.signatureLines(List.of(text.text("pdf.signedBy")));
        }
        document.writeTo(out);
    }

    private static Table register(DaySheet sheet, Localization text) {
        String signature = text.text("pdf.signature");
        Table table = Table.of(
                        Table.column("№", 0.45f, Table.Align.RIGHT),
                        Table.column(text.text("field.fullName"), 2.3f),
                        Table.column(text.text("field.service"), 2),
                        Table.column(text.text("field.arrivedAt"), 1, Table.Align.CENTER),
                        Table.column(text.text("field.broughtBy"), 2),
                        Table.column(signature, 1.1f),
                        Table.column(text.text("field.leftAt"), 1, Table.Align.CENTER),
                        Table.column(text.text("field.collectedBy"), 2),
                        Table.column(signature, 1.1f))
                .minRowHeight(SIGNING_ROW_HEIGHT);
        int number = 0;
        for (RegisterEntry entry : sheet.entries()) {
            Mark mark = entry.mark();
            boolean present = mark != null && mark.present();
            table.row(Integer.toString(++number), entry.childName(), service(entry.service(), text),
                    present ? time(mark.arrivedAt()) : "",
                    present ? mark.broughtBy() : absence(mark, text), "",
                    present ? time(mark.leftAt()) : "",
                    present ? mark.collectedBy() : "", "");
        }
        return table;
    }

    private static String service(ServiceType service, Localization text) {
        return text.text(service == null ? "register.unplanned" : service.nameKey());
    }

    /** "Absent: Ill", and the note when one was written: it says why, and it is printed whole. */
    private static String absence(Mark mark, Localization text) {
        if (mark == null) {
            return "";
        }
        String reason = text.text("register.absent")
                + (mark.absenceReason() == null ? "" : ": " + text.text(mark.absenceReason().nameKey()));
        return mark.note() == null || mark.note().isBlank() ? reason : reason + ". " + mark.note().strip();
    }

    private static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }
}
