package org.markaz.admissions;

import static org.markaz.core.demo.Names.pick;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.markaz.admissions.AdmissionsScaleRepository.NewEnrolment;
import org.markaz.admissions.AdmissionsScaleRepository.NewReferral;
import org.markaz.core.feature.ScaleContext;
import org.markaz.core.feature.ScaleShare;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ScaleChildren;
import org.markaz.shared.ScaleEnrolments;
import org.markaz.shared.ServiceType;

/**
 * The admissions' share of the scale dataset: each child's referrals and enrolments, one after
 * another from when the family came while the child is under seven (mostly day services, a
 * quarter short stays, a few mother-and-baby stays), and a few referrals declined or pending.
 * Leaves the enrolments ({@link ScaleEnrolments}) for the register.
 */
public final class AdmissionsScale implements ScaleShare {

    private static final List<String> OTHER_DISCHARGES = List.of("Оила ба шаҳри дигар кӯчид",
            "Оила ба Русия рафт", "Падару модар дигар наоварданд");
    private static final List<String> DAY_REASONS = List.of("Модар кор мекунад ва касе нигоҳ намекунад",
            "Ақибмонии инкишоф; машғулиятҳои гурӯҳӣ", "Модар табобат мегирад", "Оилаи серфарзанд; истироҳати модар");
    private static final List<String> STAY_REASONS = List.of("Модар дар беморхона", "Бӯҳрони оилавӣ; хатари дастбардорӣ",
            "Оила манзил надорад", "Зӯроварӣ дар оила; ҷои бехатар лозим", "Модар ҳуҷҷатҳоро барқарор мекунад");

    @Override
    public Map<String, Integer> generate(ScaleContext context) {
        return new Generation(context).write();
    }

    /** One generation's rows, drawn from the admissions' own sequence. */
    private static final class Generation {

        /** An enrolment before it has an id: its child, and its referral by place in the list. */
        private record Planned(ScaleChildren.Child child, ServiceType service, Set<DayOfWeek> weekdays, LocalDate start,
                               LocalDate plannedEnd, LocalDate end, DischargeOutcome outcome, String note,
                               Integer referral) {
        }

        private final ScaleContext context;
        private final Random random;
        private final LocalDate today;
        private final AdmissionsScaleRepository repository = new AdmissionsScaleRepository();
        private final List<NewReferral> referrals = new ArrayList<>();
        private final List<Planned> planned = new ArrayList<>();

        Generation(ScaleContext context) {
            this.context = context;
            this.random = context.random("admissions");
            this.today = context.today();
        }

        Map<String, Integer> write() {
            context.get(ScaleChildren.class).children().forEach(this::enrolments);
            List<Long> referralIds = repository.insertReferrals(context.tx(), referrals);
            List<Long> enrolmentIds = repository.insertEnrolments(context.tx(), planned.stream()
                    .map(p -> new NewEnrolment(p.child().id(), p.referral() == null ? null : referralIds.get(p.referral()),
                            p.service(), p.service() == ServiceType.MOTHER_AND_BABY ? p.child().motherCarerId() : null,
                            p.weekdays(), p.start(), p.plannedEnd(), p.end(), p.outcome(), p.note(),
                            context.at(p.start(), 9))).toList());
            List<ScaleEnrolments.Enrolment> written = new ArrayList<>(planned.size());
            for (int i = 0; i < planned.size(); i++) {
                Planned p = planned.get(i);
                written.add(new ScaleEnrolments.Enrolment(enrolmentIds.get(i), p.child(), p.service(), p.weekdays(),
                        p.start(), p.end()));
            }
            context.put(ScaleEnrolments.class, new ScaleEnrolments(List.copyOf(written)));
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("referral", referrals.size());
            counts.put("enrolment", planned.size());
            return counts;
        }

        /** The child's enrolments, one after another from when the family came, while the child is under seven. */
        private void enrolments(ScaleChildren.Child child) {
            LocalDate lastDay = child.archivedOn() != null ? child.archivedOn() : today;
            LocalDate seventh = child.dateOfBirth().plusYears(7);
            LocalDate start = LocalDate.ofInstant(child.addedAt(), context.zone()).plusDays(random.nextInt(45));
            boolean first = true;
            while (start.isBefore(lastDay) && start.isBefore(seventh) && (first || random.nextInt(100) < 42)) {
                boolean baby = start.isBefore(child.dateOfBirth().plusMonths(10));
                ServiceType service = service(baby && child.motherCarerId() != null, child.disability());
                Planned enrolment = enrolment(child, service, start, lastDay, seventh);
                planned.add(enrolment);
                if (enrolment.end() == null) {
                    return;
                }
                start = enrolment.end().plusDays(7 + random.nextInt(150));
                first = false;
            }
            if (first && random.nextInt(100) < 12) {
                // referred, but declined or not yet decided
                LocalDate on = start.isAfter(today) ? today : start;
                boolean pending = on.isAfter(today.minusDays(20));
                referrals.add(new NewReferral(child.id(), on,
                        random.nextBoolean() ? ReferralSource.SELF : ReferralSource.HEALTH_CENTRE,
                        pick(random, DAY_REASONS), null, pending ? ReferralDecision.PENDING : ReferralDecision.DECLINED,
                        pending ? null : on.plusDays(2).isAfter(today) ? today : on.plusDays(2), context.at(on, 11)));
            }
        }

        private ServiceType service(boolean babyWithMother, boolean disability) {
            int roll = random.nextInt(100);
            if (babyWithMother && roll < 45) {
                return ServiceType.MOTHER_AND_BABY;
            }
            if (disability && roll < 80) {
                return ServiceType.DAY_CARE;
            }
            roll = random.nextInt(100);
            return roll < 25 ? ServiceType.DAY_CARE : roll < 48 ? ServiceType.DAY_RESPITE
                    : roll < 71 ? ServiceType.PLAY_SESSIONS : roll < 86 ? ServiceType.SHORT_STAY_7DAY
                    : ServiceType.SHORT_STAY_WEEKDAY;
        }

        private Planned enrolment(ScaleChildren.Child child, ServiceType service, LocalDate start, LocalDate lastDay,
                                  LocalDate seventh) {
            boolean disability = child.disability();
            int days = switch (service) {
                case DAY_CARE -> 30 + random.nextInt(disability ? 360 : 180);
                case DAY_RESPITE -> 14 + random.nextInt(100);
                case PLAY_SESSIONS -> 14 + random.nextInt(80);
                case RESIDENTIAL_RESPITE -> 2 + random.nextInt(5);
                case SHORT_STAY_7DAY, SHORT_STAY_WEEKDAY -> 10 + random.nextInt(random.nextInt(4) == 0 ? 170 : 80);
                case MOTHER_AND_BABY -> 14 + random.nextInt(100);
            };
            LocalDate plannedEnd = service.isShortStay() ? start.plusDays(Math.min(180, days + random.nextInt(30))) : null;
            LocalDate end = start.plusDays(days);
            if (end.isAfter(seventh)) {
                end = seventh;
            }
            DischargeOutcome outcome = null;
            String note = null;
            if (!end.isBefore(lastDay)) {
                end = lastDay.equals(today) ? null : lastDay;
            }
            if (end != null) {
                outcome = outcome(service);
                note = outcome == DischargeOutcome.OTHER ? pick(random, OTHER_DISCHARGES) : null;
            } else if (plannedEnd != null && plannedEnd.isBefore(today)) {
                plannedEnd = start.plusDays(180);
            }
            Set<DayOfWeek> weekdays = service.isDayService() ? weekdays(service) : Set.of();
            Integer referral = null;
            if (service.isResidential() || random.nextInt(100) < 55) {
                LocalDate referred = start.minusDays(3 + random.nextInt(25));
                if (referred.isBefore(child.dateOfBirth())) {
                    referred = child.dateOfBirth();
                }
                LocalDate decided = referred.plusDays(1 + random.nextInt(5));
                if (decided.isAfter(start)) {
                    decided = start;
                }
                ReferralSource source = service.isResidential() ? ReferralSource.CRU : disability ? ReferralSource.PMPC
                        : random.nextBoolean() ? ReferralSource.SELF : ReferralSource.HEALTH_CENTRE;
                String cru = source == ReferralSource.CRU
                        ? "ШҲК-" + referred.getYear() + "/" + (1 + random.nextInt(400)) : null;
                referral = referrals.size();
                referrals.add(new NewReferral(child.id(), referred, source,
                        pick(random, service.isResidential() ? STAY_REASONS : DAY_REASONS), cru, ReferralDecision.ACCEPTED,
                        decided, context.at(referred, 10)));
            }
            return new Planned(child, service, weekdays, start, plannedEnd, end, outcome, note, referral);
        }

        private DischargeOutcome outcome(ServiceType service) {
            int roll = random.nextInt(100);
            if (service.isDayService()) {
                return roll < 85 ? DischargeOutcome.RETURNED_TO_PARENTS
                        : roll < 97 ? DischargeOutcome.TRANSFERRED_TO_INSTITUTION : DischargeOutcome.OTHER;
            }
            return roll < 60 ? DischargeOutcome.RETURNED_TO_PARENTS : roll < 80 ? DischargeOutcome.KINSHIP_CARE
                    : roll < 87 ? DischargeOutcome.FOSTER_CARE : roll < 90 ? DischargeOutcome.ADOPTION
                    : roll < 95 ? DischargeOutcome.TRANSFERRED_TO_INSTITUTION : DischargeOutcome.OTHER;
        }

        /** Three to five weekdays for day care, one or two for the others. */
        private Set<DayOfWeek> weekdays(ServiceType service) {
            int count = service == ServiceType.DAY_CARE ? 3 + random.nextInt(3) : 1 + random.nextInt(2);
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            while (days.size() < count) {
                days.add(DayOfWeek.of(1 + random.nextInt(5)));
            }
            return days;
        }
    }
}
