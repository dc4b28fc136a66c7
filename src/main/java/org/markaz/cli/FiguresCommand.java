package org.markaz.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.markaz.core.MarkazException;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.ProgramActor;
import org.markaz.figures.ExportFormat;
import org.markaz.figures.Figures;
import org.markaz.figures.FiguresExportService;
import org.markaz.figures.FiguresService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "figures", mixinStandardHelpOptions = true,
        description = {"Print the centre's figures for a period as CSV: one line per figure (name,value);",
                "or, with --pdf and/or --csv, save them as a PDF to print and/or a spreadsheet file.",
                "Dates as YYYY-MM-DD, both included. A period that ends after today is counted up to today."})
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

    @Option(names = "--pdf", paramLabel = "FILE", description = "Save the figures with their charts as a PDF (A4) in FILE.")
    Path pdf;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Save the figures as a spreadsheet in FILE: UTF-8 with BOM, ';' between cells, as Excel reads it on a Russian or Tajik Windows.")
    Path csv;

    @Option(names = "--force", description = "Replace FILE if it exists (otherwise an existing file is refused).")
    boolean force;

    @Option(names = "--language", defaultValue = "en", paramLabel = "LANG",
            description = "Language of the PDF and the spreadsheet: en, ru or tg (default ${DEFAULT-VALUE}).")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Target> targets = targets();
        Language chosen = language();
        try (OpenCentre centre = OpenCentre.open(dataDirOption.resolve(), spec.commandLine().getErr(), composition.features())) {
            // the command line acts as an administrator of this PC; the service checks the permission as for a person
            Actor actor = ProgramActor.commandLine();
            var services = centre.services();
            Figures figures;
            if (targets.isEmpty()) {
                figures = services.get(FiguresService.class).compute(actor, from, to);
                printNamedValues(figures);
            } else {
                // every file is checked before the first is written: a refusal writes nothing
                targets.forEach(target -> FiguresExportService.checkTarget(target.file(), force));
                Localization text = new Localization(chosen, services.zone());
                figures = null;
                for (Target target : targets) {
                    var saved = services.get(FiguresExportService.class).save(actor, target.format(), from, to, text,
                            target.file(), force);
                    CommandOutput.out(spec).println(CommandOutput.text("cli.figures.saved", saved.file().toString()));
                    figures = saved.figures();
                }
            }
            if (figures.period().cutAtToday()) {
                spec.commandLine().getErr().println(CommandOutput.text("cli.figures.cutAtToday", figures.to().toString()));
            }
        }
        return 0;
    }

    private record Target(ExportFormat format, Path file) {
    }

    /** The files asked for; an existing one is refused here, before the centre is opened, unless --force. */
    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        if (pdf != null) {
            targets.add(new Target(ExportFormat.PDF, pdf));
        }
        if (csv != null) {
            targets.add(new Target(ExportFormat.CSV, csv));
        }
        if (pdf != null && csv != null && pdf.toAbsolutePath().normalize().equals(csv.toAbsolutePath().normalize())) {
            throw new MarkazException("cli.figures.sameFile", pdf.toString());
        }
        for (Target target : targets) {
            if (!force && Files.exists(target.file()) && !Files.isDirectory(target.file())) {
                throw new MarkazException("cli.figures.exists", target.file().toString());
            }
        }
        return targets;
    }

    private Language language() {
        try {
            return Language.fromCode(language);
        } catch (IllegalArgumentException e) {
            throw new MarkazException("cli.users.badLanguage", language);
        }
    }

    private void printNamedValues(Figures figures) {
        try {
            // not closed: it writes to the command's standard output, which stays open
            CSVPrinter out = new CSVPrinter(CommandOutput.out(spec), CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            for (var figure : FiguresService.asNamedValues(figures).entrySet()) {
                out.printRecord(figure.getKey(), figure.getValue());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
