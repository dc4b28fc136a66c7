package org.markaz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.markaz.core.security.ProgramActor;
import org.markaz.hqexport.ConsolidationService;
import org.markaz.hqexport.ExportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "consolidate", mixinStandardHelpOptions = true,
        description = {"Combine the packages of several centres (at headquarters): checks every package, refuses a changed,",
                "repeated or foreign one with the reason, and writes the table of all centres by region and in total",
                "(consolidated.csv and .pdf) and one DHIS2 dataValueSets file."})
final class ConsolidateCommand implements Callable<Integer> {

    private final Composition composition;

    ConsolidateCommand(Composition composition) {
        this.composition = composition;
    }

    @Mixin
    DataDirOption dataDirOption;

    @Parameters(arity = "1..*", paramLabel = "PACKAGE", description = "The packages (ZIP files) to combine.")
    List<Path> packages;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "The folder to write the combined files in.")
    Path folder;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "A period asked for (repeatable): every package must be of one, and every centre must have each.")
    List<String> periods = new ArrayList<>();

    @Option(names = "--encrypted", description = "The packages are encrypted: read their passphrase at the console or from standard input.")
    boolean encrypted;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ExportPeriod> asked = periods.stream().map(ExportPeriod::parse).toList();
        char[] passphrase = encrypted ? UsersCommand.readSecret(CommandOutput.text("cli.passphrase.prompt")) : null;
        try (OpenCentre centre = OpenCentre.open(dataDirOption.resolve(), spec.commandLine().getErr(), composition.features())) {
            var done = centre.services().get(ConsolidationService.class).consolidate(ProgramActor.commandLine(), packages, asked,
                    passphrase, folder, CommandOutput.ENGLISH);
            done.files().forEach(file -> CommandOutput.out(spec).println(CommandOutput.text("cli.consolidate.done", file.toString())));
        }
        return 0;
    }
}
