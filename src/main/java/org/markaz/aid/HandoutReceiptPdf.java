package org.markaz.aid;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.markaz.core.i18n.Localization;
import org.markaz.core.pdf.PageOrientation;
import org.markaz.core.pdf.PdfDocument;
import org.markaz.core.pdf.Table;
import org.markaz.core.pdf.TextStyle;

/**
 * The receipt a carer signs for a hand-out: one page with the centre's name at the top, the
 * family, the date and the reason, each item with its quantity, and lines for the carer's and the
 * giver's signatures. The bookkeeper files it as the proof the goods left the stock.
 */
public final class HandoutReceiptPdf {

    /** Tall enough to write a name by hand beside a printed one. */
    private static final float ROW_HEIGHT = 20;

    private HandoutReceiptPdf() {
    }

    /** {@code carers}: the family's carers as printed under its code (may be empty: a line is left to write). */
    public static void write(HandoutRow handout, String carers, String centreName, Localization text, OutputStream out)
            throws IOException {
        AidTexts texts = new AidTexts(text);
        Table items = Table.of(Table.column("№", 0.4f, Table.Align.RIGHT),
                        Table.column(text.text("aid.field.item"), 4),
                        Table.column(text.text("aid.field.unit"), 1.2f),
                        Table.column(text.text("aid.field.quantity"), 1.2f, Table.Align.RIGHT))
                .minRowHeight(ROW_HEIGHT);
        int number = 0;
        for (HandoutRow.Item item : handout.items()) {
            items.row(Integer.toString(++number), texts.name(item.item()), text.text(item.item().details().unit().nameKey()),
                    Integer.toString(item.quantity()));
        }
        PdfDocument.builder(PageOrientation.PORTRAIT)
                .header(centreName, text.text("aid.receipt.title", handout.id()))
                .footer(null, (page, total) -> text.text("pdf.pageOf", page, total))
                .keyValues(List.of(
                        Map.entry(text.text("aid.field.family"), handout.familyCode()),
                        Map.entry(text.text("aid.receipt.carers"), carers == null ? "" : carers),
                        Map.entry(text.text("aid.field.date"), text.formatDate(handout.on())),
                        Map.entry(text.text("aid.field.reason"), text.text(handout.reason().nameKey())
                                + (handout.note() == null ? "" : ". " + handout.note()))))
                .table(items)
                .paragraph(text.text("aid.receipt.statement"), TextStyle.BODY)
                .signatureLines(List.of(text.text("aid.receipt.receivedBy"),
                        text.text("aid.receipt.handedOverBy", handout.handedOverBy())))
                .writeTo(out);
    }
}
