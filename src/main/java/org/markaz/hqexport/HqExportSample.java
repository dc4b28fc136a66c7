package org.markaz.hqexport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HexFormat;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.feature.SampleShare;

/**
 * The export's share of the sample centre: last year's four quarterly packages in the log, as
 * the director made them a few days after each quarter ended. Only the log's lines: the files
 * themselves are not kept (making four real packages would cost the sample seconds), so "Save
 * again" on one of them says the file is not on this PC. Their checksums are made up but of the
 * right form.
 */
final class HqExportSample implements SampleShare {

    private static final String DIRECTOR = "director";

    @Override
    public void load(SampleContext context) {
        HqExportRepository log = new HqExportRepository(context.services().auditRepository());
        String centre = context.services().centres().code();
        int year = context.today().getYear() - 1;
        ZoneId zone = context.services().clock().getZone();
        context.services().transactions().run(tx -> {
            for (int quarter = 1; quarter <= 4; quarter++) {
                ExportPeriod period = ExportPeriod.quarter(year, quarter);
                // the package of a quarter is made in the first week after it, in the morning
                LocalDate made = period.to().plusDays(3 + quarter % 3);
                String file = centre + "-" + period.label() + "-sample.zip";
                String sha256 = HexFormat.of().formatHex(PackageWriter.sha256()
                        .digest(("sample package " + file).getBytes(StandardCharsets.UTF_8)));
                log.insert(tx, context.actor(), new ExportRecord(null, made.atTime(LocalTime.of(10, 15 + quarter * 7))
                        .atZone(zone).toInstant(), DIRECTOR, period.label(), period.from(), period.to(), file,
                        61_000L + quarter * 2_345L, sha256, false, null));
            }
        });
    }
}
