package org.markaz.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.markaz.core.Validation;
import org.markaz.core.ValidationException;
import org.markaz.core.db.Transactions;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * Parenting groups as records of their own (docs/decisions/0022): a group with its dates and
 * facilitator, the carers who joined it from the centre's families, its sessions with who came;
 * and what headquarters counts — groups run and carers attending. Those who work with cases
 * keep them; administrators and bookkeepers do not see them (who came is about families).
 */
public final class ParentingGroupService {

    private final Transactions transactions;
    private final ParentingGroupRepository groups;
    private final Clock clock;

    public ParentingGroupService(Transactions transactions, ParentingGroupRepository groups, Clock clock) {
        this.transactions = transactions;
        this.groups = groups;
        this.clock = clock;
    }

    public List<ParentingGroups.Group> groups(Actor actor) {
        actor.require(Permission.VIEW_CASES);
        return transactions.result(groups::groups);
    }

    /** The active staff, who may run a group. */
    public List<ParentingGroups.Facilitator> facilitators(Actor actor) {
        actor.require(Permission.EDIT_CASES);
        return transactions.result(groups::facilitators);
    }

    public long createGroup(Actor actor, ParentingGroups.NewGroup group) {
        actor.require(Permission.EDIT_CASES);
        String name = Validation.required(group.name(), 200, "groups.name");
        if (group.startsOn() == null) {
            throw new ValidationException("error.required", new Validation.FieldName("groups.startsOn"));
        }
        if (group.endsOn() == null) {
            throw new ValidationException("error.required", new Validation.FieldName("groups.endsOn"));
        }
        if (group.endsOn().isBefore(group.startsOn())) {
            throw new ValidationException("error.endBeforeStart", new Validation.FieldName("groups.endsOn"));
        }
        if (group.endsOn().isAfter(group.startsOn().plusYears(1))) {
            throw new ValidationException("error.groupLongerThanAYear", new Validation.FieldName("groups.endsOn"));
        }
        if (group.facilitatorId() == null) {
            throw new ValidationException("error.required", new Validation.FieldName("groups.facilitator"));
        }
        return transactions.result(tx -> {
            if (!groups.activeStaff(tx, group.facilitatorId())) {
                throw new ValidationException("error.noSuchStaff", new Validation.FieldName("groups.facilitator"));
            }
            return groups.insertGroup(tx, actor, new ParentingGroups.NewGroup(name, group.startsOn(), group.endsOn(),
                    group.facilitatorId()));
        });
    }

    public List<ParentingGroups.Carer> members(Actor actor, long groupId) {
        actor.require(Permission.VIEW_CASES);
        return transactions.result(tx -> groups.members(tx, groupId));
    }

    /** The carers of a family, found by its code, to add to a group. */
    public List<ParentingGroups.Carer> carersOfFamily(Actor actor, String familyCode) {
        actor.require(Permission.EDIT_CASES);
        String code = Validation.required(familyCode, 20, "groups.familyCode");
        return transactions.result(tx -> groups.carersOfFamily(tx, code)
                .orElseThrow(() -> new ValidationException("error.noSuchFamilyCode", new Validation.FieldName("groups.familyCode"))));
    }

    public void addCarer(Actor actor, long groupId, long carerId) {
        actor.require(Permission.EDIT_CASES);
        transactions.run(tx -> {
            groups.lockDates(tx, groupId).orElseThrow(() -> new ValidationException("error.noSuchGroup"));
            if (!groups.carerExists(tx, carerId)) {
                throw new ValidationException("error.noSuchCarer");
            }
            if (groups.isMember(tx, groupId, carerId)) {
                throw new ValidationException("error.carerInGroup");
            }
            groups.insertMember(tx, actor, groupId, carerId);
        });
    }

    public List<ParentingGroups.Session> sessions(Actor actor, long groupId) {
        actor.require(Permission.VIEW_CASES);
        return transactions.result(tx -> groups.sessions(tx, groupId));
    }

    /** A session held within the group's dates (not in the future), one a day, with the carers of the group who came. */
    public long recordSession(Actor actor, long groupId, LocalDate heldOn, String topic, Set<Long> carerIds) {
        actor.require(Permission.EDIT_CASES);
        if (heldOn == null) {
            throw new ValidationException("error.required", new Validation.FieldName("groups.heldOn"));
        }
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("error.dateInFuture", new Validation.FieldName("groups.heldOn"));
        }
        String checkedTopic = Validation.optional(topic, 300, "groups.topic");
        if (carerIds == null || carerIds.isEmpty()) {
            throw new ValidationException("error.sessionWithoutCarers", new Validation.FieldName("groups.attendance"));
        }
        return transactions.result(tx -> {
            LocalDate[] dates = groups.lockDates(tx, groupId).orElseThrow(() -> new ValidationException("error.noSuchGroup"));
            if (heldOn.isBefore(dates[0]) || heldOn.isAfter(dates[1])) {
                throw new ValidationException("error.sessionOutsideGroup", new Validation.FieldName("groups.heldOn"));
            }
            if (groups.sessionOn(tx, groupId, heldOn)) {
                throw new ValidationException("error.sessionThatDay", new Validation.FieldName("groups.heldOn"));
            }
            for (long carerId : carerIds) {
                if (!groups.isMember(tx, groupId, carerId)) {
                    throw new ValidationException("error.carerNotInGroup", new Validation.FieldName("groups.attendance"));
                }
            }
            return groups.insertSession(tx, actor, groupId, heldOn, checkedTopic, Set.copyOf(carerIds));
        });
    }

    /** Groups run (met at least once), sessions, and different carers attending within [from, to]: headquarters' count. */
    public ParentingGroups.Counts counts(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Permission.VIEW_CASES);
        if (from == null || to == null || to.isBefore(from)) {
            throw new ValidationException("error.endBeforeStart");
        }
        return transactions.result(tx -> groups.counts(tx, from, to));
    }
}
