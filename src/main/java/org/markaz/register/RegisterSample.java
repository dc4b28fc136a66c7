package org.markaz.register;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.security.Actor;
import org.markaz.shared.SampleAbsences;
import org.markaz.shared.ServiceType;

/**
 * The register's share of the sample centre: the last four weeks, every expected child marked,
 * most of them present, each day closed but yesterday's (left open for the administrator to
 * finish). Today is left to be marked. The children the admissions' share names
 * ({@link SampleAbsences}) have missed their last scheduled days. The same marks for the same day
 * the sample is loaded.
 */
public final class RegisterSample implements SampleShare {

    private static final int WORKING_DAYS = 20;
    private static final long SEED = 20_261_123L;

    private static final List<String> OTHER_REASONS = List.of(
            "Ба тӯйи хешовандон рафтанд", "Бо модар ба духтур рафт", "Дар хона меҳмонон буданд");

    @Override
    public void load(SampleContext context) {
        new Filling(context.services().get(RegisterService.class), context.actor(),
                context.get(SampleAbsences.class).lastDaysAbsent()).fill(context.today());
    }

    /** The first of the last {@value #WORKING_DAYS} working days before {@code today}. */
    private static LocalDate firstDay(LocalDate today) {
        LocalDate day = today;
        for (int working = 0; working < WORKING_DAYS; ) {
            day = day.minusDays(1);
            if (day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
                working++;
            }
        }
        return day;
    }

    /** One filling of the register, with its own random sequence. */
    private static final class Filling {

        private final RegisterService register;
        private final Actor actor;
        private final Map<Long, Integer> absentLastDays;
        private final Random random = new Random(SEED);

        Filling(RegisterService register, Actor actor, Map<Long, Integer> absentLastDays) {
            this.register = register;
            this.actor = actor;
            this.absentLastDays = absentLastDays;
        }

        void fill(LocalDate today) {
            LocalDate yesterday = today.minusDays(1);
            List<DaySheet> sheets = new ArrayList<>();
            for (LocalDate day = firstDay(today); !day.isAfter(yesterday); day = day.plusDays(1)) {
                sheets.add(register.day(actor, day));
            }
            Set<String> forcedAbsences = lastScheduledDays(sheets);
            for (DaySheet sheet : sheets) {
                Map<Long, Mark> marks = new LinkedHashMap<>();
                for (RegisterEntry entry : sheet.entries()) {
                    if (entry.unplanned() || entry.mark() != null) {
                        continue;
                    }
                    marks.put(entry.childId(), forcedAbsences.contains(entry.childId() + "@" + sheet.date())
                            ? new Mark(false, null, null, null, null, AbsenceReason.UNKNOWN, "Модар телефонро намегирад")
                            : mark(entry, sheet.date().getDayOfWeek()));
                }
                register.markDay(actor, sheet.date(), marks); // a day's marks in one transaction
                if (!sheet.date().equals(yesterday)) {
                    register.closeDay(actor, sheet.date());
                }
            }
        }

        /** "child@date" for each of the last scheduled days of the children to be shown as missing. */
        private Set<String> lastScheduledDays(List<DaySheet> sheets) {
            Set<String> days = new HashSet<>();
            absentLastDays.forEach((childId, count) -> {
                int left = count;
                for (int i = sheets.size() - 1; i >= 0 && left > 0; i--) {
                    DaySheet sheet = sheets.get(i);
                    if (sheet.entries().stream().anyMatch(e -> e.childId() == childId && !e.unplanned())) {
                        days.add(childId + "@" + sheet.date());
                        left--;
                    }
                }
            });
            return days;
        }

        private Mark mark(RegisterEntry entry, DayOfWeek weekday) {
            ServiceType service = entry.service();
            if (service.isDayService()) {
                return random.nextInt(100) < 86 ? dayVisit(entry) : absence(entry);
            }
            if (service == ServiceType.MOTHER_AND_BABY || random.nextInt(100) < 97) {
                return residentPresent(entry, service, weekday);
            }
            return random.nextBoolean()
                    ? new Mark(false, null, null, null, null, AbsenceReason.ILL, "Дар беморхонаи кӯдакона")
                    : new Mark(false, null, null, null, null, AbsenceReason.FAMILY_REASONS, "Бо иҷозати ШҲК дар хона");
        }

        private Mark dayVisit(RegisterEntry entry) {
            LocalTime arrived = LocalTime.of(7, 45).plusMinutes(5L * random.nextInt(19));
            LocalTime left = LocalTime.of(15, 30).plusMinutes(5L * random.nextInt(25));
            return new Mark(true, arrived, left, carer(entry), carer(entry), null, null);
        }

        /** Monday-Friday stays come in on Monday morning and go home on Friday afternoon. */
        private Mark residentPresent(RegisterEntry entry, ServiceType service, DayOfWeek weekday) {
            if (service == ServiceType.SHORT_STAY_WEEKDAY && weekday == DayOfWeek.MONDAY) {
                return new Mark(true, LocalTime.of(8, 0).plusMinutes(5L * random.nextInt(13)), null, carer(entry), null,
                        null, null);
            }
            if (service == ServiceType.SHORT_STAY_WEEKDAY && weekday == DayOfWeek.FRIDAY) {
                return new Mark(true, null, LocalTime.of(16, 0).plusMinutes(5L * random.nextInt(19)), null, carer(entry),
                        null, null);
            }
            return new Mark(true, null, null, null, null, null, null);
        }

        private Mark absence(RegisterEntry entry) {
            int roll = random.nextInt(100);
            AbsenceReason reason = roll < 40 ? AbsenceReason.ILL : roll < 65 ? AbsenceReason.FAMILY_REASONS
                    : roll < 80 ? AbsenceReason.NO_TRANSPORT : roll < 92 ? AbsenceReason.UNKNOWN : AbsenceReason.OTHER;
            String note = reason == AbsenceReason.OTHER ? OTHER_REASONS.get(random.nextInt(OTHER_REASONS.size())) : null;
            return new Mark(false, null, null, null, null, reason, note);
        }

        private String carer(RegisterEntry entry) {
            List<String> carers = entry.carers();
            return carers.isEmpty() ? null : carers.get(random.nextInt(carers.size()));
        }
    }
}
