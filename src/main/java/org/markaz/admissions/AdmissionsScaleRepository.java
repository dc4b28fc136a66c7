package org.markaz.admissions;

import static org.markaz.db.Tables.ENROLMENT;
import static org.markaz.db.Tables.REFERRAL;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.markaz.core.db.BatchInsert;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;

/** The admissions' rows of the scale dataset, in batches; each insert returns the new ids in the order of the rows. */
final class AdmissionsScaleRepository {

    record NewReferral(long childId, LocalDate referredOn, ReferralSource source, String reason, String cruReference,
                       ReferralDecision decision, LocalDate decidedOn, Instant createdAt) {
    }

    record NewEnrolment(long childId, Long referralId, ServiceType service, Long motherCarerId, Set<DayOfWeek> weekdays,
                        LocalDate startsOn, LocalDate plannedEndOn, LocalDate endsOn, DischargeOutcome dischargeOutcome,
                        String dischargeNote, Instant createdAt) {
    }

    List<Long> insertReferrals(DSLContext tx, List<NewReferral> rows) {
        return BatchInsert.insertReturningIds(tx, REFERRAL, REFERRAL.ID, List.of(REFERRAL.CHILD_ID, REFERRAL.REFERRED_ON,
                        REFERRAL.SOURCE, REFERRAL.REASON, REFERRAL.CRU_REFERENCE, REFERRAL.DECISION, REFERRAL.DECIDED_ON,
                        REFERRAL.CREATED_AT),
                rows, r -> new Object[] {r.childId(), r.referredOn(), r.source(), r.reason(), r.cruReference(),
                        r.decision(), r.decidedOn(), r.createdAt()});
    }

    List<Long> insertEnrolments(DSLContext tx, List<NewEnrolment> rows) {
        return BatchInsert.insertReturningIds(tx, ENROLMENT, ENROLMENT.ID, List.of(ENROLMENT.CHILD_ID,
                        ENROLMENT.REFERRAL_ID, ENROLMENT.SERVICE, ENROLMENT.MOTHER_CARER_ID, ENROLMENT.WEEKDAYS,
                        ENROLMENT.STARTS_ON, ENROLMENT.PLANNED_END_ON, ENROLMENT.ENDS_ON, ENROLMENT.DISCHARGE_OUTCOME,
                        ENROLMENT.DISCHARGE_NOTE, ENROLMENT.CREATED_AT),
                rows, r -> new Object[] {r.childId(), r.referralId(), r.service(), r.motherCarerId(),
                        AdmissionsRepository.weekdaysText(r.weekdays()), r.startsOn(), r.plannedEndOn(), r.endsOn(),
                        r.dischargeOutcome(), r.dischargeNote(), r.createdAt()});
    }
}
