package org.markaz.admissions;

import org.markaz.core.db.Edits;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;
import static org.markaz.db.Tables.CARER;
import static org.markaz.db.Tables.CHILD;
import static org.markaz.db.Tables.ENROLMENT;
import static org.markaz.db.Tables.REFERRAL;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.security.Actor;
import org.markaz.db.tables.records.EnrolmentRecord;
import org.markaz.db.tables.records.ReferralRecord;

/** Referrals and enrolments. Every write is audited in the caller's transaction. */
public final class AdmissionsRepository {

    private final AuditRepository audit;

    public AdmissionsRepository(AuditRepository audit) {
        this.audit = audit;
    }

    /** The child's date of birth and family, locking the child's row so two admissions cannot interleave. */
    public Optional<ChildFacts> lockChild(DSLContext tx, long childId) {
        return tx.select(CHILD.DATE_OF_BIRTH, CHILD.FAMILY_ID, CHILD.ARCHIVED_ON).from(CHILD).where(CHILD.ID.eq(childId))
                .forUpdate().fetchOptional(r -> new ChildFacts(r.value1(), r.value2(), r.value3() != null));
    }

    public record ChildFacts(LocalDate dateOfBirth, long familyId, boolean archived) {
    }

    public Optional<Long> carerFamily(DSLContext dsl, long carerId) {
        return dsl.select(CARER.FAMILY_ID).from(CARER).where(CARER.ID.eq(carerId)).fetchOptional(CARER.FAMILY_ID);
    }

    public List<ReferralRow> referrals(DSLContext dsl, long childId) {
        return dsl.selectFrom(REFERRAL).where(REFERRAL.CHILD_ID.eq(childId)).orderBy(REFERRAL.REFERRED_ON.desc(), REFERRAL.ID.desc())
                .fetch(r -> new ReferralRow(r.getId(), r.getReferredOn(), r.getSource(), r.getReason(),
                        r.getCruReference(), r.getDecision(), r.getDecidedOn()));
    }

    public long insertReferral(DSLContext tx, Actor actor, ReferralDetails details) {
        ReferralRecord referral = tx.newRecord(REFERRAL);
        referral.setChildId(details.childId());
        referral.setReferredOn(details.referredOn());
        referral.setSource(details.source());
        referral.setReason(details.reason());
        referral.setCruReference(details.cruReference());
        referral.store();
        audit.created(tx, actor, referral);
        return referral.getId();
    }

    public Optional<ReferralRow> lockReferral(DSLContext tx, long referralId) {
        return tx.selectFrom(REFERRAL).where(REFERRAL.ID.eq(referralId)).forUpdate().fetchOptional(r -> new ReferralRow(
                r.getId(), r.getReferredOn(), r.getSource(), r.getReason(), r.getCruReference(),
                r.getDecision(), r.getDecidedOn()));
    }

    public void decideReferral(DSLContext tx, Actor actor, long referralId, ReferralDecision decision, LocalDate on) {
        ReferralRecord referral = tx.selectFrom(REFERRAL).where(REFERRAL.ID.eq(referralId)).fetchSingle();
        ReferralRecord before = referral.original();
        referral.setDecision(decision);
        referral.setDecidedOn(decision == ReferralDecision.PENDING ? null : on);
        if (Edits.anyBetween(before, referral)) {
            referral.store();
            audit.updated(tx, actor, before, referral);
        }
    }

    public List<EnrolmentRow> enrolments(DSLContext dsl, long childId) {
        return rows(dsl).where(ENROLMENT.CHILD_ID.eq(childId)).orderBy(ENROLMENT.STARTS_ON.desc(), ENROLMENT.ID.desc())
                .fetch(AdmissionsRepository::toRow);
    }

    /** Residential enrolments of the child that share at least one night with [from, to] (to null: open-ended). */
    public List<EnrolmentRow> overlappingResidential(DSLContext dsl, long childId, LocalDate from, LocalDate to, Long exceptId) {
        var condition = ENROLMENT.CHILD_ID.eq(childId)
                .and(ENROLMENT.SERVICE.in(residentialServices()))
                .and(ENROLMENT.ENDS_ON.isNull().or(ENROLMENT.ENDS_ON.ge(from)));
        if (to != null) {
            condition = condition.and(ENROLMENT.STARTS_ON.le(to));
        }
        if (exceptId != null) {
            condition = condition.and(ENROLMENT.ID.ne(exceptId));
        }
        return rows(dsl).where(condition).fetch(AdmissionsRepository::toRow);
    }

    public Optional<EnrolmentRow> lockEnrolment(DSLContext tx, long enrolmentId) {
        tx.selectFrom(ENROLMENT).where(ENROLMENT.ID.eq(enrolmentId)).forUpdate().fetchOptional();
        return rows(tx).where(ENROLMENT.ID.eq(enrolmentId)).fetchOptional(AdmissionsRepository::toRow);
    }

    public long insertEnrolment(DSLContext tx, Actor actor, Admission admission, String extendedBy) {
        EnrolmentRecord enrolment = tx.newRecord(ENROLMENT);
        enrolment.setChildId(admission.childId());
        enrolment.setReferralId(admission.referralId());
        enrolment.setService(admission.service());
        enrolment.setMotherCarerId(admission.motherCarerId());
        enrolment.setWeekdays(weekdaysText(admission.weekdays()));
        enrolment.setStartsOn(admission.startsOn());
        enrolment.setPlannedEndOn(admission.plannedEndOn());
        enrolment.setExtensionReason(admission.extensionReason());
        enrolment.setExtendedBy(extendedBy);
        enrolment.store();
        audit.created(tx, actor, enrolment);
        return enrolment.getId();
    }

    public void discharge(DSLContext tx, Actor actor, long enrolmentId, LocalDate on, DischargeOutcome outcome, String note) {
        EnrolmentRecord enrolment = tx.selectFrom(ENROLMENT).where(ENROLMENT.ID.eq(enrolmentId)).fetchSingle();
        EnrolmentRecord before = enrolment.original();
        enrolment.setEndsOn(on);
        enrolment.setDischargeOutcome(outcome);
        enrolment.setDischargeNote(note);
        enrolment.store();
        audit.updated(tx, actor, before, enrolment);
    }

    public void extend(DSLContext tx, Actor actor, long enrolmentId, LocalDate plannedEndOn, String reason, String extendedBy) {
        EnrolmentRecord enrolment = tx.selectFrom(ENROLMENT).where(ENROLMENT.ID.eq(enrolmentId)).fetchSingle();
        EnrolmentRecord before = enrolment.original();
        enrolment.setPlannedEndOn(plannedEndOn);
        enrolment.setExtensionReason(reason);
        enrolment.setExtendedBy(reason == null ? null : extendedBy);
        enrolment.store();
        audit.updated(tx, actor, before, enrolment);
    }

    private static List<ServiceType> residentialServices() {
        return EnumSet.allOf(ServiceType.class).stream().filter(ServiceType::isResidential).toList();
    }

    private static org.jooq.SelectOnConditionStep<Record> rows(DSLContext dsl) {
        return dsl.select(ENROLMENT.asterisk(), CARER.FULL_NAME).from(ENROLMENT)
                .leftJoin(CARER).on(CARER.ID.eq(ENROLMENT.MOTHER_CARER_ID));
    }

    private static EnrolmentRow toRow(Record r) {
        EnrolmentRecord e = r.into(ENROLMENT);
        return new EnrolmentRow(e.getId(), e.getChildId(), e.getService(), weekdays(e.getWeekdays()),
                e.getStartsOn(), e.getPlannedEndOn(), e.getEndsOn(),
                e.getDischargeOutcome(),
                e.getDischargeNote(), e.getExtensionReason(), r.get(CARER.FULL_NAME));
    }

    static String weekdaysText(Set<DayOfWeek> days) {
        return days == null || days.isEmpty() ? null
                : days.stream().sorted().map(d -> Integer.toString(d.getValue())).collect(Collectors.joining());
    }

    static Set<DayOfWeek> weekdays(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (text != null) {
            text.chars().forEach(c -> days.add(DayOfWeek.of(c - '0')));
        }
        return days;
    }
}
