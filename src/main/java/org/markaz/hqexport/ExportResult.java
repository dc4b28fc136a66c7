package org.markaz.hqexport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What asking for a package gave: the package made, or what the user must confirm first. */
public sealed interface ExportResult {

    /**
     * Nothing written yet: the period has not ended ({@code periodOpen}), or days of it have marks
     * in the register that were never closed (listed); asked again with the confirmation, it is made.
     */
    record NeedsConfirmation(boolean periodOpen, List<LocalDate> unclosedDays) implements ExportResult {
    }

    /** The package, saved in the folder asked for and kept in the log. */
    record Made(ExportRecord record, Path file) implements ExportResult {
    }
}
