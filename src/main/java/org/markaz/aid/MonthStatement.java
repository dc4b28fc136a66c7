package org.markaz.aid;

import java.time.YearMonth;
import java.util.List;

/**
 * The month's statement of the fund and the stock (issue 12 §7). The fund's lines add up:
 * opening + money in − purchases + reversals = closing; so do each item's: opening + received
 * + counted − handed out − written off + reversed = closing. Amounts in diram.
 */
public record MonthStatement(YearMonth month, Fund fund, List<FundEntry> fundLines, List<ItemLine> items,
                             List<HandoutRow> handouts) {

    public MonthStatement {
        fundLines = List.copyOf(fundLines);
        items = List.copyOf(items);
        handouts = List.copyOf(handouts);
    }

    /** The fund over the month; reversals are the net of the month's reversing lines (signed). */
    public record Fund(long opening, long moneyIn, long purchases, long reversals, long closing) {
    }

    /**
     * One item over the month, in its unit: stock-take corrections and reversals signed; handed out
     * and written off as positive numbers; the value of what was received (bought, or donated at its
     * estimate) in diram; and the closing stock valued at the item's average cost (everything
     * received up to the month's end, not reversed), to the nearest diram.
     */
    public record ItemLine(AidItem item, int opening, int received, long receivedValue, int handedOut, int writtenOff,
                           int counted, int reversed, int closing, long closingValue) {
    }
}
