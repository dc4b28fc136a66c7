package org.markaz.aid;

import java.time.YearMonth;
import java.util.List;

/** Sums of aid for a period, the rows of the reports by family, by category and by month. */
public final class AidTotals {

    private AidTotals() {
    }

    /** What one family received: hand-outs not reversed, the units handed over in them, and of which items. */
    public record ByFamily(long familyId, String familyCode, int handouts, int units, List<HandoutRow.Item> items) {

        public ByFamily {
            items = List.copyOf(items);
        }
    }

    /** One category: hand-outs that held it, families reached, units handed over. */
    public record ByCategory(AidCategory category, int handouts, int families, int units) {
    }

    /** What the fund spent on one category's goods in one month (purchases not reversed), in diram. */
    public record Spending(YearMonth month, AidCategory category, long diram) {
    }
}
