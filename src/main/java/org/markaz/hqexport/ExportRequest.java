package org.markaz.hqexport;

import java.nio.file.Path;

/**
 * A package asked for: the period, the folder (a USB stick) it is saved to, a passphrase to encrypt
 * it (null for none), the reason for adding named records (null for a de-identified package), and
 * what the user has already confirmed: a period not yet over, register days left open.
 */
public record ExportRequest(ExportPeriod period, Path folder, char[] passphrase, String namedReason,
                            boolean periodOpenConfirmed, boolean unclosedDaysConfirmed) {

    public static ExportRequest of(ExportPeriod period, Path folder) {
        return new ExportRequest(period, folder, null, null, false, false);
    }

    public ExportRequest confirmed() {
        return new ExportRequest(period, folder, passphrase, namedReason, true, true);
    }
}
