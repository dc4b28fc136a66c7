package org.markaz.register;

import java.util.List;
import org.markaz.shared.ServiceType;

/**
 * One child on the day's register: expected through an enrolment (service and enrolment set) or
 * an unplanned visit (both null). {@code mark} is null until the child is marked.
 */
public record RegisterEntry(long childId, String childName, ServiceType service, Long enrolmentId, Mark mark,
                            List<String> carers) {

    public boolean unplanned() {
        return enrolmentId == null;
    }
}
