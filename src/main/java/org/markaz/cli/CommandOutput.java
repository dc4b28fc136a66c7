package org.markaz.cli;

import java.io.PrintWriter;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import picocli.CommandLine.Model.CommandSpec;

/** Writes command results; the command line speaks English (scripts and support staff read it). */
final class CommandOutput {

    static final Localization ENGLISH = new Localization(Language.ENGLISH);

    private CommandOutput() {
    }

    static PrintWriter out(CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    static String text(String key, Object... arguments) {
        return ENGLISH.text(key, arguments);
    }
}
