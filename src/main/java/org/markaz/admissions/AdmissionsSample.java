package org.markaz.admissions;

import static org.markaz.core.feature.SampleContext.broken;
import static org.markaz.core.feature.SampleContext.parse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.security.Actor;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.SampleAbsences;
import org.markaz.shared.SampleChildren;
import org.markaz.shared.ServiceType;

/**
 * The admissions' share of the sample centre: referrals.csv and enrolments.csv, read and checked
 * against the children and carers before the first is written, then written through the
 * admissions service. Their dates are days before the day the sample is loaded, so the sample
 * always looks current: stays started a few months ago, the last discharges in the past half
 * year. Leaves the children who missed their last days ({@link SampleAbsences}) for the register.
 */
public final class AdmissionsSample implements SampleShare {

    private record SampleReferral(String key, String child, int referredDaysAgo, ReferralSource source, String reason,
                                  String cruReference, ReferralDecision decision, Integer decidedDaysAgo) {
    }

    private record SampleEnrolment(String child, ServiceType service, Set<DayOfWeek> weekdays, String mother,
                                   int startsDaysAgo, Integer plannedDays, Integer endsDaysAgo, DischargeOutcome outcome,
                                   String dischargeNote, String referral, int absentLastDays) {
    }

    @Override
    public void load(SampleContext context) {
        SampleChildren people = context.get(SampleChildren.class);
        Map<String, SampleReferral> referrals = referrals(people);
        List<SampleEnrolment> enrolments = enrolments(people, referrals);
        write(context, people, referrals, enrolments);
        Map<Long, Integer> absent = new HashMap<>();
        enrolments.stream().filter(e -> e.absentLastDays() > 0 && e.endsDaysAgo() == null)
                .forEach(e -> absent.put(people.childIds().get(e.child()), e.absentLastDays()));
        context.put(SampleAbsences.class, new SampleAbsences(Map.copyOf(absent)));
    }

    private static Map<String, SampleReferral> referrals(SampleChildren people) {
        String file = "referrals.csv";
        Map<String, SampleReferral> referrals = new LinkedHashMap<>();
        for (CSVRecord line : SampleContext.read(file)) {
            ReferralDecision decision = parse(ReferralDecision.class, file, line, line.get("decision"));
            SampleReferral referral = new SampleReferral(line.get("key"), child(file, line, people),
                    days(file, line, "referred_days_ago"), parse(ReferralSource.class, file, line, line.get("source")),
                    line.get("reason"), blankToNull(line.get("cru_reference")), decision,
                    optionalDays(file, line, "decided_days_ago"));
            if ((decision == ReferralDecision.PENDING) != (referral.decidedDaysAgo() == null)) {
                throw broken(file, line, "decided_days_ago is given exactly when the referral is decided");
            }
            if (referral.decidedDaysAgo() != null && referral.decidedDaysAgo() > referral.referredDaysAgo()) {
                throw broken(file, line, "decided before it was referred");
            }
            if (referrals.put(referral.key(), referral) != null) {
                throw broken(file, line, "the key " + referral.key() + " is used twice");
            }
        }
        return referrals;
    }

    private static List<SampleEnrolment> enrolments(SampleChildren people, Map<String, SampleReferral> referrals) {
        String file = "enrolments.csv";
        List<SampleEnrolment> enrolments = new ArrayList<>();
        for (CSVRecord line : SampleContext.read(file)) {
            ServiceType service = parse(ServiceType.class, file, line, line.get("service"));
            String mother = blankToNull(line.get("mother"));
            if (mother != null && !people.carerIds().containsKey(mother)) {
                throw broken(file, line, "no carer " + mother);
            }
            String referral = blankToNull(line.get("referral"));
            if (referral != null && !referrals.containsKey(referral)) {
                throw broken(file, line, "no referral " + referral);
            }
            String outcome = blankToNull(line.get("outcome"));
            Integer absent = optionalDays(file, line, "absent_last_days");
            SampleEnrolment enrolment = new SampleEnrolment(child(file, line, people), service,
                    weekdays(file, line, line.get("weekdays")), mother, days(file, line, "starts_days_ago"),
                    optionalDays(file, line, "planned_days"), optionalDays(file, line, "ends_days_ago"),
                    outcome == null ? null : parse(DischargeOutcome.class, file, line, outcome),
                    blankToNull(line.get("discharge_note")), referral, absent == null ? 0 : absent);
            if ((enrolment.endsDaysAgo() == null) != (enrolment.outcome() == null)) {
                throw broken(file, line, "an ended enrolment has an outcome, an open one has none");
            }
            if (enrolment.endsDaysAgo() != null && enrolment.endsDaysAgo() > enrolment.startsDaysAgo()) {
                throw broken(file, line, "ends before it starts");
            }
            if (service.isDayService() == enrolment.weekdays().isEmpty()) {
                throw broken(file, line, "day services and only they have weekdays");
            }
            enrolments.add(enrolment);
        }
        return enrolments;
    }

    /**
     * Records the referrals and their decisions, admits the children and discharges the past
     * enrolments. A child who has since grown past seven is left out, since only a director may
     * admit them.
     */
    private static void write(SampleContext context, SampleChildren people, Map<String, SampleReferral> referrals,
                              List<SampleEnrolment> enrolments) {
        AdmissionsService service = context.services().get(AdmissionsService.class);
        Actor actor = context.actor();
        LocalDate today = context.today();
        Map<String, Long> referralIds = new HashMap<>();
        for (SampleReferral referral : referrals.values()) {
            long id = service.recordReferral(actor, new ReferralDetails(people.childIds().get(referral.child()),
                    today.minusDays(referral.referredDaysAgo()), referral.source(), referral.reason(),
                    referral.cruReference()));
            if (referral.decision() != ReferralDecision.PENDING) {
                service.decideReferral(actor, id, referral.decision(), today.minusDays(referral.decidedDaysAgo()));
            }
            referralIds.put(referral.key(), id);
        }
        for (SampleEnrolment enrolment : enrolments) {
            LocalDate start = today.minusDays(enrolment.startsDaysAgo());
            AdmitResult result = service.admit(actor, new Admission(people.childIds().get(enrolment.child()),
                    enrolment.referral() == null ? null : referralIds.get(enrolment.referral()), enrolment.service(),
                    enrolment.mother() == null ? null : people.carerIds().get(enrolment.mother()),
                    enrolment.weekdays().isEmpty() ? null : enrolment.weekdays(), start,
                    enrolment.plannedDays() == null ? null : start.plusDays(enrolment.plannedDays()), false, null));
            if (result instanceof AdmitResult.Admitted admitted && enrolment.endsDaysAgo() != null) {
                service.discharge(actor, admitted.enrolmentId(), today.minusDays(enrolment.endsDaysAgo()),
                        enrolment.outcome(), enrolment.dischargeNote());
            }
        }
    }

    private static String child(String file, CSVRecord line, SampleChildren people) {
        String name = line.get("child").strip();
        if (!people.childIds().containsKey(name)) {
            throw broken(file, line, "no child " + name + " in children.csv");
        }
        return name;
    }

    private static Set<DayOfWeek> weekdays(String file, CSVRecord line, String digits) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (char digit : digits.strip().toCharArray()) {
            if (digit < '1' || digit > '7') {
                throw broken(file, line, "weekdays are digits 1 (Monday) to 7 (Sunday)");
            }
            days.add(DayOfWeek.of(digit - '0'));
        }
        return days;
    }

    private static int days(String file, CSVRecord line, String column) {
        Integer days = optionalDays(file, line, column);
        if (days == null) {
            throw broken(file, line, column + " is needed");
        }
        return days;
    }

    private static Integer optionalDays(String file, CSVRecord line, String column) {
        String value = line.get(column).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            int days = Integer.parseInt(value);
            if (days < 0) {
                throw broken(file, line, column + " cannot be negative");
            }
            return days;
        } catch (NumberFormatException e) {
            throw broken(file, line, column + " is a number of days");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
