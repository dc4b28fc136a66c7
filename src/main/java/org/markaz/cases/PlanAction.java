package org.markaz.cases;

import java.time.LocalDate;

/**
 * One row of a care plan: the SHANARRI indicator, the need, the outcome wanted, what we will do,
 * how we will know, by when and who is responsible. The id is null for a row not yet written.
 */
public record PlanAction(Long id, Indicator indicator, String need, String outcomeWanted, String whatWeDo,
                         String howWeKnow, LocalDate byWhen, String who) {
}
