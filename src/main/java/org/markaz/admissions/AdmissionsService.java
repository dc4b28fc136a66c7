package org.markaz.admissions;

import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.jooq.DSLContext;
import org.markaz.core.Validation;
import org.markaz.core.db.Transactions;
import org.markaz.core.ValidationException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.security.RecordScope;

/**
 * Referrals, admissions to services and discharges (docs/design.md §1-2). A child sleeps in at most
 * one residential service at a time; a short stay lasts at most six months unless a director
 * extends it with a reason; a child over seven is admitted only when a director confirms.
 */
public final class AdmissionsService {

    public static final int SHORT_STAY_MONTHS = 6;
    public static final int SHORT_STAY_WARNING_MONTHS = 5;
    public static final int OLDEST_AGE = 7;

    private final Transactions transactions;
    private final AdmissionsRepository admissions;
    private final java.util.function.Supplier<RecordScope> scope;
    private final Clock clock;

    public AdmissionsService(Transactions transactions, AdmissionsRepository admissions,
                             java.util.function.Supplier<RecordScope> scope, Clock clock) {
        this.scope = scope;
        this.transactions = transactions;
        this.admissions = admissions;
        this.clock = clock;
    }

    public List<ReferralRow> referrals(Actor actor, long childId) {
        actor.require(Permission.VIEW_CHILDREN);
        scope.get().requireChild(actor, childId);
        return transactions.result(tx -> admissions.referrals(tx, childId));
    }

    public List<EnrolmentRow> enrolments(Actor actor, long childId) {
        actor.require(Permission.VIEW_CHILDREN);
        scope.get().requireChild(actor, childId);
        return transactions.result(tx -> admissions.enrolments(tx, childId));
    }

    public long recordReferral(Actor actor, ReferralDetails details) {
        actor.require(Permission.EDIT_CHILDREN);
        LocalDate referredOn = notInFuture(required(details.referredOn(), "field.referredOn"), "field.referredOn");
        ReferralDetails checked = new ReferralDetails(details.childId(), referredOn, required(details.source(), "field.source"),
                Validation.required(details.reason(), 2000, "field.reason"),
                Validation.optional(details.cruReference(), 100, "field.cruReference"));
        return transactions.result(tx -> {
            requireChild(tx, checked.childId());
            return admissions.insertReferral(tx, actor, checked);
        });
    }

    public void decideReferral(Actor actor, long referralId, ReferralDecision decision, LocalDate decidedOn) {
        actor.require(Permission.EDIT_CHILDREN);
        required(decision, "field.decision");
        LocalDate on = decision == ReferralDecision.PENDING ? null : notInFuture(required(decidedOn, "field.decidedOn"), "field.decidedOn");
        transactions.run(tx -> {
            ReferralRow referral = admissions.lockReferral(tx, referralId)
                    .orElseThrow(() -> new ValidationException("error.noSuchReferral"));
            if (on != null && on.isBefore(referral.referredOn())) {
                throw new ValidationException("error.decidedBeforeReferred", new Validation.FieldName("field.decidedOn"));
            }
            admissions.decideReferral(tx, actor, referralId, decision, on);
        });
    }

    /** Admits the child, or (writing nothing) asks for a director's confirmation of an age over seven. */
    public AdmitResult admit(Actor actor, Admission admission) {
        actor.require(Permission.EDIT_CHILDREN);
        ServiceType service = required(admission.service(), "field.service");
        LocalDate start = required(admission.startsOn(), "field.startsOn");
        if (service.isDayService() && (admission.weekdays() == null || admission.weekdays().isEmpty())) {
            throw new ValidationException("error.weekdaysNeeded", new Validation.FieldName("field.weekdays"));
        }
        if (service == ServiceType.MOTHER_AND_BABY && admission.motherCarerId() == null) {
            throw new ValidationException("error.motherNeeded", new Validation.FieldName("admissions.mother"));
        }
        if (admission.plannedEndOn() != null && admission.plannedEndOn().isBefore(start)) {
            throw new ValidationException("error.endBeforeStart", new Validation.FieldName("field.plannedEndOn"));
        }
        String extensionReason = checkShortStayLength(actor, service, start, admission.plannedEndOn(), admission.extensionReason());
        Admission checked = new Admission(admission.childId(), admission.referralId(), service,
                service == ServiceType.MOTHER_AND_BABY ? admission.motherCarerId() : null,
                service.isDayService() ? admission.weekdays() : null, start, admission.plannedEndOn(),
                admission.ageConfirmed(), extensionReason);
        return transactions.result(tx -> {
            AdmissionsRepository.ChildFacts child = requireChild(tx, checked.childId());
            int age = Period.between(child.dateOfBirth(), start).getYears();
            if (start.isBefore(child.dateOfBirth())) {
                throw new ValidationException("error.startBeforeBirth", new Validation.FieldName("field.startsOn"));
            }
            if (age >= OLDEST_AGE && start.isAfter(child.dateOfBirth().plusYears(OLDEST_AGE))) {
                if (!checked.ageConfirmed()) {
                    return new AdmitResult.NeedsAgeConfirmation(age);
                }
                actor.require(Permission.CONFIRM_EXCEPTIONS);
            }
            if (checked.motherCarerId() != null
                    && !admissions.carerFamily(tx, checked.motherCarerId()).map(f -> f == child.familyId()).orElse(false)) {
                throw new ValidationException("error.motherOfAnotherFamily", new Validation.FieldName("admissions.mother"));
            }
            if (service.isResidential() && !admissions.overlappingResidential(tx, checked.childId(), start,
                    checked.plannedEndOn(), null).isEmpty()) {
                throw new ValidationException("error.residentialOverlap", new Validation.FieldName("field.startsOn"));
            }
            return new AdmitResult.Admitted(admissions.insertEnrolment(tx, actor, checked,
                    extensionReason == null ? null : actor.username()));
        });
    }

    /** Ends an enrolment with where the child went. */
    public void discharge(Actor actor, long enrolmentId, LocalDate endsOn, DischargeOutcome outcome, String note) {
        actor.require(Permission.EDIT_CHILDREN);
        LocalDate end = notInFuture(required(endsOn, "field.endsOn"), "field.endsOn");
        required(outcome, "field.outcome");
        String checkedNote = outcome == DischargeOutcome.OTHER
                ? Validation.required(note, 500, "field.dischargeNote") : Validation.optional(note, 500, "field.dischargeNote");
        transactions.run(tx -> {
            EnrolmentRow enrolment = admissions.lockEnrolment(tx, enrolmentId)
                    .orElseThrow(() -> new ValidationException("error.noSuchEnrolment"));
            if (enrolment.endsOn() != null) {
                throw new ValidationException("error.alreadyDischarged");
            }
            if (end.isBefore(enrolment.startsOn())) {
                throw new ValidationException("error.dischargeBeforeAdmission", new Validation.FieldName("field.endsOn"));
            }
            admissions.discharge(tx, actor, enrolmentId, end, outcome, checkedNote);
        });
    }

    /** Moves the planned end of a stay; past six months only a director may, with a reason. */
    public void changePlannedEnd(Actor actor, long enrolmentId, LocalDate plannedEndOn, String reason) {
        actor.require(Permission.EDIT_CHILDREN);
        required(plannedEndOn, "field.plannedEndOn");
        transactions.run(tx -> {
            EnrolmentRow enrolment = admissions.lockEnrolment(tx, enrolmentId)
                    .orElseThrow(() -> new ValidationException("error.noSuchEnrolment"));
            if (plannedEndOn.isBefore(enrolment.startsOn())) {
                throw new ValidationException("error.endBeforeStart", new Validation.FieldName("field.plannedEndOn"));
            }
            String checkedReason = checkShortStayLength(actor, enrolment.service(), enrolment.startsOn(), plannedEndOn, reason);
            if (enrolment.service().isResidential() && !admissions.overlappingResidential(tx, enrolment.childId(),
                    enrolment.startsOn(), plannedEndOn, enrolmentId).isEmpty()) {
                throw new ValidationException("error.residentialOverlap", new Validation.FieldName("field.startsOn"));
            }
            admissions.extend(tx, actor, enrolmentId, plannedEndOn, checkedReason, actor.username());
        });
    }

    /** A short stay needs a planned end within six months, or a director's reason to go past it. */
    private static String checkShortStayLength(Actor actor, ServiceType service, LocalDate start, LocalDate plannedEnd,
                                               String reason) {
        if (!service.isShortStay()) {
            return null;
        }
        if (plannedEnd == null) {
            throw new ValidationException("error.required", new Validation.FieldName("field.plannedEndOn"));
        }
        if (!plannedEnd.isAfter(start.plusMonths(SHORT_STAY_MONTHS))) {
            return null;
        }
        String checked = Validation.optional(reason, 500, "field.extensionReason");
        if (checked == null) {
            throw new ValidationException("error.shortStayTooLong", SHORT_STAY_MONTHS, new Validation.FieldName("field.plannedEndOn"));
        }
        actor.require(Permission.CONFIRM_EXCEPTIONS);
        return checked;
    }

    private AdmissionsRepository.ChildFacts requireChild(DSLContext tx, long childId) {
        AdmissionsRepository.ChildFacts child = admissions.lockChild(tx, childId)
                .orElseThrow(() -> new ValidationException("error.noSuchChild"));
        if (child.archived()) {
            throw new ValidationException("error.childArchived");
        }
        return child;
    }

    private LocalDate notInFuture(LocalDate date, String fieldKey) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("error.dateInFuture", new Validation.FieldName(fieldKey));
        }
        return date;
    }

    private static <T> T required(T value, String fieldKey) {
        if (value == null) {
            throw new ValidationException("error.required", new Validation.FieldName(fieldKey));
        }
        return value;
    }
}
