package org.markaz.sample;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;
import org.markaz.sample.ScaleDatasetRepository.ChildRow;
import org.markaz.sample.ScaleDatasetRepository.ClosedDayRow;
import org.markaz.sample.ScaleDatasetRepository.EnrolmentRow;
import org.markaz.sample.ScaleDatasetRepository.MarkRow;
import org.markaz.sample.ScaleDatasetRepository.ReferralRow;

/**
 * What the generated children did at the centre: referrals, enrolments one after another
 * (mostly day services, a quarter short stays, a few mother-and-baby stays), and the register of
 * their expected days, newest first, until {@value #MARKS} marks; every marked day closed but the last.
 */
final class ScaleDatasetActivity {

    static final int MARKS = 250_000;

    /** A generated child as the activity needs it; carers are the family's, names and ids in the same order. */
    record Child(long id, ChildRow row, List<String> carerNames, List<Long> carerIds, Long motherCarerId) {
    }

    private record Planned(int child, ServiceType service, String weekdays, LocalDate start, LocalDate plannedEnd,
                           LocalDate end, String outcome, String note, Integer referral) {
    }

    private static final List<String> OTHER_DISCHARGES = List.of("Оила ба шаҳри дигар кӯчид",
            "Оила ба Русия рафт", "Падару модар дигар наоварданд");
    private static final List<String> OTHER_ABSENCES = List.of("Ба тӯйи хешовандон рафтанд", "Бо модар ба духтур рафт");
    private static final List<String> DAY_REASONS = List.of("Модар кор мекунад ва касе нигоҳ намекунад",
            "Ақибмонии инкишоф; машғулиятҳои гурӯҳӣ", "Модар табобат мегирад", "Оилаи серфарзанд; истироҳати модар");
    private static final List<String> STAY_REASONS = List.of("Модар дар беморхона", "Бӯҳрони оилавӣ; хатари дастбардорӣ",
            "Оила манзил надорад", "Зӯроварӣ дар оила; ҷои бехатар лозим", "Модар ҳуҷҷатҳоро барқарор мекунад");

    private final Random random;
    private final ZoneId zone;
    private final LocalDate today;
    private final List<String> usernames;
    private final ScaleDatasetRepository repository;

    ScaleDatasetActivity(Random random, ZoneId zone, LocalDate today, List<String> usernames,
                         ScaleDatasetRepository repository) {
        this.random = random;
        this.zone = zone;
        this.today = today;
        this.usernames = usernames;
        this.repository = repository;
    }

    Map<String, Integer> write(DSLContext tx, List<Child> children) {
        List<ReferralRow> referrals = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            enrolments(i, children.get(i), referrals, planned);
        }
        List<Long> referralIds = repository.insertReferrals(tx, referrals);
        List<EnrolmentRow> enrolments = planned.stream().map(p -> new EnrolmentRow(children.get(p.child()).id(),
                p.referral() == null ? null : referralIds.get(p.referral()), p.service().name(),
                p.service() == ServiceType.MOTHER_AND_BABY ? children.get(p.child()).motherCarerId() : null, p.weekdays(),
                p.start(), p.plannedEnd(), p.end(), p.outcome(), p.note(), at(p.start(), 9))).toList();
        List<Long> enrolmentIds = repository.insertEnrolments(tx, enrolments);
        int marks = register(tx, children, planned, enrolmentIds);
        Map<String, Integer> written = new LinkedHashMap<>();
        written.put("referral", referrals.size());
        written.put("enrolment", enrolments.size());
        written.put("register_mark", marks);
        return written;
    }

    /** The child's enrolments, one after another from when the family came, while the child is under seven. */
    private void enrolments(int index, Child child, List<ReferralRow> referrals, List<Planned> planned) {
        ChildRow row = child.row();
        LocalDate lastDay = row.archivedOn() != null ? row.archivedOn() : today;
        LocalDate seventh = row.dateOfBirth().plusYears(7);
        LocalDate start = LocalDate.ofInstant(row.createdAt(), zone).plusDays(random.nextInt(45));
        boolean first = true;
        while (start.isBefore(lastDay) && start.isBefore(seventh) && (first || random.nextInt(100) < 42)) {
            boolean baby = start.isBefore(row.dateOfBirth().plusMonths(10));
            ServiceType service = service(baby && child.motherCarerId() != null, row.disability() != null);
            Planned enrolment = enrolment(index, service, start, lastDay, seventh, row.disability() != null,
                    referrals, child);
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
            referrals.add(new ReferralRow(child.id(), on, random.nextBoolean() ? "SELF" : "HEALTH_CENTRE",
                    Names.pick(random, DAY_REASONS), null, pending ? "PENDING" : "DECLINED",
                    pending ? null : on.plusDays(2).isAfter(today) ? today : on.plusDays(2),
                    at(on, 11)));
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
        return roll < 25 ? ServiceType.DAY_CARE : roll < 48 ? ServiceType.DAY_RESPITE : roll < 71 ? ServiceType.PLAY_SESSIONS
                : roll < 86 ? ServiceType.SHORT_STAY_7DAY : ServiceType.SHORT_STAY_WEEKDAY;
    }

    private Planned enrolment(int index, ServiceType service, LocalDate start, LocalDate lastDay, LocalDate seventh,
                              boolean disability, List<ReferralRow> referrals, Child child) {
        int days = switch (service) {
            case DAY_CARE -> 30 + random.nextInt(disability ? 360 : 180);
            case DAY_RESPITE -> 14 + random.nextInt(100);
            case PLAY_SESSIONS -> 14 + random.nextInt(80);
            case SHORT_STAY_7DAY, SHORT_STAY_WEEKDAY -> 10 + random.nextInt(random.nextInt(4) == 0 ? 170 : 80);
            case MOTHER_AND_BABY -> 14 + random.nextInt(100);
        };
        LocalDate plannedEnd = service.isShortStay() ? start.plusDays(Math.min(180, days + random.nextInt(30))) : null;
        LocalDate end = start.plusDays(days);
        if (end.isAfter(seventh)) {
            end = seventh;
        }
        String outcome = null;
        String note = null;
        if (!end.isBefore(lastDay)) {
            end = lastDay.equals(today) ? null : lastDay;
        }
        if (end != null) {
            outcome = outcome(service);
            note = outcome.equals("OTHER") ? Names.pick(random, OTHER_DISCHARGES) : null;
        } else if (plannedEnd != null && plannedEnd.isBefore(today)) {
            plannedEnd = start.plusDays(180);
        }
        String weekdays = service.isDayService() ? weekdays(service) : null;
        Integer referral = null;
        if (service.isResidential() || random.nextInt(100) < 55) {
            LocalDate referred = start.minusDays(3 + random.nextInt(25));
            if (referred.isBefore(child.row().dateOfBirth())) {
                referred = child.row().dateOfBirth();
            }
            LocalDate decided = referred.plusDays(1 + random.nextInt(5));
            if (decided.isAfter(start)) {
                decided = start;
            }
            String source = service.isResidential() ? "CRU" : disability ? "PMPC"
                    : random.nextBoolean() ? "SELF" : "HEALTH_CENTRE";
            String cru = source.equals("CRU") ? "ШҲК-" + referred.getYear() + "/" + (1 + random.nextInt(400)) : null;
            referral = referrals.size();
            referrals.add(new ReferralRow(child.id(), referred, source,
                    Names.pick(random, service.isResidential() ? STAY_REASONS : DAY_REASONS), cru, "ACCEPTED", decided,
                    at(referred, 10)));
        }
        return new Planned(index, service, weekdays, start, plannedEnd, end, outcome, note, referral);
    }

    private String outcome(ServiceType service) {
        int roll = random.nextInt(100);
        if (service.isDayService()) {
            return roll < 85 ? "RETURNED_TO_PARENTS" : roll < 97 ? "TRANSFERRED_TO_INSTITUTION" : "OTHER";
        }
        DischargeOutcome outcome = roll < 60 ? DischargeOutcome.RETURNED_TO_PARENTS : roll < 80 ? DischargeOutcome.KINSHIP_CARE
                : roll < 87 ? DischargeOutcome.FOSTER_CARE : roll < 90 ? DischargeOutcome.ADOPTION
                : roll < 95 ? DischargeOutcome.TRANSFERRED_TO_INSTITUTION : DischargeOutcome.OTHER;
        return outcome.name();
    }

    private String weekdays(ServiceType service) {
        int count = service == ServiceType.DAY_CARE ? 3 + random.nextInt(3) : 1 + random.nextInt(2);
        TreeSet<Integer> days = new TreeSet<>();
        while (days.size() < count) {
            days.add(1 + random.nextInt(5));
        }
        StringBuilder digits = new StringBuilder();
        days.forEach(digits::append);
        return digits.toString();
    }

    /** Marks the expected days of the newest enrolments first, up to yesterday, until {@value #MARKS}. */
    private int register(DSLContext tx, List<Child> children, List<Planned> planned, List<Long> enrolmentIds) {
        List<Integer> newestFirst = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            newestFirst.add(i);
        }
        newestFirst.sort(Comparator.comparing((Integer i) -> planned.get(i).start()).reversed());
        LocalDate yesterday = today.minusDays(1);
        List<MarkRow> marks = new ArrayList<>(MARKS + 1_000);
        for (int i : newestFirst) {
            if (marks.size() >= MARKS) {
                break;
            }
            Planned enrolment = planned.get(i);
            Child child = children.get(enrolment.child());
            LocalDate last = enrolment.end() == null || enrolment.end().isAfter(yesterday) ? yesterday : enrolment.end();
            for (LocalDate day = enrolment.start(); !day.isAfter(last); day = day.plusDays(1)) {
                if (expected(enrolment, day.getDayOfWeek())) {
                    marks.add(mark(child, enrolment, enrolmentIds.get(i), day));
                }
            }
        }
        marks.sort(Comparator.comparing(MarkRow::onDate));
        repository.insertMarks(tx, marks);
        TreeSet<LocalDate> days = new TreeSet<>();
        marks.forEach(m -> days.add(m.onDate()));
        days.pollLast();
        List<ClosedDayRow> closed = days.stream()
                .map(day -> new ClosedDayRow(day, at(day, 18), Names.pick(random, usernames))).toList();
        repository.insertClosedDays(tx, closed);
        return marks.size();
    }

    private static boolean expected(Planned enrolment, DayOfWeek weekday) {
        if (enrolment.service().isDayService()) {
            return enrolment.weekdays().indexOf('0' + weekday.getValue()) >= 0;
        }
        return enrolment.service() != ServiceType.SHORT_STAY_WEEKDAY || weekday.getValue() <= DayOfWeek.FRIDAY.getValue();
    }

    private MarkRow mark(Child child, Planned enrolment, long enrolmentId, LocalDate day) {
        String markedBy = usernames.get(random.nextInt(usernames.size()));
        Instant markedAt = at(day, 10);
        boolean dayService = enrolment.service().isDayService();
        int presentChance = dayService ? 85 : enrolment.service() == ServiceType.MOTHER_AND_BABY ? 99 : 95;
        if (random.nextInt(100) >= presentChance) {
            int roll = random.nextInt(100);
            String reason = roll < 40 ? "ILL" : roll < 65 ? "FAMILY_REASONS" : roll < 80 ? "NO_TRANSPORT"
                    : roll < 92 ? "UNKNOWN" : "OTHER";
            return new MarkRow(child.id(), day, enrolmentId, "ABSENT", null, null, null, null, reason,
                    reason.equals("OTHER") ? Names.pick(random, OTHER_ABSENCES) : null, markedBy, markedAt);
        }
        if (!dayService) {
            return new MarkRow(child.id(), day, enrolmentId, "PRESENT", null, null, null, null, null, null, markedBy,
                    markedAt);
        }
        LocalTime arrived = LocalTime.of(7, 45).plusMinutes(5L * random.nextInt(19));
        LocalTime left = LocalTime.of(15, 30).plusMinutes(5L * random.nextInt(25));
        return new MarkRow(child.id(), day, enrolmentId, "PRESENT", arrived, left, carer(child), carer(child), null, null,
                markedBy, markedAt);
    }

    private String carer(Child child) {
        return child.carerNames().isEmpty() ? null : child.carerNames().get(random.nextInt(child.carerNames().size()));
    }

    private Instant at(LocalDate day, int hour) {
        Instant at = day.atTime(hour, 0).atZone(zone).toInstant();
        Instant latest = today.atStartOfDay(zone).toInstant().plus(8, ChronoUnit.HOURS);
        return at.isAfter(latest) ? latest : at;
    }
}
