package org.markaz.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.markaz.core.security.ProgramActor;
import org.markaz.figures.FiguresService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "figures", mixinStandardHelpOptions = true,
        description = {"Print the centre's figures for a period as CSV: one line per figure (name,value).",
                "Dates as YYYY-MM-DD, both included."})
final class FiguresCommand implements Callable<Integer> {

    private final Composition composition;

    FiguresCommand(Composition composition) {
        this.composition = composition;
    }

    @Mixin
    DataDirOption dataDirOption;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day of the period.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day of the period.")
    LocalDate to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (OpenCentre centre = OpenCentre.open(dataDirOption.resolve(), spec.commandLine().getErr(), composition.features())) {
            var figures = centre.services().get(FiguresService.class).compute(ProgramActor.commandLine(), from, to);
            // not closed: it writes to the command's standard output, which stays open
            CSVPrinter csv = new CSVPrinter(CommandOutput.out(spec), CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            for (var figure : FiguresService.asNamedValues(figures).entrySet()) {
                csv.printRecord(figure.getKey(), figure.getValue());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}
