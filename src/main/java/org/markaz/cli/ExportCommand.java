package org.markaz.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.markaz.core.MarkazException;
import org.markaz.core.ProgressListener;
import org.markaz.core.security.ProgramActor;
import org.markaz.hqexport.ExportPeriod;
import org.markaz.hqexport.ExportRequest;
import org.markaz.hqexport.ExportResult;
import org.markaz.hqexport.HqExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Make the package for headquarters of a month, quarter or year and save it in a folder:",
                "KHJ-2026Q3.zip with the indicators, de-identified records, a summary PDF, DHIS2 files and a manifest.",
                "A period not yet over, or with register days nobody closed, is refused unless accepted with the options below."})
final class ExportCommand implements Callable<Integer> {

    private final Composition composition;

    ExportCommand(Composition composition) {
        this.composition = composition;
    }

    @Mixin
    DataDirOption dataDirOption;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "2026Q3 (a quarter), 2026-09 (a month) or 2026 (a year).")
    String period;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "The folder (a USB stick) to save the package in.")
    Path folder;

    @Option(names = "--encrypt", description = "Encrypt the package (AES-256 ZIP, which 7-Zip opens) with a passphrase typed at the console or read from standard input.")
    boolean encrypt;

    @Option(names = "--accept-open-period", description = "Make the package even though the period is not over yet.")
    boolean acceptOpenPeriod;

    @Option(names = "--accept-unclosed-days", description = "Make the package even though some register days of the period were never closed.")
    boolean acceptUnclosedDays;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExportPeriod asked = ExportPeriod.parse(period);
        char[] passphrase = encrypt ? UsersCommand.readSecret(CommandOutput.text("cli.passphrase.prompt")) : null;
        try (OpenCentre centre = OpenCentre.open(dataDirOption.resolve(), spec.commandLine().getErr(), composition.features())) {
            ExportRequest request = new ExportRequest(asked, folder, passphrase, null, acceptOpenPeriod, acceptUnclosedDays);
            ExportResult result = centre.services().get(HqExportService.class).export(ProgramActor.commandLine(), request,
                    ProgressListener.NONE);
            if (result instanceof ExportResult.NeedsConfirmation ask) {
                if (ask.periodOpen()) {
                    throw new MarkazException("cli.export.periodOpen", asked.label());
                }
                throw new MarkazException("cli.export.unclosedDays", ask.unclosedDays().size(),
                        ask.unclosedDays().stream().map(Object::toString).collect(Collectors.joining(", ")));
            }
            ExportResult.Made made = (ExportResult.Made) result;
            CommandOutput.out(spec).println(CommandOutput.text("cli.export.done", made.file().toString(), made.record().sha256()));
        }
        return 0;
    }
}
