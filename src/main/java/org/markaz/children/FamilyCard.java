package org.markaz.children;

import org.markaz.shared.CarerRow;
import org.markaz.shared.ChildRow;
import java.time.LocalDate;
import java.util.List;

/** Everything shown about a family. */
public record FamilyCard(long id, String code, FamilyDetails details, List<CarerRow> carers, List<ChildRow> children,
                         LocalDate archivedOn, String archiveReason) {
}
