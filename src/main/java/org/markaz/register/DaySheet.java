package org.markaz.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.markaz.shared.ServiceType;

/** The register of one day: every child expected or seen, and whether the day is closed. */
public record DaySheet(LocalDate date, List<RegisterEntry> entries, Instant closedAt, String closedBy) {

    public boolean closed() {
        return closedAt != null;
    }

    /** Counts per service (null: unplanned visits), in the order the services are listed. */
    public Map<ServiceType, Totals> totals() {
        Map<ServiceType, Totals> totals = new LinkedHashMap<>();
        for (RegisterEntry entry : entries) {
            Totals sum = totals.getOrDefault(entry.service(), new Totals(0, 0, 0));
            boolean present = entry.mark() != null && entry.mark().present();
            boolean absent = entry.mark() != null && !entry.mark().present();
            totals.put(entry.service(), new Totals(sum.children() + 1, sum.present() + (present ? 1 : 0),
                    sum.absent() + (absent ? 1 : 0)));
        }
        return totals;
    }

    /** How many children a service had that day, and how many were marked present or absent. */
    public record Totals(int children, int present, int absent) {
        public int unmarked() {
            return children - present - absent;
        }
    }
}
