package org.markaz.core.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which automatic backups to keep: the newest of each of the last 14 days and the newest of each
 * of the last 12 months. Files whose names are not Markaz automatic backups are never touched.
 */
public final class BackupRetention {

    public static final int DAYS_KEPT = 14;
    public static final int MONTHS_KEPT = 12;

    private static final Pattern NAME = Pattern.compile("markaz-[A-Z]{2,10}-(\\d{8}-\\d{6})-(daily|exit)\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupRetention() {
    }

    public static String fileName(String centreCode, LocalDateTime madeAt, BackupKind kind) {
        return "markaz-" + centreCode + "-" + STAMP.format(madeAt) + "-" + kind.fileSuffix() + ".zip";
    }

    /** The files among {@code files} to delete, given today's date. */
    public static List<Path> toDelete(List<Path> files, LocalDate today) {
        List<Dated> backups = files.stream().map(BackupRetention::dated).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Dated::madeAt).reversed())
                .toList();
        LocalDate firstDayKept = today.minusDays(DAYS_KEPT - 1L);
        YearMonth firstMonthKept = YearMonth.from(today).minusMonths(MONTHS_KEPT - 1L);
        Set<LocalDate> daysSeen = new HashSet<>();
        Set<YearMonth> monthsSeen = new HashSet<>();
        List<Path> delete = new ArrayList<>();
        for (Dated backup : backups) {
            LocalDate day = backup.madeAt().toLocalDate();
            boolean newestOfDay = !day.isBefore(firstDayKept) && daysSeen.add(day);
            YearMonth month = YearMonth.from(day);
            boolean newestOfMonth = !month.isBefore(firstMonthKept) && monthsSeen.add(month);
            if (!newestOfDay && !newestOfMonth) {
                delete.add(backup.file());
            }
        }
        return delete;
    }

    private static Optional<Dated> dated(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Dated(file, LocalDateTime.parse(matcher.group(1), STAMP)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private record Dated(Path file, LocalDateTime madeAt) {
    }
}
