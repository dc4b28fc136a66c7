package org.markaz.cases;

import java.time.LocalDate;
import java.util.Map;

/**
 * The GIRFEC assessment of a case: the My World triangle (how I grow and develop; what I need from
 * the people who look after me; my wider world), the views of the child and of the parents, and a
 * score from 1 to 4 with a note for each SHANARRI indicator assessed so far.
 */
public record AssessmentDetails(LocalDate assessedOn, String growDevelop, String careNeeds, String widerWorld,
                                String childViews, String parentViews, Map<Indicator, Score> scores) {

    public AssessmentDetails {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }

    public record Score(int score, String note) {
    }
}
