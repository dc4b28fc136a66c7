package org.markaz.admissions;

import static org.markaz.db.Tables.CHILD;
import static org.markaz.db.Tables.ENROLMENT;
import static org.markaz.db.Tables.REFERRAL;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.markaz.core.feature.CountedChild;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;

/** The counting queries behind the admissions' indicators (docs/indicators.md). */
public final class AdmissionsIndicatorsRepository {

    public record Referred(CountedChild child, ReferralDecision decision) {
    }

    public record Enrolled(CountedChild child, ServiceType service, DischargeOutcome outcome, long days) {
    }

    public List<Referred> referrals(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.select(CHILD.ID, CHILD.SEX, CHILD.DATE_OF_BIRTH, CHILD.DISABILITY, REFERRAL.REFERRED_ON, REFERRAL.DECISION)
                .from(REFERRAL).join(CHILD).on(CHILD.ID.eq(REFERRAL.CHILD_ID))
                .where(REFERRAL.REFERRED_ON.between(from, to)).orderBy(REFERRAL.ID)
                .fetch(r -> new Referred(new CountedChild(r.value1(), r.value2().name(), r.value3(), r.value4() != null,
                        r.value5()), r.value6()));
    }

    /** Enrolments that started in the period, each child aged on its first day. */
    public List<Enrolled> admissions(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.select(CHILD.ID, CHILD.SEX, CHILD.DATE_OF_BIRTH, CHILD.DISABILITY, ENROLMENT.STARTS_ON, ENROLMENT.SERVICE)
                .from(ENROLMENT).join(CHILD).on(CHILD.ID.eq(ENROLMENT.CHILD_ID))
                .where(ENROLMENT.STARTS_ON.between(from, to)).orderBy(ENROLMENT.ID)
                .fetch(r -> new Enrolled(new CountedChild(r.value1(), r.value2().name(), r.value3(), r.value4() != null,
                        r.value5()), r.value6(), null, 0));
    }

    /** Enrolments that ended in the period, each child aged on its last day, with the stay's length in days. */
    public List<Enrolled> discharges(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.select(CHILD.ID, CHILD.SEX, CHILD.DATE_OF_BIRTH, CHILD.DISABILITY, ENROLMENT.ENDS_ON, ENROLMENT.SERVICE,
                        ENROLMENT.DISCHARGE_OUTCOME, ENROLMENT.STARTS_ON)
                .from(ENROLMENT).join(CHILD).on(CHILD.ID.eq(ENROLMENT.CHILD_ID))
                .where(ENROLMENT.ENDS_ON.between(from, to)).orderBy(ENROLMENT.ID)
                .fetch(r -> new Enrolled(new CountedChild(r.value1(), r.value2().name(), r.value3(), r.value4() != null,
                        r.value5()), r.value6(), r.value7(), ChronoUnit.DAYS.between(r.value8(), r.value5())));
    }

    /** Children in one of these services on the day: started by then and not ended before it. */
    public List<CountedChild> enrolledOn(DSLContext dsl, LocalDate day, List<ServiceType> services) {
        return dsl.selectDistinct(CHILD.ID, CHILD.SEX, CHILD.DATE_OF_BIRTH, CHILD.DISABILITY)
                .from(ENROLMENT).join(CHILD).on(CHILD.ID.eq(ENROLMENT.CHILD_ID))
                .where(ENROLMENT.SERVICE.in(services)).and(ENROLMENT.STARTS_ON.le(day))
                .and(ENROLMENT.ENDS_ON.isNull().or(ENROLMENT.ENDS_ON.ge(day))).orderBy(CHILD.ID)
                .fetch(r -> new CountedChild(r.value1(), r.value2().name(), r.value3(), r.value4() != null, day));
    }
}
