package org.markaz.hqexport;

import java.time.LocalDate;
import java.time.Instant;

/** A package in the log: when and by whom, which period, its file in the data folder and its checksum. */
public record ExportRecord(Long id, Instant madeAt, String madeBy, String period, LocalDate from, LocalDate to,
                           String fileName, long sizeBytes, String sha256, boolean encrypted, String namedReason) {

    public boolean namedRecords() {
        return namedReason != null;
    }
}
