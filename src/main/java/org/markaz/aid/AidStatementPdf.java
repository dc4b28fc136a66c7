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
 * The month's statement as a PDF for the bookkeeper's file and the director's signature: the fund
 * (opening, money in, purchases, reversals, closing) and its lines, the stock by item, the
 * hand-outs. Landscape, so the stock's nine columns keep readable widths.
 */
public final class AidStatementPdf {

    private AidStatementPdf() {
    }

    public static void write(MonthStatement statement, String centreName, Localization text, OutputStream out)
            throws IOException {
        AidTexts texts = new AidTexts(text);
        String period = text.text("aid.report.period", text.formatDate(statement.month().atDay(1)),
                text.formatDate(statement.month().atEndOfMonth()));
        MonthStatement.Fund fund = statement.fund();
        PdfDocument.Builder document = PdfDocument.builder(PageOrientation.LANDSCAPE)
                .header(centreName, text.text("aid.report.statementTitle", period))
                .footer(null, (page, total) -> text.text("pdf.pageOf", page, total))
                .heading(text.text("aid.report.fund"))
                .keyValues(List.of(
                        Map.entry(text.text("aid.report.opening"), somoni(fund.opening())),
                        Map.entry(text.text("aid.report.moneyIn"), somoni(fund.moneyIn())),
                        Map.entry(text.text("aid.report.purchases"), somoni(fund.purchases())),
                        Map.entry(text.text("aid.report.reversals"), somoni(fund.reversals())),
                        Map.entry(text.text("aid.report.closing"), somoni(fund.closing()))));
        if (!statement.fundLines().isEmpty()) {
            Table lines = Table.of(Table.column(text.text("aid.field.date"), 1),
                    Table.column(text.text("aid.field.kind"), 1.2f),
                    Table.column(text.text("aid.field.sourceOrSupplier"), 3),
                    Table.column(text.text("aid.field.reference"), 1.4f),
                    Table.column(text.text("aid.report.amount"), 1.3f, Table.Align.RIGHT),
                    Table.column(text.text("aid.field.balanceAfter"), 1.3f, Table.Align.RIGHT));
            for (FundEntry entry : statement.fundLines()) {
                lines.row(text.formatDate(entry.on()), text.text(entry.kind().nameKey()),
                        entry.source() == null ? nullToEmpty(entry.reason()) : entry.source(), nullToEmpty(entry.reference()),
                        somoni(entry.amountDiram()), somoni(entry.balanceAfter()));
            }
            document.table(lines);
        }
        document.heading(text.text("aid.report.stock"));
        Table stock = Table.of(Table.column(text.text("aid.field.item"), 2.6f),
                Table.column(text.text("aid.report.opening"), 1, Table.Align.RIGHT),
                Table.column(text.text("aid.report.received"), 1, Table.Align.RIGHT),
                Table.column(text.text("aid.report.receivedValue"), 1.3f, Table.Align.RIGHT),
                Table.column(text.text("aid.report.handedOut"), 1, Table.Align.RIGHT),
                Table.column(text.text("aid.report.writtenOff"), 1, Table.Align.RIGHT),
                Table.column(text.text("aid.report.counted"), 1, Table.Align.RIGHT),
                Table.column(text.text("aid.report.reversed"), 1, Table.Align.RIGHT),
                Table.column(text.text("aid.report.closing"), 1, Table.Align.RIGHT),
                Table.column(text.text("aid.report.closingValue"), 1.3f, Table.Align.RIGHT));
        for (MonthStatement.ItemLine line : statement.items()) {
            stock.row(texts.name(line.item()) + ", " + text.text(line.item().details().unit().nameKey()),
                    number(line.opening()), number(line.received()), somoni(line.receivedValue()), number(line.handedOut()),
                    number(line.writtenOff()), signed(line.counted()), signed(line.reversed()), number(line.closing()),
                    somoni(line.closingValue()));
        }
        if (statement.items().isEmpty()) {
            document.paragraph(text.text("aid.report.noStock"), TextStyle.SMALL);
        } else {
            document.table(stock);
            document.paragraph(text.text("aid.report.closingValueNote"), TextStyle.SMALL);
        }
        document.heading(text.text("aid.report.handouts", statement.handouts().size()));
        if (statement.handouts().isEmpty()) {
            document.paragraph(text.text("aid.report.noHandouts"), TextStyle.SMALL);
        } else {
            Table handouts = Table.of(Table.column(text.text("aid.field.date"), 1),
                    Table.column(text.text("aid.field.family"), 1.2f),
                    Table.column(text.text("aid.field.items"), 4),
                    Table.column(text.text("aid.field.reason"), 1.5f),
                    Table.column(text.text("aid.field.state"), 1.4f)).fontSize(TextStyle.SMALL.size());
            for (HandoutRow row : statement.handouts()) {
                handouts.row(text.formatDate(row.on()), row.familyCode(), texts.items(row), text.text(row.reason().nameKey()),
                        texts.state(row));
            }
            document.table(handouts);
        }
        document.signatureLines(List.of(text.text("aid.report.preparedBy"), text.text("aid.report.approvedBy")));
        document.writeTo(out);
    }

    private static String somoni(long diram) {
        return Money.format(diram);
    }

    private static String number(int value) {
        return Integer.toString(value);
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : Integer.toString(value);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
