package org.markaz.register;

import java.time.LocalDate;
import java.util.Map;
import org.markaz.shared.ServiceType;

/** One child across a week: their mark on each day they were expected or seen (null: expected, not marked). */
public record WeekRow(long childId, String childName, ServiceType service, Map<LocalDate, Mark> marks,
                      java.util.Set<LocalDate> expectedDays) {
}
