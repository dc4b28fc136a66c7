package org.markaz.cases;

import java.util.List;
import org.markaz.shared.Relationship;

/**
 * Everything the printed care plan shows: the case (children, key worker), the family's code and
 * carers, the assessment (null when there is none yet), the plan version printed, and the earlier
 * versions whose reviews make the review history.
 */
public record PlanPrint(CaseDetails details, List<Carer> carers, AssessmentDetails assessment, CarePlan plan,
                        List<CarePlan> earlierVersions) {

    /** A parent or carer of the case's children, with how they are related to them (null when not recorded). */
    public record Carer(String fullName, Relationship relationship, String phone) {
    }
}
