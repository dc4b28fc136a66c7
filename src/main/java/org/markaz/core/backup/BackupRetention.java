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
 * Which automatic backups to keep: the newest of each of the 14 newest days that have one, and the
 * newest of each of the 12 newest months. Counted by the backups' own order, never against the
 * PC's clock: a clock set a year ahead deletes nothing it should keep, and a backup dated in the
 * future is kept like any other. The backup just made is never deleted. Files whose names are not
 * Markaz automatic backups are never touched.
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

    /** The files among {@code files} to delete; {@code justMade} (may be null) is always kept. */
    public static List<Path> toDelete(List<Path> files, Path justMade) {
        List<Dated> backups = files.stream().map(BackupRetention::dated).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Dated::madeAt).thenComparing(d -> d.file().getFileName().toString()).reversed())
                .toList();
        Set<LocalDate> daysSeen = new HashSet<>();
        Set<YearMonth> monthsSeen = new HashSet<>();
        List<Path> delete = new ArrayList<>();
        for (Dated backup : backups) {
            LocalDate day = backup.madeAt().toLocalDate();
            boolean newestOfDay = !daysSeen.contains(day) && daysSeen.size() < DAYS_KEPT;
            daysSeen.add(day);
            YearMonth month = YearMonth.from(day);
            boolean newestOfMonth = !monthsSeen.contains(month) && monthsSeen.size() < MONTHS_KEPT;
            monthsSeen.add(month);
            if (!newestOfDay && !newestOfMonth && !backup.file().equals(justMade)) {
                delete.add(backup.file());
            }
        }
        return delete;
    }

    /** Automatic backups among the files, newest first. */
    public static List<Path> newestFirst(List<Path> files) {
        return files.stream().map(BackupRetention::dated).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Dated::madeAt).reversed()).map(Dated::file).toList();
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
