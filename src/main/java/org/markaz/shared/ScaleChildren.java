package org.markaz.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the children's share of the scale dataset leaves for the later ones: every child, in the order written. */
public record ScaleChildren(List<Child> children) {

    /**
     * A generated child as the later shares need it: when they came, when they left (archived),
     * the names of their family's carers (who bring and collect them) and their mother's carer id, if any.
     */
    public record Child(long id, LocalDate dateOfBirth, Instant addedAt, LocalDate archivedOn, boolean disability,
                        List<String> carerNames, Long motherCarerId) {
    }
}
