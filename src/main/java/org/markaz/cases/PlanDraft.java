package org.markaz.cases;

import java.time.LocalDate;
import java.util.List;

/** A care plan's draft as the key worker writes it: why there is a plan, the actions, the contingency, the parents' agreement. */
public record PlanDraft(String reasons, String contingency, LocalDate parentsAgreedOn, List<PlanAction> actions) {

    public PlanDraft {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
