package org.markaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code figures --pdf/--csv}: the files the screen saves, from a script, never over a file unless --force. */
class FiguresCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = Cli.commandLine(new Composition(org.markaz.app.Features.all(),
                (dataDirectory, sample) -> { }));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path centre() {
        return temp.resolve("centre");
    }

    /** The figures of the last 60 days, with the options given. */
    private int figures(String... options) {
        String[] period = {"figures", "--data-dir", centre().toString(), "--from", LocalDate.now().minusDays(60).toString(),
                "--to", LocalDate.now().toString()};
        return run(java.util.stream.Stream.concat(java.util.Arrays.stream(period), java.util.Arrays.stream(options))
                .toArray(String[]::new));
    }

    @BeforeEach
    void sampleCentre() {
        assertEquals(0, run("init-sample", "--data-dir", centre().toString()));
    }

    @Test
    void figuresAreSavedAsAPdfAndASpreadsheetInTheLanguageAsked() throws Exception {
        Path pdf = temp.resolve("figures.pdf");
        Path csv = temp.resolve("figures.csv");
        assertEquals(0, figures("--pdf", pdf.toString(), "--csv", csv.toString(), "--language", "tg"), err.toString());
        assertTrue(out.toString().contains("Figures saved: " + pdf), out.toString());
        assertTrue(out.toString().contains("Figures saved: " + csv), out.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Нишондиҳандаҳо барои"), text);
            assertTrue(text.contains("Саҳифаи 1 аз " + document.getNumberOfPages()), text);
            assertTrue(text.contains("сатри фармон"), "printed by the command line, in Tajik: " + text);
        }
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals((byte) 0xEF, bytes[0]);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("Қабулҳо;Ҳамагӣ;"), new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void anExistingFileIsRefusedUnlessForcedAndARefusalWritesNothing() throws Exception {
        Path pdf = temp.resolve("new.pdf");
        Path csv = Files.writeString(temp.resolve("old.csv"), "keep me");
        assertEquals(1, figures("--pdf", pdf.toString(), "--csv", csv.toString()));
        assertTrue(err.toString().contains("--force"), err.toString());
        assertFalse(Files.exists(pdf), "the PDF was not written either");
        assertEquals("keep me", Files.readString(csv));

        assertEquals(1, figures("--pdf", pdf.toString(), "--csv", pdf.toString()));
        assertTrue(err.toString().contains("cannot be the same file"), err.toString());
        assertEquals(1, figures("--pdf", temp.resolve("no-such-folder").resolve("f.pdf").toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
        assertEquals(1, figures("--csv", temp.resolve("x.csv").toString(), "--language", "de"));
        assertTrue(err.toString().contains("use en, ru or tg"), err.toString());
        assertEquals(1, run("figures", "--data-dir", centre().toString(), "--from", "2026-12-31", "--to", "2026-10-01",
                "--pdf", pdf.toString()));
        assertFalse(Files.exists(pdf));
        assertFalse(Files.exists(temp.resolve("x.csv")));

        assertEquals(0, figures("--csv", csv.toString(), "--force"), err.toString());
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).startsWith("\uFEFF"), "replaced");
    }

    @Test
    void aPeriodEndingAfterTodayIsCountedUpToTodayAndSaidOnStandardError() {
        LocalDate today = LocalDate.now();
        assertEquals(0, run("figures", "--data-dir", centre().toString(), "--from", today.minusDays(30).toString(),
                "--to", today.plusMonths(2).toString()));
        assertTrue(out.toString().contains("period.to," + today + "\n"), out.toString());
        assertTrue(err.toString().contains("counted up to today, " + today), err.toString());
        assertEquals(1, run("figures", "--data-dir", centre().toString(), "--from", today.plusDays(1).toString(),
                "--to", today.plusMonths(2).toString()));
        assertTrue(err.toString().contains("starts after today"), err.toString());
    }
}
