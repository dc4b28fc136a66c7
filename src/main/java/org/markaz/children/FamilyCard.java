package org.markaz.children;

import java.time.LocalDate;
import java.util.List;

/** Everything shown about a family. */
public record FamilyCard(long id, String code, FamilyDetails details, List<CarerRow> carers, List<ChildRow> children,
                         LocalDate archivedOn, String archiveReason) {
}
