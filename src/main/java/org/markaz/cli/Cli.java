package org.markaz.cli;

import java.io.PrintWriter;
import org.markaz.core.MarkazException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the command line: refusals print a plain sentence and exit 1; bad arguments exit 2. */
public final class Cli {

    public static final int REFUSED = 1;

    private Cli() {
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MarkazCommand());
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

    public static int run(String... args) {
        return commandLine().execute(args);
    }
}
