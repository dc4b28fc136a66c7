package org.markaz.aid;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.markaz.core.i18n.Localization;

/**
 * The month's statement as a spreadsheet file (CSV) that Excel and LibreOffice open as they are on
 * the centre's Russian- or Tajik-language Windows, as the figures' file does: UTF-8 with a byte
 * order mark (else Excel reads the Cyrillic as the PC's old code page), ';' between cells (the
 * list separator there), amounts bare with a decimal comma, dates as 2026-11-01, lines ending in
 * CR LF. Sections one after another, each with its own header line.
 */
final class AidStatementCsv {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private AidStatementCsv() {
    }

    static void write(MonthStatement statement, String centreName, Localization text, Writer out) throws IOException {
        AidTexts texts = new AidTexts(text);
        out.write(BYTE_ORDER_MARK);
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        csv.printRecord(text.text("field.centreName"), centreName);
        csv.printRecord(text.text("aid.field.from"), statement.month().atDay(1).toString());
        csv.printRecord(text.text("aid.field.to"), statement.month().atEndOfMonth().toString());
        csv.println();
        MonthStatement.Fund fund = statement.fund();
        csv.printRecord(text.text("aid.report.fund"), text.text("aid.report.amount"));
        csv.printRecord(text.text("aid.report.opening"), somoni(fund.opening()));
        csv.printRecord(text.text("aid.report.moneyIn"), somoni(fund.moneyIn()));
        csv.printRecord(text.text("aid.report.purchases"), somoni(fund.purchases()));
        csv.printRecord(text.text("aid.report.reversals"), somoni(fund.reversals()));
        csv.printRecord(text.text("aid.report.closing"), somoni(fund.closing()));
        csv.println();
        csv.printRecord(text.text("aid.field.date"), text.text("aid.field.kind"), text.text("aid.field.sourceOrSupplier"),
                text.text("aid.field.reference"), text.text("aid.report.amount"), text.text("aid.field.balanceAfter"));
        for (FundEntry entry : statement.fundLines()) {
            csv.printRecord(entry.on().toString(), text.text(entry.kind().nameKey()),
                    entry.source() == null ? entry.reason() : entry.source(), entry.reference(),
                    somoni(entry.amountDiram()), somoni(entry.balanceAfter()));
        }
        csv.println();
        csv.printRecord(text.text("aid.field.item"), text.text("aid.field.unit"), text.text("aid.report.opening"),
                text.text("aid.report.received"), text.text("aid.report.receivedValue"), text.text("aid.report.handedOut"),
                text.text("aid.report.writtenOff"), text.text("aid.report.counted"), text.text("aid.report.reversed"),
                text.text("aid.report.closing"), text.text("aid.report.closingValue"));
        for (MonthStatement.ItemLine line : statement.items()) {
            csv.printRecord(texts.name(line.item()), text.text(line.item().details().unit().nameKey()), line.opening(),
                    line.received(), somoni(line.receivedValue()), line.handedOut(), line.writtenOff(), line.counted(),
                    line.reversed(), line.closing(), somoni(line.closingValue()));
        }
        csv.println();
        csv.printRecord(text.text("aid.field.date"), text.text("aid.field.family"), text.text("aid.field.items"),
                text.text("aid.field.reason"), text.text("aid.field.state"));
        for (HandoutRow row : statement.handouts()) {
            csv.printRecord(row.on().toString(), row.familyCode(), texts.items(row), text.text(row.reason().nameKey()),
                    texts.state(row));
        }
        csv.flush();
    }

    /** Somoni with a decimal comma and no grouping, which a Russian or Tajik Excel reads as a number. */
    static String somoni(long diram) {
        return Money.somoni(diram).toPlainString().replace('.', ',');
    }
}
