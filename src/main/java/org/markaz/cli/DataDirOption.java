package org.markaz.cli;

import java.nio.file.Path;
import org.markaz.core.db.DataDirectory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The --data-dir option every command takes. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The centre's data folder (default: MARKAZ_HOME, else the usual place for this system).")
    Path dataDir;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** This command's --data-dir, else one given before the command name ({@code markaz --data-dir D backup}). */
    public DataDirectory resolve() {
        Path chosen = dataDir;
        for (CommandSpec parent = command.parent(); chosen == null && parent != null; parent = parent.parent()) {
            for (CommandSpec mixin : parent.mixins().values()) {
                if (mixin.userObject() instanceof DataDirOption option && option.dataDir != null) {
                    chosen = option.dataDir;
                }
            }
        }
        DataDirectory resolved = DataDirectory.resolve(chosen);
        // Logback reads this when the first logger is made, so the log file lands in the data folder.
        System.setProperty("markaz.logs", resolved.logs().toString());
        return resolved;
    }
}
