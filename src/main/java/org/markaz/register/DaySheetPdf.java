package org.markaz.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.ProgramActor;

/**
 * The day's register as a PDF for signatures: one line per child with arrival, who brought them,
 * leaving, who collected them and room to sign. DejaVu Sans is embedded so every Tajik letter prints.
 */
public final class DaySheetPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final float MARGIN = 36;
    private static final float ROW = 22;
    private static final float[] COLUMNS = {MARGIN, 60, 220, 330, 375, 480, 560, 605, 710};
    private static final float RIGHT = PDRectangle.A4.getHeight() - MARGIN;

    private DaySheetPdf() {
    }

    public static void write(DaySheet sheet, String centreName, Localization text, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument();
             InputStream fontFile = DaySheetPdf.class.getResourceAsStream("/org/markaz/fonts/DejaVuSans.ttf");
             InputStream boldFile = DaySheetPdf.class.getResourceAsStream("/org/markaz/fonts/DejaVuSans-Bold.ttf")) {
            PDType0Font font = PDType0Font.load(document, fontFile);
            PDType0Font bold = PDType0Font.load(document, boldFile);
            List<RegisterEntry> entries = sheet.entries();
            int index = 0;
            int pageNumber = 0;
            do {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                document.addPage(page);
                pageNumber++;
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = page.getMediaBox().getHeight() - MARGIN;
                    write(content, bold, 14, MARGIN, y, centreName);
                    y -= 20;
                    write(content, bold, 12, MARGIN, y, text.text("pdf.registerTitle", text.formatDate(sheet.date()))
                            + "   " + text.text("pdf.page", pageNumber));
                    y -= 26;
                    String[] headings = {"№", text.text("field.fullName"), text.text("field.service"), text.text("field.arrivedAt"),
                            text.text("field.broughtBy"), text.text("pdf.signature"), text.text("field.leftAt"),
                            text.text("field.collectedBy"), text.text("pdf.signature")};
                    for (int c = 0; c < headings.length; c++) {
                        write(content, bold, 8, COLUMNS[c] + 2, y, headings[c]);
                    }
                    line(content, MARGIN, y - 6, RIGHT);
                    y -= ROW;
                    while (index < entries.size() && y > MARGIN + 60) {
                        RegisterEntry entry = entries.get(index++);
                        Mark mark = entry.mark();
                        String service = text.text(entry.service() == null ? "register.unplanned" : entry.service().nameKey());
                        String[] cells = {Integer.toString(index), entry.childName(), service,
                                mark != null && mark.present() && mark.arrivedAt() != null ? TIME.format(mark.arrivedAt()) : "",
                                mark != null && mark.present() ? blank(mark.broughtBy()) : absence(mark, text), "",
                                mark != null && mark.present() && mark.leftAt() != null ? TIME.format(mark.leftAt()) : "",
                                mark != null && mark.present() ? blank(mark.collectedBy()) : "", ""};
                        for (int c = 0; c < cells.length; c++) {
                            write(content, font, 8, COLUMNS[c] + 2, y, fit(cells[c], c));
                        }
                        line(content, MARGIN, y - 8, RIGHT);
                        y -= ROW;
                    }
                    if (index >= entries.size()) {
                        y -= 6;
                        for (var total : sheet.totals().entrySet()) {
                            String service = text.text(total.getKey() == null ? "register.unplanned" : total.getKey().nameKey());
                            DaySheet.Totals t = total.getValue();
                            write(content, font, 9, MARGIN, y, text.text("register.totals", service, t.present(), t.children(),
                                    t.absent(), t.unmarked()));
                            y -= 13;
                        }
                        y -= 10;
                        write(content, font, 9, MARGIN, y, sheet.closed()
                                ? text.text("register.closedBy", ProgramActor.shown(sheet.closedBy(), text),
                                        text.formatDateTime(sheet.closedAt()))
                                : text.text("pdf.signedBy"));
                    }
                }
            } while (index < entries.size());
            document.save(out);
        }
    }

    private static String absence(Mark mark, Localization text) {
        return mark == null ? "" : text.text("register.absent") + ": " + text.text(mark.absenceReason().nameKey());
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    /** Cuts a cell's text to its column, so long names never run into the next one. */
    private static String fit(String value, int column) {
        float width = (column + 1 < COLUMNS.length ? COLUMNS[column + 1] : RIGHT) - COLUMNS[column];
        int characters = (int) (width / 4.6f);
        return value.length() <= characters ? value : value.substring(0, Math.max(1, characters - 1)) + "…";
    }

    private static void write(PDPageContentStream content, PDType0Font font, float size, float x, float y, String value)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(value);
        content.endText();
    }

    private static void line(PDPageContentStream content, float x, float y, float toX) throws IOException {
        content.setLineWidth(0.3f);
        content.moveTo(x, y);
        content.lineTo(toX, y);
        content.stroke();
    }
}
