package org.markaz.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.markaz.core.MarkazException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the command line: refusals print a plain sentence and exit 1; bad arguments exit 2. */
public final class Cli {

    public static final int REFUSED = 1;

    private Cli() {
    }

    /** The commands, in the order the help lists them. */
    private static final List<Function<Composition, Object>> COMMANDS = List.of(InitSampleCommand::new,
            BackupCommand::new, BackupPassphraseCommand::new, RestoreCommand::new, UsersCommand::new,
            FiguresCommand::new, ExportCommand::new, ConsolidateCommand::new, GenerateCommand::new, BenchmarkCommand::new,
            ClassArchiveCommand::new);

    /** The whole command line: the window's options and every command. */
    public static CommandLine commandLine(Composition composition) {
        CommandLine commandLine = new CommandLine(new MarkazCommand(composition));
        COMMANDS.forEach(command -> commandLine.addSubcommand(command.apply(composition)));
        return configured(commandLine);
    }

    /**
     * Only the window's own options. Picocli reads every command's annotations when it is built,
     * a tenth of a second or more of start-up that opening the window does not need.
     */
    private static CommandLine windowCommandLine(Composition composition) {
        return configured(new CommandLine(new MarkazCommand(composition)));
    }

    /** Settings reach only the commands already added, so they come last. */
    private static CommandLine configured(CommandLine commandLine) {
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (exception instanceof MarkazException refusal) {
                err.println(CommandOutput.ENGLISH.message(refusal));
                return REFUSED;
            }
            LoggerFactory.getLogger(Cli.class).error("Command failed", exception);
            err.println(CommandOutput.ENGLISH.text("error.unexpected"));
            return REFUSED;
        });
        return commandLine;
    }

    public static int run(Composition composition, String... args) {
        return (opensTheWindow(args) ? windowCommandLine(composition) : commandLine(composition)).execute(args);
    }

    /**
     * Whether the arguments can only mean "open the window": nothing but {@code --data-dir DIR}
     * and {@code --sample}, and not the console launcher (which prints the help). Anything else
     * goes through the whole command line, which also explains mistakes.
     */
    static boolean opensTheWindow(String... args) {
        if (Boolean.getBoolean("markaz.console")) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                i++;
            } else if (!args[i].equals("--sample") && !args[i].startsWith("--data-dir=")) {
                return false;
            }
        }
        return true;
    }
}
