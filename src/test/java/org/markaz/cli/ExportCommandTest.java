package org.markaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code export --period --to} for a scheduled task, and {@code consolidate} at headquarters. */
class ExportCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = Cli.commandLine(new Composition(org.markaz.app.Features.all(), (dataDirectory, sample) -> { }));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void aClosedQuarterIsExportedAndConsolidatedAndBadInputIsRefused() throws Exception {
        String centre = temp.resolve("centre").toString();
        assertEquals(0, run("init-sample", "--data-dir", centre));
        LocalDate lastQuarter = LocalDate.now().minusMonths(3);
        String period = lastQuarter.getYear() + "Q" + ((lastQuarter.getMonthValue() + 2) / 3);
        Path usb = Files.createDirectories(temp.resolve("usb"));

        assertEquals(1, run("export", "--data-dir", centre, "--period", "2026Q7", "--to", usb.toString()));
        assertTrue(err.toString().contains("2026Q3"), err.toString());
        assertEquals(1, run("export", "--data-dir", centre, "--period", period, "--to", temp.resolve("missing").toString()));
        assertTrue(err.toString().contains("does not exist or cannot be written"), err.toString());
        int thisQuarter = (LocalDate.now().getMonthValue() + 2) / 3;
        assertEquals(1, run("export", "--data-dir", centre, "--period", LocalDate.now().getYear() + "Q" + thisQuarter, "--to",
                usb.toString(), "--accept-unclosed-days"));
        assertTrue(err.toString().contains("--accept-open-period"), err.toString());
        try (var files = Files.list(usb)) {
            assertEquals(0, files.count(), "a refusal writes nothing");
        }

        assertEquals(0, run("export", "--data-dir", centre, "--period", period, "--to", usb.toString(), "--accept-unclosed-days"),
                err.toString());
        Path zip = usb.resolve("KHJ-" + period + ".zip");
        assertTrue(out.toString().contains("Package saved: " + zip), out.toString());
        assertTrue(Files.size(zip) > 1000);

        Path hq = Files.createDirectories(temp.resolve("hq"));
        assertEquals(0, run("consolidate", "--data-dir", centre, zip.toString(), "--to", hq.toString(), "--period", period),
                err.toString());
        assertTrue(Files.exists(hq.resolve("consolidated.csv")));
        assertEquals(1, run("consolidate", "--data-dir", centre, zip.toString(), zip.toString(), "--to",
                Files.createDirectories(temp.resolve("hq2")).toString()));
        assertTrue(err.toString().contains("repeats centre KHJ"), err.toString());
    }
}
