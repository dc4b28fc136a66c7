package org.markaz.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Path backup(LocalDateTime at, BackupKind kind) {
        return Path.of("/backups", BackupRetention.fileName("KHJ", at, kind));
    }

    @Test
    void keepsNewestOfEachOfTheLast14DaysAndNewestOfEachOfTheLast12Months() {
        List<Path> files = new ArrayList<>();
        for (LocalDate day = TODAY.minusYears(2); !day.isAfter(TODAY); day = day.plusDays(1)) {
            files.add(backup(day.atTime(9, 0), BackupKind.DAILY));
            files.add(backup(day.atTime(17, 30), BackupKind.ON_EXIT));
        }
        List<Path> delete = BackupRetention.toDelete(files, null);
        List<Path> kept = new ArrayList<>(files);
        kept.removeAll(delete);
        // 14 days (10..23 Nov) + the newest of Dec 2025 .. Oct 2026 (11 months; November is already among the days)
        assertEquals(25, kept.size());
        assertTrue(kept.contains(backup(TODAY.atTime(17, 30), BackupKind.ON_EXIT)));
        assertTrue(kept.contains(backup(LocalDate.of(2025, 12, 31).atTime(17, 30), BackupKind.ON_EXIT)));
        assertTrue(delete.contains(backup(TODAY.atTime(9, 0), BackupKind.DAILY)));
        assertTrue(delete.contains(backup(LocalDate.of(2025, 11, 30).atTime(17, 30), BackupKind.ON_EXIT)));
    }

    @Test
    void neverTouchesOtherFilesOrManualBackups() {
        List<Path> files = List.of(Path.of("/backups/notes.txt"),
                backup(TODAY.minusYears(3).atStartOfDay(), BackupKind.MANUAL),
                Path.of("/backups/markaz-KHJ-20200101-000000-daily.zip.part"));
        assertTrue(BackupRetention.toDelete(files, null).isEmpty());
    }

    @Test
    void aClockSetAYearAheadDeletesNothingThatShouldBeKept() {
        List<Path> files = new ArrayList<>();
        for (LocalDate day = TODAY.minusDays(31); !day.isAfter(TODAY); day = day.plusDays(1)) {
            files.add(backup(day.atTime(17, 30), BackupKind.ON_EXIT));
        }
        Path madeWithTheClockAhead = backup(TODAY.plusYears(1).atTime(9, 0), BackupKind.DAILY);
        files.add(madeWithTheClockAhead);
        List<Path> delete = BackupRetention.toDelete(files, madeWithTheClockAhead);
        assertFalse(delete.contains(madeWithTheClockAhead));
        // the 13 newest days besides the future one, and the newest of November 2026 and October 2026 kept
        assertTrue(delete.size() <= files.size() - 14, "kept " + (files.size() - delete.size()));
        assertTrue(files.size() - delete.size() >= 14);
        assertFalse(delete.contains(backup(TODAY.atTime(17, 30), BackupKind.ON_EXIT)));
    }

    @Test
    void theBackupJustMadeIsNeverDeleted() {
        List<Path> files = new ArrayList<>();
        for (int year = 0; year < 3; year++) {
            for (int day = 0; day < 20; day++) {
                files.add(backup(TODAY.plusYears(5 + year).plusDays(day).atTime(8, 0), BackupKind.DAILY));
            }
        }
        Path justMade = backup(TODAY.atTime(12, 0), BackupKind.DAILY);
        files.add(justMade);
        assertFalse(BackupRetention.toDelete(files, justMade).contains(justMade));
    }
}
