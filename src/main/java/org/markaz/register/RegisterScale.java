package org.markaz.register;

import static org.markaz.core.demo.Names.pick;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.markaz.core.demo.ScaleUsers;
import org.markaz.core.feature.ScaleContext;
import org.markaz.core.feature.ScaleShare;
import org.markaz.register.RegisterScaleRepository.ClosedDay;
import org.markaz.register.RegisterScaleRepository.NewMark;
import org.markaz.shared.ScaleChildren;
import org.markaz.shared.ScaleEnrolments;
import org.markaz.shared.ServiceType;

/**
 * The register's share of the scale dataset: the expected days of the newest enrolments first,
 * up to yesterday, until {@value #MARKS} marks, each by one of the generated users; every marked
 * day closed but the last.
 */
public final class RegisterScale implements ScaleShare {

    static final int MARKS = 250_000;

    private static final List<String> OTHER_ABSENCES = List.of("Ба тӯйи хешовандон рафтанд", "Бо модар ба духтур рафт");

    private final RegisterScaleRepository repository = new RegisterScaleRepository();

    @Override
    public Map<String, Integer> generate(ScaleContext context) {
        Random random = context.random("register");
        List<String> usernames = context.get(ScaleUsers.class).usernames();
        List<ScaleEnrolments.Enrolment> newestFirst = new ArrayList<>(context.get(ScaleEnrolments.class).enrolments());
        newestFirst.sort(Comparator.comparing(ScaleEnrolments.Enrolment::start).reversed());
        LocalDate yesterday = context.today().minusDays(1);
        List<NewMark> marks = new ArrayList<>(MARKS + 1_000);
        for (ScaleEnrolments.Enrolment enrolment : newestFirst) {
            if (marks.size() >= MARKS) {
                break;
            }
            LocalDate last = enrolment.end() == null || enrolment.end().isAfter(yesterday) ? yesterday : enrolment.end();
            for (LocalDate day = enrolment.start(); !day.isAfter(last); day = day.plusDays(1)) {
                if (expected(enrolment, day.getDayOfWeek())) {
                    marks.add(mark(context, random, usernames, enrolment, day));
                }
            }
        }
        marks.sort(Comparator.comparing(NewMark::onDate));
        repository.insertMarks(context.tx(), marks);
        TreeSet<LocalDate> days = new TreeSet<>();
        marks.forEach(m -> days.add(m.onDate()));
        days.pollLast();
        List<ClosedDay> closed = days.stream()
                .map(day -> new ClosedDay(day, context.at(day, 18), pick(random, usernames))).toList();
        repository.insertClosedDays(context.tx(), closed);
        Map<String, Integer> written = new LinkedHashMap<>();
        written.put("register_mark", marks.size());
        written.put("register_day", closed.size());
        return written;
    }

    private static boolean expected(ScaleEnrolments.Enrolment enrolment, DayOfWeek weekday) {
        if (enrolment.service().isDayService()) {
            return enrolment.weekdays().contains(weekday);
        }
        return enrolment.service() != ServiceType.SHORT_STAY_WEEKDAY || weekday.getValue() <= DayOfWeek.FRIDAY.getValue();
    }

    private static NewMark mark(ScaleContext context, Random random, List<String> usernames,
                                ScaleEnrolments.Enrolment enrolment, LocalDate day) {
        ScaleChildren.Child child = enrolment.child();
        String markedBy = usernames.get(random.nextInt(usernames.size()));
        Instant markedAt = context.at(day, 10);
        boolean dayService = enrolment.service().isDayService();
        int presentChance = dayService ? 85 : enrolment.service() == ServiceType.MOTHER_AND_BABY ? 99 : 95;
        if (random.nextInt(100) >= presentChance) {
            int roll = random.nextInt(100);
            AbsenceReason reason = roll < 40 ? AbsenceReason.ILL : roll < 65 ? AbsenceReason.FAMILY_REASONS
                    : roll < 80 ? AbsenceReason.NO_TRANSPORT : roll < 92 ? AbsenceReason.UNKNOWN : AbsenceReason.OTHER;
            return new NewMark(child.id(), day, enrolment.id(), MarkStatus.ABSENT, null, null, null, null, reason,
                    reason == AbsenceReason.OTHER ? pick(random, OTHER_ABSENCES) : null, markedBy, markedAt);
        }
        if (!dayService) {
            return new NewMark(child.id(), day, enrolment.id(), MarkStatus.PRESENT, null, null, null, null, null, null,
                    markedBy, markedAt);
        }
        LocalTime arrived = LocalTime.of(7, 45).plusMinutes(5L * random.nextInt(19));
        LocalTime left = LocalTime.of(15, 30).plusMinutes(5L * random.nextInt(25));
        return new NewMark(child.id(), day, enrolment.id(), MarkStatus.PRESENT, arrived, left, carer(random, child),
                carer(random, child), null, null, markedBy, markedAt);
    }

    private static String carer(Random random, ScaleChildren.Child child) {
        return child.carerNames().isEmpty() ? null : pick(random, child.carerNames());
    }
}
