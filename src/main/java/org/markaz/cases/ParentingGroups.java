package org.markaz.cases;

import java.time.LocalDate;
import java.util.Set;

/** The records of parenting groups (Mellow Parenting and the like), as the screen and the service pass them. */
public final class ParentingGroups {

    private ParentingGroups() {
    }

    /** A group as listed: its dates, facilitator, and how many carers joined and sessions were held. */
    public record Group(long id, String name, LocalDate startsOn, LocalDate endsOn, String facilitatorName, int carers,
                        int sessions) {
    }

    /** A new group: name, dates and the staff member who runs it. */
    public record NewGroup(String name, LocalDate startsOn, LocalDate endsOn, Long facilitatorId) {
    }

    /** A carer who joined a group (or may join it), with their family's code. */
    public record Carer(long id, String fullName, String familyCode) {
    }

    /** A session held, with the carers who came. */
    public record Session(long id, LocalDate heldOn, String topic, Set<Long> attended) {
    }

    /** A staff member who may run a group. */
    public record Facilitator(long staffId, String name) {
    }

    /** What headquarters counts for a period: groups that met in it, their sessions, and the carers who came. */
    public record Counts(int groupsRun, int sessions, int carersAttending) {
    }
}
