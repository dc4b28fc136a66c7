package org.markaz.shared;

import java.util.Map;

/** A carer of a family, with how they are related to each of its children (by child id). */
public record CarerRow(long id, String fullName, String phone, Map<Long, Relationship> relationships) {
}
