package org.markaz.cases;

import java.time.LocalDate;
import java.util.Map;

/** A review meeting of an approved plan: when, who attended, the progress of each action (by its id), the decisions. */
public record ReviewDetails(LocalDate heldOn, String attendees, String decisions, Map<Long, Progress> progress) {

    public ReviewDetails {
        progress = progress == null ? Map.of() : Map.copyOf(progress);
    }
}
